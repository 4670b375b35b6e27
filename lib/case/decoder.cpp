#include "case/decoder.h"

#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace scr {
namespace {

// Beyond this many problems in one file the rest are noise; the first ones say what to fix.
constexpr std::size_t max_problems = 50;
constexpr std::size_t max_line_bytes = 200;
constexpr std::size_t max_text_bytes = 20000;

} // namespace

// Const nodes throughout: yaml-cpp's non-const operator[] inserts, and Node assignment overwrites.
bool has_value(const YAML::Node& node, std::string_view path) {
    if (!node.IsDefined()) return false; // also false for the invalid node of a missing key
    if (path.empty())
        return !node.IsNull() && !(node.IsScalar() && node.Scalar().find_first_not_of(" \t\n") ==
                                                          std::string::npos);
    const std::size_t dot = path.find('.');
    const std::string_view part = path.substr(0, dot);
    const std::string_view rest = dot == std::string_view::npos ? "" : path.substr(dot + 1);
    if (!node.IsMap()) return false;
    const std::size_t bracket = part.find('[');
    const YAML::Node child = node[std::string(part.substr(0, bracket))];
    if (bracket == std::string_view::npos) return has_value(child, rest);
    const std::size_t index = std::stoul(std::string(part.substr(bracket + 1)));
    if (!child.IsDefined() || !child.IsSequence() || child.size() <= index) return false;
    return has_value(child[index], rest);
}

std::string shown_key(const std::string& key) {
    const bool plain = !key.empty() && key.size() <= 40 &&
                       key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
    return plain ? key : "(key)";
}

std::string join_choices(const std::vector<std::string_view>& choices) {
    std::string out;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) out += i + 1 == choices.size() ? " or " : ", ";
        out += choices[i];
    }
    return out;
}

void Decoder::problem(const YAML::Node& at, std::string field, std::string message,
                      std::string hint) {
    if (m_problems.size() >= max_problems) return;
    m_problems.push_back(
        yaml_error(m_ctx, at, std::move(field), std::move(message), std::move(hint)).diag);
}

bool Decoder::mapping(const YAML::Node& node, const std::string& where, const Keys& keys) {
    if (node.IsNull()) return true; // `referrer: ~` says no more than leaving it out
    if (!node.IsMap()) {
        problem(node, where, "expected a mapping of fields (key: value)");
        return false;
    }
    std::set<std::string> seen;
    const std::string prefix = where.empty() ? "" : where + ".";
    for (const auto& kv : node) {
        if (!kv.first.IsScalar()) {
            problem(kv.first, where, "keys must be plain names");
            continue;
        }
        const std::string& key = kv.first.Scalar();
        // yaml-cpp keeps the first of two equal keys without a word: a typo'd copy of a date
        // would silently lose the second, so repeated keys are errors.
        if (!seen.insert(key).second) {
            problem(kv.first, prefix + shown_key(key), "appears twice", "keep one and delete the other");
            continue;
        }
        auto it = std::find_if(keys.begin(), keys.end(), [&](const auto& k) { return k.first == key; });
        if (it == keys.end()) // "*" takes any other key (the free fields of custom events)
            it = std::find_if(keys.begin(), keys.end(), [](const auto& k) { return k.first == "*"; });
        if (it == keys.end()) {
            std::vector<std::string_view> names;
            for (const auto& k : keys) names.push_back(k.first);
            problem(kv.first, prefix + shown_key(key), "unknown field",
                    fmt::format("{} takes {}", where.empty() ? "a case" : where, join_choices(names)));
            continue;
        }
        // Tags (!!binary, !custom) would change what a value means; scr reads text only.
        if (kv.second.Tag() != "?" && kv.second.Tag() != "!" && !kv.second.Tag().empty()) {
            problem(kv.second, prefix + shown_key(key), "carries a YAML tag", "remove the !tag");
            continue;
        }
        it->second(kv.second, prefix + key);
    }
    return true;
}

void Decoder::list(const YAML::Node& node, const std::string& where, std::size_t max,
                   const std::function<void(const YAML::Node&, const std::string&)>& each) {
    if (node.IsNull()) return;
    if (!node.IsSequence()) {
        problem(node, where, "expected a list");
        return;
    }
    if (node.size() > max) {
        problem(node, where, fmt::format("holds more than {} entries", max));
        return;
    }
    for (std::size_t i = 0; i < node.size(); ++i) each(node[i], fmt::format("{}[{}]", where, i));
}

void Decoder::text(const YAML::Node& node, const std::string& field, std::string& out,
                   TextShape shape) {
    if (node.IsNull()) return;
    // Messages never quote the value: it may be a child's name or identifier (DOMAIN.md).
    if (!node.IsScalar()) {
        problem(node, field, "expected text");
        return;
    }
    const std::string& s = node.Scalar();
    if (shape == TextShape::line && (!is_single_line_text(s) || s.size() > max_line_bytes)) {
        problem(node, field, fmt::format("must be one line of printable text (no tabs or control "
                                         "characters), at most {} bytes", max_line_bytes));
        return;
    }
    if (shape == TextShape::lines && (!is_multiline_text(s) || s.size() > max_text_bytes)) {
        problem(node, field,
                fmt::format("must be printable text, at most {} bytes", max_text_bytes));
        return;
    }
    if (s.find_first_not_of(" \t\n") == std::string::npos) return; // blank means absent
    out = s;
}

void Decoder::texts(const YAML::Node& node, const std::string& field,
                    std::vector<std::string>& out) {
    list(node, field, 100, [&](const YAML::Node& item, const std::string& f) {
        std::string s;
        text(item, f, s);
        if (!s.empty()) out.push_back(s);
    });
}

void Decoder::date(const YAML::Node& node, const std::string& field, std::optional<Date>& out,
                   DateRange range) {
    if (node.IsNull()) return;
    auto d = read_date(m_ctx, node, field, range);
    if (!d) {
        // Dates of birth and death are personal data: the message names the field, not the date.
        problem(node, field,
                range == DateRange::birth
                    ? "is not a real date in YYYY-MM-DD form, from 1900 to 2099"
                    : "is not a real date in YYYY-MM-DD form, from 1990 to 2099",
                "e.g. 2026-11-20");
        return;
    }
    out = *d;
}

void Decoder::ternary(const YAML::Node& node, const std::string& field,
                      std::optional<Ternary>& out, bool allow_unknown) {
    if (node.IsNull()) return;
    auto t = node.IsScalar() ? parse_ternary(node.Scalar()) : std::nullopt;
    if (!t || (!allow_unknown && *t == Ternary::unknown)) {
        problem(node, field, allow_unknown ? "must be yes, no or unknown" : "must be yes or no");
        return;
    }
    out = *t;
}

void Decoder::choice(const YAML::Node& node, const std::string& field, std::string& out,
                     const std::vector<std::string_view>& choices) {
    if (node.IsNull()) return;
    if (node.IsScalar())
        for (std::string_view c : choices)
            if (c == node.Scalar()) {
                out = node.Scalar();
                return;
            }
    problem(node, field, "must be " + join_choices(choices));
}

} // namespace scr
