// DOMAIN.md 7: this process is for children, under 18 on the incident date or unborn.
#include "criteria/checks.h"

#include "criteria/phrases.h"

#include <fmt/format.h>

namespace scr {
namespace {

// Completed years on `on`. A person attains an age at the start of the anniversary of birth
// (Family Law Reform Act 1969 s9), so 29 February birthdays fall on 1 March in common years.
int age_on(Date birth, Date on) {
    const date::year_month_day b{birth}, d{on};
    int years = int(d.year()) - int(b.year());
    if (std::pair(unsigned(d.month()), unsigned(d.day())) <
        std::pair(unsigned(b.month()), unsigned(b.day())))
        --years;
    return years;
}

} // namespace

Truth is_a_child_on(const Case& c, std::size_t i, std::optional<Date> on, std::string_view what) {
    const Child& child = c.children[i];
    const std::string who = child_label(child, i);
    if (child.unborn == Ternary::yes) return fact(Ternary::yes, who + " was unborn.");
    if (!child.date_of_birth)
        return unknown_fact(fmt::format("{}'s date of birth is not recorded.", who),
                            {fmt::format("children[{}].date_of_birth", i),
                             fmt::format("What is {}'s date of birth (or is the child unborn)?", who)});
    if (!on)
        return unknown_fact("The incident date is not recorded.",
                            {"incident.date", "On what date did the incident happen?"});
    const std::string when = format_iso(*on);
    if (*child.date_of_birth > *on)
        return fact(Ternary::yes, fmt::format("{} was born after {}, {}: unborn then.", who, what, when));
    const int age = age_on(*child.date_of_birth, *on);
    if (age < 18) return fact(Ternary::yes, fmt::format("{} was {} on {}, {}.", who, age, what, when));
    return fact(Ternary::no, fmt::format("{} was {} on {}, {}: 18 or over.", who, age, what, when));
}

Truth is_a_child(const Case& c, std::size_t i) {
    return is_a_child_on(c, i, c.incident.date, "the incident date");
}

std::string_view verdict_slug(Verdict v) {
    switch (v) {
    case Verdict::meets: return "meets";
    case Verdict::not_met: return "not-met";
    case Verdict::cannot_tell: return "cannot-tell";
    }
    return "cannot-tell";
}

CheckResult conclude(std::string_view id, std::string_view title, std::string_view source,
                     const Truth& t, std::string_view if_yes, std::string_view if_no,
                     std::string_view if_unknown) {
    CheckResult r{std::string(id), std::string(title), Verdict::cannot_tell, {},
                  std::string(source), {}, std::nullopt};
    switch (t.value) {
    case Ternary::yes: r.result = Verdict::meets; r.reasons.emplace_back(if_yes); break;
    case Ternary::no: r.result = Verdict::not_met; r.reasons.emplace_back(if_no); break;
    case Ternary::unknown:
        r.reasons.emplace_back(if_unknown);
        r.questions = t.open;
        break;
    }
    r.reasons.insert(r.reasons.end(), t.because.begin(), t.because.end());
    return r;
}

Truth children_are_children(const Case& c) {
    if (c.children.empty())
        return unknown_fact("No child is listed.",
                            {"children", "Which child is this about? Add the child to the case file."});
    std::vector<Truth> parts;
    for (std::size_t i = 0; i < c.children.size(); ++i) parts.push_back(is_a_child(c, i));
    return all_of(parts);
}

CheckResult check_child(const CheckInput& in) {
    return conclude("child", "A child: under 18 on the incident date, or unborn",
                    "000 Croydon COC process, near-miss definition (\"a child (under 18) or "
                    "unborn\"); 001 Croydon child death reviews (\"individuals under 18 years of "
                    "age\", Children Act 1989 s105(1))",
                    children_are_children(in.c),
                    "Every child listed was under 18 on the incident date, or unborn.",
                    "Not a child: this process is for children under 18. Refer anyone 18 or over "
                    "to adult safeguarding (Care Act 2014 s42).",
                    "Cannot tell yet whether every child listed was under 18 on the incident date.");
}

} // namespace scr
