#include "case/yaml_read.h"

#include "core/text.h"
#include "core/text_position.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <cctype>
#include <optional>
#include <set>
#include <sstream>

namespace scr {
namespace {

// Where each document of a stream starts, from the parser's events, without building nodes.
class DocumentStarts : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> document, node; // the latest document's first token and node

    void OnDocumentStart(const YAML::Mark& m) override { document = m, node.reset(); }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& m, YAML::anchor_t) override { first(m); }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { first(m); }
    void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                  const std::string&) override {
        first(m);
    }
    void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {
        first(m);
    }
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {
        first(m);
    }
    void OnMapEnd() override {}

private:
    void first(const YAML::Mark& m) {
        if (!node) node = m;
    }
};

// Whether a line starts with `---`, `...` or `%`: only then can a block mapping be followed by
// another document (or directive) that YAML::Load would silently leave unread.
bool has_document_marker(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const std::string_view line = text.substr(at, 3);
        if (line == "---" || line == "..." || line.substr(0, 1) == "%") return true;
        const std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) break;
        at = nl + 1;
    }
    return false;
}

// Refuses a second document. Documents are only counted, as events: yaml-cpp 0.7's LoadAll never
// returns on a token no node starts with, such as a ',' after a flow mapping, reading an empty
// document there forever and allocating (yaml-cpp issue 1040). A document that starts where the
// one before it did consumed nothing: it is that token.
Status check_one_document(const std::string& text, const YamlContext& ctx) {
    std::istringstream in(text);
    YAML::Parser parser(in);
    DocumentStarts starts;
    std::optional<int> previous;      // where the document before started
    std::optional<YAML::Mark> second; // the second document's node
    for (int count = 1; count <= 3 && parser.HandleNextDocument(starts); ++count) {
        const YAML::Mark at = *starts.document;
        if (previous == at.pos) {
            const auto c = at.pos >= 0 && static_cast<std::size_t>(at.pos) < text.size()
                               ? static_cast<unsigned char>(text[static_cast<std::size_t>(at.pos)])
                               : '\0';
            return Error{Diagnostic{std::string(ctx.file), at.line + 1, at.column + 1, "yaml",
                                    std::ispunct(c) ? fmt::format("not valid YAML: unexpected '{}'",
                                                                  static_cast<char>(c))
                                                    : "not valid YAML: unexpected text",
                                    ""},
                         Failure::bad_input};
        }
        previous = at.pos;
        if (count == 2) second = starts.node.value_or(at);
    }
    if (second)
        return Error{Diagnostic{std::string(ctx.file), second->line + 1, second->column + 1, "yaml",
                                "holds more than one document (---)", "keep one document per file"},
                     Failure::bad_input};
    return ok();
}

} // namespace

Error yaml_error(const YamlContext& ctx, const YAML::Node& node, std::string field,
                 std::string message, std::string hint) {
    Error e = bad_input(std::move(field), std::move(message), std::move(hint));
    e.diag.file = std::string(ctx.file);
    const YAML::Mark m = node.Mark();
    if (m.line >= 0) {
        e.diag.line = m.line + 1;
        e.diag.col = m.column + 1;
    }
    return e;
}

Result<YAML::Node> load_yaml(std::string_view text, const YamlContext& ctx) {
    if (auto deep = check_nesting(text, 64); !deep) {
        Error e = deep.error();
        e.diag.file = std::string(ctx.file);
        e.diag.field = "yaml";
        return e;
    }
    try {
        const std::string owned(text);
        YAML::Node doc = YAML::Load(owned); // the first document only
        // A block mapping from column 0 runs to the end of the stream or to a marker line; after
        // anything else (a flow mapping from JSON, a scalar) Load may have left text unread.
        const bool whole = doc.IsMap() && doc.Style() == YAML::EmitterStyle::Block &&
                           doc.Mark().column == 0 && !has_document_marker(text);
        if (!whole)
            if (Status one = check_one_document(owned, ctx); !one) return one.error();
        return doc;
    } catch (const YAML::DeepRecursion& ex) {
        return Error{Diagnostic{std::string(ctx.file), ex.mark.line + 1, ex.mark.column + 1, "yaml",
                                "nested too deeply", ""},
                     Failure::bad_input};
    } catch (const YAML::Exception& ex) {
        return Error{Diagnostic{std::string(ctx.file), ex.mark.line + 1, ex.mark.column + 1, "yaml",
                                "not valid YAML: " + ex.msg, ""},
                     Failure::bad_input};
    }
}

Status for_each_key(const YamlContext& ctx, const YAML::Node& map, const std::string& where,
                    const std::function<Status(const std::string&, const YAML::Node&)>& visit) {
    std::set<std::string> seen;
    for (const auto& kv : map) {
        const std::string field = where.empty() ? "" : where + ".";
        if (!kv.first.IsScalar())
            return yaml_error(ctx, kv.first, where, "keys must be plain names");
        const std::string key = kv.first.Scalar();
        if (!seen.insert(key).second)
            return yaml_error(ctx, kv.first, field + key, "appears twice",
                              "keep one and delete the other");
        if (auto st = visit(key, kv.second); !st) return st;
    }
    return ok();
}

Result<std::string> read_string(const YamlContext& ctx, const YAML::Node& node,
                                const std::string& field) {
    if (!node.IsScalar() || node.Scalar().find_first_not_of(" \t") == std::string::npos)
        return yaml_error(ctx, node, field, "expected a non-empty text value");
    if (!is_single_line_text(node.Scalar()) || node.Scalar().size() > 200)
        return yaml_error(ctx, node, field, "must be one line of text, at most 200 bytes");
    return node.Scalar();
}

Result<Date> read_date(const YamlContext& ctx, const YAML::Node& node, const std::string& field,
                       DateRange range) {
    if (!node.IsScalar()) return yaml_error(ctx, node, field, "expected a date (YYYY-MM-DD)");
    auto d = parse_iso_date(node.Scalar(), field);
    if (!d) return yaml_error(ctx, node, field, d.error().diag.message, d.error().diag.hint);
    if (!in_range(*d, range))
        return yaml_error(ctx, node, field, out_of_range(node.Scalar(), field).diag.message);
    return d;
}

} // namespace scr
