#include "case/decode.h"

#include "case/case_id.h"
#include "case/decode_parts.h"
#include "case/encode.h"
#include "case/yaml_block.h"
#include "core/text_position.h"

#include <fmt/format.h>

#include <set>

namespace scr {
namespace {

// A git merge that met two versions of one case leaves its markers in the file; say so plainly
// rather than as a YAML syntax error.
std::optional<Diagnostic> conflict_marker(std::string_view text, std::string_view file) {
    for (std::size_t at = 0; at < text.size();) {
        if (text.substr(at, 8) == "<<<<<<< " || text.substr(at, 8) == "<<<<<<<\n") {
            const TextPosition pos = position_of(text, at);
            return Diagnostic{std::string(file),
                              pos.line,
                              1,
                              "git",
                              "holds an unresolved merge conflict",
                              "if two referrals were given the same ID, run scr case renumber "
                              "with that ID; otherwise resolve the conflict by hand"};
        }
        const std::size_t nl = text.find('\n', at);
        if (nl == std::string_view::npos) break;
        at = nl + 1;
    }
    return std::nullopt;
}

std::optional<unsigned> hex4(std::string_view s, std::size_t at) {
    if (at + 4 > s.size()) return std::nullopt;
    unsigned v = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
        const char c = s[i];
        const int d = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
        if (d < 0) return std::nullopt;
        v = v * 16 + static_cast<unsigned>(d);
    }
    return v;
}

// JSON writes characters beyond U+FFFF (emoji) as a surrogate pair, \ud83d\ude00, which yaml-cpp
// refuses. In a JSON document every backslash is an escape, so pairs can be joined beforehand.
std::string join_surrogate_pairs(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || text[first] != '{' ||
        text.find("\\u") == std::string_view::npos)
        return std::string(text);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        const auto high = text.substr(i + 1, 1) == "u" ? hex4(text, i + 2) : std::nullopt;
        // A backslash near the end has no room for a low half (substr would throw past the end).
        const auto low = i + 6 <= text.size() && text.substr(i + 6, 2) == "\\u" ? hex4(text, i + 8)
                                                                                : std::nullopt;
        if (high && low && *high >= 0xD800 && *high <= 0xDBFF && *low >= 0xDC00 && *low <= 0xDFFF) {
            const unsigned cp = 0x10000 + ((*high - 0xD800) << 10) + (*low - 0xDC00);
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
            i += 11;
            continue;
        }
        out += text[i];
        if (i + 1 < text.size()) out += text[++i]; // the escaped character, never a new escape
    }
    return out;
}

// What the top level said about itself, for the checks that follow.
struct TopInfo {
    YAML::Node id_node;
    bool id_seen = false;
    bool has_kind = false;
};

void decode_top(Decoder& d, const YAML::Node& doc, Case& c, TopInfo& top) {
    bool& has_kind = top.has_kind;
    auto each = [&d](auto& out, auto decode_one) {
        return [&d, &out, decode_one](auto& v, auto& f) {
            d.list(v, f, 10000, [&](const YAML::Node& item, const std::string& fi) {
                out.emplace_back();
                decode_one(d, item, fi, out.back());
            });
        };
    };
    d.mapping(
        doc, "",
        {{"id",
          [&](auto& v, auto& f) {
              top.id_node = v;
              top.id_seen = true;
              d.text(v, f, c.id);
          }},
         {"kind",
          [&](auto& v, auto& f) {
              auto k = v.IsScalar() ? parse_kind(v.Scalar()) : std::nullopt;
              if (!k)
                  d.problem(v, f, "must be serious-incident, case-of-concern or learning-request");
              else
                  c.kind = *k, has_kind = true;
          }},
         {"received", [&](auto& v, auto& f) { d.date(v, f, c.received); }},
         {"referrer", [&](auto& v, auto& f) { decode_referrer(d, v, f, c.referrer); }},
         {"children", each(c.children, decode_child)},
         {"household", each(c.household, decode_member)},
         {"incident", [&](auto& v, auto& f) { decode_incident(d, v, f, c.incident); }},
         {"learning", [&](auto& v, auto& f) { decode_learning(d, v, f, c.learning); }},
         {"answers", [&](auto& v, auto& f) { decode_answers(d, v, f, c.answers); }},
         {"agencies",
          each(c.agencies,
               [](Decoder& dd, const YAML::Node& n, const std::string& w, Agency& a) {
                   dd.mapping(n, w, {{"name", [&](auto& v, auto& f) { dd.text(v, f, a.name); }}});
                   if (n.IsMap() && !has_value(n, "name")) dd.problem(n, w + ".name", "is missing");
               })},
         {"events", each(c.events, decode_event)},
         {"actions", each(c.actions, decode_action)},
         {"extensions", each(c.extensions, decode_extension)}});
}

void check_unique_action_ids(Decoder& d, const YAML::Node& doc, const Case& c) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < c.actions.size(); ++i)
        if (!seen.insert(c.actions[i].id).second)
            d.problem(doc["actions"][i], fmt::format("actions[{}].id", i),
                      "is used by an earlier action", "give each action its own id");
}

} // namespace

bool valid_nhs_number(std::string_view nhs) {
    if (nhs.size() != 10) return false;
    int sum = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        if (nhs[i] < '0' || nhs[i] > '9') return false;
        if (i < 9) sum += (nhs[i] - '0') * static_cast<int>(10 - i);
    }
    const int check = 11 - sum % 11;
    return check != 10 && (check == 11 ? 0 : check) == nhs[9] - '0';
}

std::vector<std::string> missing_fields(const Case& c) {
    std::vector<std::string> out;
    if (!c.received) out.push_back("received");
    if (c.referrer.name.empty()) out.push_back("referrer.name");
    if (c.kind == Kind::case_of_concern) {
        // The COC form asks for the referrer's role and agency (000 section 1).
        if (c.referrer.role.empty()) out.push_back("referrer.role");
        if (c.referrer.agency.empty()) out.push_back("referrer.agency");
    }
    if (c.children.empty()) out.push_back("children[0].name");
    for (std::size_t i = 0; i < c.children.size(); ++i)
        if (c.children[i].name.empty()) out.push_back(fmt::format("children[{}].name", i));
    // A notification names the incident's date (002 s2.4: five working days run from it).
    if (c.kind == Kind::serious_incident && !c.incident.date) out.push_back("incident.date");
    if (c.incident.summary.empty()) out.push_back("incident.summary");
    return out;
}

Status validate_case(const Case& c) {
    Case copy = c;
    if (copy.id.empty()) copy.id = "2026-001"; // any valid ID: the rules here are the fields'
    const CaseLoad again = decode_case(format_case(copy), "", DecodeMode::case_file);
    if (again.problems.empty()) return ok();
    Diagnostic d = again.problems.front();
    d.line = d.col = 0;
    return Error{d, Failure::bad_input};
}

CaseLoad decode_case(std::string_view text, std::string_view file, DecodeMode mode,
                     std::string_view expected_id) {
    try {
        return decode_checked(text, file, mode, expected_id);
    } catch (const YAML::Exception& ex) {
        // A path through yaml-cpp the decoder did not foresee: one problem, never an abort.
        CaseLoad load;
        load.problems.push_back(Diagnostic{std::string(file), ex.mark.line + 1, ex.mark.column + 1,
                                           "yaml", "could not be read: " + ex.msg, ""});
        return load;
    }
}

namespace {

// The case in a loaded document, every problem collected.
CaseLoad decode_document(const YAML::Node& doc, std::string_view file, DecodeMode mode,
                         std::string_view expected_id) {
    CaseLoad load;
    Decoder d(file, load.problems);
    if (!doc.IsMap()) {
        d.problem(doc, "", "expected a case: a mapping of fields (id:, kind:, received: ...)");
        return load;
    }
    Case c;
    TopInfo top;
    decode_top(d, doc, c, top);
    load.has_kind = top.has_kind;
    const YAML::Node& id_node = top.id_seen ? top.id_node : doc;
    if (mode == DecodeMode::case_file && !load.has_kind && !doc["kind"])
        d.problem(doc, "kind", "is missing", "serious-incident, case-of-concern or learning-request");
    check_unique_action_ids(d, doc, c);
    load.id = c.id;
    if (mode == DecodeMode::referral_document) {
        if (!c.id.empty())
            d.problem(id_node, "id", "is given by scr",
                      "remove it; scr referral new prints the new ID");
    } else {
        if (c.id.empty())
            d.problem(id_node, "id", "is missing", "the id is the file's name without .yaml");
        else if (!c.id.empty() && !parse_case_id(c.id, "id"))
            d.problem(id_node, "id", "is not a case ID", "case IDs look like 2026-014");
        else if (!expected_id.empty() && c.id != expected_id)
            d.problem(id_node, "id",
                      fmt::format("does not match the file name ({}.yaml)", expected_id),
                      "rename the file or fix the id; scr case renumber gives a case a new ID");
        // A field given but unreadable has its own problem already; only absent ones are missing.
        for (const std::string& f : missing_fields(c))
            if (!has_value(doc, f))
                d.problem(doc, f, "is missing", fmt::format("a {} needs it", kind_slug(c.kind)));
    }
    if (load.problems.empty()) load.value = std::move(c);
    return load;
}

} // namespace

CaseLoad decode_checked(std::string_view text, std::string_view file, DecodeMode mode,
                        std::string_view expected_id) {
    if (auto marker = conflict_marker(text, file)) return CaseLoad{{}, {*marker}, {}, false};
    const std::string joined = join_surrogate_pairs(text);
    // Most files are plain block YAML, read in a tenth of yaml-cpp's time; yaml-cpp reads the
    // rest, and a file with problems again, so that each problem names its line.
    if (auto quick = read_block_yaml(joined)) {
        CaseLoad load = decode_document(*quick, file, mode, expected_id);
        if (load.problems.empty()) return load;
    }
    auto doc = load_yaml(joined, YamlContext{file});
    if (!doc) return CaseLoad{{}, {doc.error().diag}, {}, false};
    return decode_document(*doc, file, mode, expected_id);
}

} // namespace scr
