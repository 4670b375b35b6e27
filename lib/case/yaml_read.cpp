#include "case/yaml_read.h"

#include "core/text.h"
#include "core/text_position.h"

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>

#include <set>

namespace scr {

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
        std::vector<YAML::Node> docs = YAML::LoadAll(std::string(text));
        if (docs.size() > 1)
            return yaml_error(ctx, docs[1], "yaml", "holds more than one document (---)",
                              "keep one document per file");
        return docs.empty() ? YAML::Node() : docs.front();
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
