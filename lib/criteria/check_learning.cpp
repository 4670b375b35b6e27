// DOMAIN.md 5, 6 and 8: near misses (Croydon COC), learning requests (Tees s3), child deaths.
#include "criteria/checks.h"

#include <fmt/format.h>

namespace scr {
namespace {

// When the child died: the first recorded date of death, else the incident date.
std::optional<Date> date_of_death(const Case& c) {
    for (const Child& child : c.children)
        if (child.date_of_death) return child.date_of_death;
    return c.incident.date;
}

// The Joint Agency Response criteria, from Working Together 2023 as 001 lists them.
JointAgencyResponse joint_agency_response(const CheckInput& in, CheckResult& r) {
    const Case& c = in.c;
    const Truth t = any_of({answer(c, "external_cause"), answer(c, "sudden_unexplained"),
                            answer(c, "custody_or_detention"),
                            answer(c, "suspicious_circumstances"),
                            answer(c, "stillbirth_unattended")});
    JointAgencyResponse jar;
    if (t.value == Ternary::no) {
        jar.needed = Verdict::not_met;
        r.reasons.emplace_back("No Joint Agency Response criterion holds.");
    } else if (t.value == Ternary::unknown) {
        r.reasons.emplace_back("Cannot tell yet whether a Joint Agency Response is needed.");
        r.questions.insert(r.questions.end(), t.open.begin(), t.open.end());
    } else {
        jar.needed = Verdict::meets;
        const auto died = date_of_death(c);
        if (died)
            if (auto due = in.calendar.add_working_days(*died, 5)) jar.due = *due;
        r.reasons.emplace_back(
            jar.due ? fmt::format("A Joint Agency Response meeting is required within 5 working "
                                  "days of the death: by {}.",
                                  format_iso(*jar.due))
                    : "A Joint Agency Response meeting is required within 5 working days of the "
                      "death; record the date of death to see by when.");
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
        all_of({death(c), children_are_children(c)}),
        "A child has died: notify the Child Death Overview Panel (CDOP), as for every death under "
        "18.",
        "No death of a child under 18 to notify to CDOP.",
        "Cannot tell yet whether a child under 18 has died.");
    if (r.result == Verdict::meets) r.joint_agency_response = joint_agency_response(in, r);
    return r;
}

} // namespace scr
