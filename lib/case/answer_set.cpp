#include "case/answer_set.h"

#include "calendar/period.h"

#include <fmt/format.h>

#include <charconv>

namespace scr {
namespace {

// `children[N].FIELD` -> N, when N names a listed child.
std::optional<std::size_t> child_index(std::string_view key, std::string_view field, const Case& c) {
    const std::string_view head = "children[";
    const std::string tail = "]." + std::string(field);
    if (key.size() <= head.size() + tail.size() || key.substr(0, head.size()) != head ||
        key.substr(key.size() - tail.size()) != tail)
        return std::nullopt;
    const std::string_view digits = key.substr(head.size(), key.size() - head.size() - tail.size());
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || end != digits.data() + digits.size() || n >= c.children.size())
        return std::nullopt;
    return n;
}

Status set_answer(Case& c, const AnswerKey& key, const std::string& value) {
    if (!valid_answer(key, value))
        return bad_input("--set " + std::string(key.key),
                         fmt::format("must be {}", key.four_valued ? "known, suspected, no or unknown"
                                                                   : "yes, no or unknown"));
    c.answers[std::string(key.key)] = value;
    return ok();
}

// The key as typed when it looks like a key; otherwise a stand-in, since it may be a name.
std::string shown(const std::string& key) {
    const bool plain = !key.empty() && key.size() <= 40 &&
                       key.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-.[]") ==
                           std::string::npos;
    return plain ? key : "(key)";
}

} // namespace

std::vector<std::string> fact_keys() {
    return {"incident.date", "children[N].date_of_birth", "children[N].unborn"};
}

Status apply_setting(Case& c, std::string_view setting, const Result<Date>& today,
                     const Calendar& calendar) {
    const auto eq = setting.find('=');
    const std::string key(setting.substr(0, eq == std::string_view::npos ? 0 : eq));
    if (eq == std::string_view::npos || key.empty())
        return bad_input("--set", "expected KEY=VALUE", "e.g. --set abuse_or_neglect=suspected");
    const std::string value(setting.substr(eq + 1));
    if (const AnswerKey* k = find_answer_key(key)) return set_answer(c, *k, value);
    const std::string field = "--set " + shown(key);
    if (key == "incident.date") {
        auto d = resolve_date(value, today, calendar, field);
        if (!d) return d.error();
        c.incident.date = *d;
        return ok();
    }
    if (auto i = child_index(key, "date_of_birth", c)) {
        auto d = resolve_date(value, today, calendar, field);
        if (!d) return d.error();
        c.children[*i].date_of_birth = *d;
        return ok();
    }
    if (auto i = child_index(key, "unborn", c)) {
        // The case file takes yes or no here: a child's birth is not a criteria question.
        if (value != "yes" && value != "no") return bad_input(field, "must be yes or no");
        c.children[*i].unborn = value == "yes" ? Ternary::yes : Ternary::no;
        return ok();
    }
    return bad_input(field, "is not an answer key or a fact triage asks for",
                     c.children.empty()
                         ? "see `scr triage --help` for the keys"
                         : fmt::format("see `scr triage --help` for the keys; children are "
                                       "numbered from 0 to {}", c.children.size() - 1));
}

} // namespace scr
