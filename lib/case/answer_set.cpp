#include "case/answer_set.h"

#include "calendar/period.h"

#include <fmt/format.h>

#include <charconv>

namespace scr {
namespace {

// `children[N].FIELD` -> N.
std::optional<std::size_t> index_in(std::string_view key, std::string_view field) {
    const std::string_view head = "children[";
    const std::string tail = "]." + std::string(field);
    if (key.size() <= head.size() + tail.size() || key.substr(0, head.size()) != head ||
        key.substr(key.size() - tail.size()) != tail)
        return std::nullopt;
    const std::string_view digits = key.substr(head.size(), key.size() - head.size() - tail.size());
    std::size_t n = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || end != digits.data() + digits.size() || (digits.size() > 1 && digits[0] == '0'))
        return std::nullopt;
    return n;
}

// `children[N].FIELD` -> N, when N names a listed child.
std::optional<std::size_t> child_index(std::string_view key, std::string_view field, const Case& c) {
    auto n = index_in(key, field);
    return n && *n < c.children.size() ? n : std::nullopt;
}

// `children[N].FIELD` for a field --set takes, whatever N.
bool child_key(std::string_view key) {
    for (const char* field : {"date_of_birth", "date_of_death", "unborn"})
        if (index_in(key, field)) return true;
    return false;
}

Status set_answer(Case& c, const AnswerKey& key, const std::string& value) {
    if (!valid_answer(key, value))
        return bad_input("--set " + std::string(key.key),
                         fmt::format("must be {}", key.four_valued ? "known, suspected, no or unknown"
                                                                   : "yes, no or unknown"));
    c.answers[std::string(key.key)] = value;
    return ok();
}

// A date value; the message never repeats it, since it may be a date of birth.
Status set_date(std::optional<Date>& into, const std::string& value, const Result<Date>& today,
                const Calendar& calendar, const std::string& field) {
    auto d = resolve_date(value, today, calendar, field);
    if (!d)
        return bad_input(field, "is not a date in range",
                         "give YYYY-MM-DD (1990-2099) or a date word such as today or -3d");
    into = *d;
    return ok();
}

} // namespace

std::vector<std::string> fact_keys() {
    return {"incident.date", "children[N].date_of_birth", "children[N].date_of_death",
            "children[N].unborn"};
}

Status apply_setting(Case& c, std::string_view setting, const Result<Date>& today,
                     const Calendar& calendar) {
    const auto eq = setting.find('=');
    const std::string key(setting.substr(0, eq == std::string_view::npos ? 0 : eq));
    if (eq == std::string_view::npos || key.empty())
        return bad_input("--set", "expected KEY=VALUE", "e.g. --set abuse_or_neglect=suspected");
    const std::string value(setting.substr(eq + 1));
    if (const AnswerKey* k = find_answer_key(key)) return set_answer(c, *k, value);
    const std::string field = "--set " + key;
    if (key == "incident.date") return set_date(c.incident.date, value, today, calendar, field);
    if (auto i = child_index(key, "date_of_birth", c))
        return set_date(c.children[*i].date_of_birth, value, today, calendar, field);
    if (auto i = child_index(key, "date_of_death", c))
        return set_date(c.children[*i].date_of_death, value, today, calendar, field);
    if (auto i = child_index(key, "unborn", c)) {
        // The case file takes yes or no here: a child's birth is not a criteria question.
        if (value != "yes" && value != "no") return bad_input(field, "must be yes or no");
        c.children[*i].unborn = value == "yes" ? Ternary::yes : Ternary::no;
        return ok();
    }
    if (child_key(key))
        return bad_input(field, "names no child in this case",
                         c.children.empty() ? "add the child to the case file first"
                                            : fmt::format("children are numbered from 0 to {}",
                                                          c.children.size() - 1));
    // An unknown key is not repeated: it may be a name typed in the wrong place.
    return bad_input("--set (key)", "is not an answer key or a fact triage asks for",
                     "see `scr triage --help` for the keys");
}

Status apply_settings(Case& c, const std::vector<std::string>& settings, const Result<Date>& today,
                      const Calendar& calendar) {
    for (std::size_t i = 0; i < settings.size(); ++i)
        if (auto st = apply_setting(c, settings[i], today, calendar); !st) {
            Error e = st.error();
            if (e.diag.field == "--set (key)")
                e.diag.hint = fmt::format("it is --set number {}; {}", i + 1, e.diag.hint);
            return e;
        }
    return ok();
}

std::string_view setting_values(std::string_view key) {
    if (const AnswerKey* k = find_answer_key(key))
        return k->four_valued ? "known/suspected/no/unknown" : "yes/no/unknown";
    if (child_key(key) && key.ends_with("].unborn")) return "yes/no";
    return "YYYY-MM-DD or a date word";
}

} // namespace scr
