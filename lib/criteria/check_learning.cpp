// DOMAIN.md 5, 6 and 8: near misses (Croydon COC), learning requests (Tees s3), child deaths.
#include "criteria/checks.h"
#include "criteria/phrases.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {

// A child under 18 has died: each recorded death, at the age on the date of death; with none
// recorded, the `died` answer and whether anyone listed was a child (001: every death under 18).
Truth child_died(const Case& c) {
    std::vector<Truth> deaths;
    for (std::size_t i = 0; i < c.children.size(); ++i)
        if (const auto& dod = c.children[i].date_of_death)
            deaths.push_back(all_of({fact(Ternary::yes, "A date of death is recorded for " +
                                                            child_label(c.children[i], i) + ": " +
                                                            format_iso(*dod) + "."),
                                     is_a_child_on(c, i, dod, "the date of death")}));
    if (!deaths.empty()) return any_of(deaths);
    std::vector<Truth> anyone;
    for (std::size_t i = 0; i < c.children.size(); ++i) anyone.push_back(is_a_child(c, i));
    if (anyone.empty()) return answer(c, "died");
    return all_of({answer(c, "died"), any_of(anyone)});
}

// The earliest recorded death of a child under 18: every JAR is due 5 working days after its
// death, so the first is the one that comes due first.
std::optional<Date> first_death(const Case& c) {
    std::optional<Date> first;
    for (std::size_t i = 0; i < c.children.size(); ++i) {
        const auto& dod = c.children[i].date_of_death;
        if (dod && is_a_child_on(c, i, dod, "").value != Ternary::no && (!first || *dod < *first))
            first = dod;
    }
    return first;
}

// A stillbirth needs an unborn child: a child born alive settles the last JAR criterion.
Truth stillbirth(const Case& c) {
    const bool born = !c.children.empty() &&
                      std::all_of(c.children.begin(), c.children.end(), [](const Child& ch) {
                          return ch.unborn != Ternary::yes && ch.date_of_birth.has_value();
                      });
    if (born && c.answers.find("stillbirth_unattended") == c.answers.end())
        return fact(Ternary::no, "Every child listed was born alive: not a stillbirth.");
    return answer(c, "stillbirth_unattended");
}

// The Joint Agency Response criteria, from Working Together 2023 as 001 lists them.
JointAgencyResponse joint_agency_response(const CheckInput& in, CheckResult& r) {
    const Case& c = in.c;
    const Truth t = any_of({answer(c, "external_cause"), answer(c, "sudden_unexplained"),
                            answer(c, "custody_or_detention"),
                            answer(c, "suspicious_circumstances"), stillbirth(c)});
    JointAgencyResponse jar;
    if (t.value == Ternary::no) {
        jar.needed = Verdict::not_met;
        r.reasons.emplace_back("No Joint Agency Response criterion holds.");
    } else if (t.value == Ternary::unknown) {
        r.reasons.emplace_back("Cannot tell yet whether a Joint Agency Response is needed.");
        r.questions.insert(r.questions.end(), t.open.begin(), t.open.end());
    } else {
        jar.needed = Verdict::meets;
        if (const auto died = first_death(c))
            if (auto due = in.calendar.add_working_days(*died, 5)) jar.due = *due;
        if (jar.due) {
            r.reasons.push_back(fmt::format("A Joint Agency Response meeting is required within 5 "
                                            "working days of the death: by {}.",
                                            format_iso(*jar.due)));
        } else {
            r.reasons.emplace_back("A Joint Agency Response meeting is required within 5 working "
                                   "days of the death, which is not recorded.");
            // Ask about the first child listed who may have been the child who died.
            for (std::size_t i = 0; i < c.children.size(); ++i)
                if (is_a_child(c, i).value != Ternary::no) {
                    r.questions.push_back({fmt::format("children[{}].date_of_death", i),
                                           fmt::format("On what date did {} die?",
                                                       child_label(c.children[i], i))});
                    break;
                }
        }
    }
    r.reasons.insert(r.reasons.end(), t.because.begin(), t.because.end());
    return jar;
}

} // namespace

CheckResult check_near_miss(const CheckInput& in) {
    const Case& c = in.c;
    return conclude(
        "near-miss", "Near-miss safeguarding event (case of concern)",
        "000 Croydon COC process (\"A near miss safeguarding event is defined as\"; form "
        "section 5, decision A or B)",
        all_of({any_of({answer(c, "near_miss"), answer(c, "system_warning_signs")}),
                answer(c, "multi_agency_learning")}),
        "The near-miss criteria are met (decision B): a near miss with multi-agency learning that, "
        "applied, would reduce the likelihood of future events.",
        "The near-miss criteria are not met (decision A).",
        "Cannot tell yet whether the near-miss criteria are met.");
}

CheckResult check_learning(const CheckInput& in) {
    const Case& c = in.c;
    return conclude(
        "learning", "Grounds for a learning request",
        "002 Tees protocol s3.1-3.3; 004 Bury flow chart, Appendix 2 (Working Together 2018)",
        any_of({answer(c, "multi_agency_learning"), answer(c, "good_practice"),
                answer(c, "poor_practice"), answer(c, "near_miss"),
                answer(c, "system_warning_signs")}),
        "The case raises issues of importance: the partnership decides whether a learning review "
        "adds value (a learning review where two or more agencies worked together, 002 s3.2).",
        "No grounds for a learning request: no good or poor practice, near miss or multi-agency "
        "learning.",
        "Cannot tell yet whether there are grounds for a learning request.");
}

CheckResult check_child_death(const CheckInput& in) {
    const Case& c = in.c;
    CheckResult r = conclude(
        "child-death", "Child death: CDOP notification and Joint Agency Response",
        "001 Croydon \"What happens when a child dies\", section \"Child Death Reviews\" "
        "(Joint Agency Response criteria from Working Together 2023)",
        child_died(c),
        "A child has died: notify the Child Death Overview Panel (CDOP), as for every death under "
        "18.",
        "No death of a child under 18 to notify to CDOP.",
        "Cannot tell yet whether a child under 18 has died.");
    if (r.result == Verdict::meets) r.joint_agency_response = joint_agency_response(in, r);
    return r;
}

} // namespace scr
