// From check results to what to do next (DOMAIN.md "Outcomes recorded"; 004 screening outcomes).
// An unknown that could change the step is asked, never taken as no.
#include "criteria/recommend_parts.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {

// Every open question goes back at once: asking in rounds would spend the 5 working days.
// `more` are questions the step itself needs beyond the checks'.
Recommendation queries(const CheckInput& in, const std::vector<CheckResult>& checks,
                       const std::vector<Question>& more = {}) {
    Recommendation r = make(NextStep::queries_to_referrer, "");
    r.questions = more;
    const auto keys = keys_of(open_questions(Triage{checks, r}));
    r.text = fmt::format("Send {} question{} back to the referrer before deciding ({}): the "
                         "outcome depends on {} (004: queries back to referrer).",
                         keys.size(), keys.size() == 1 ? "" : "s", fmt::join(keys, ", "),
                         keys.size() == 1 ? "it" : "them");
    if (in.c.kind == Kind::serious_incident && more.empty()) r.text += notify_deadline(in, r);
    return r;
}

// What a serious incident's checks point to (002 s2-3; 003 stage 1).
Recommendation serious_incident(const CheckInput& in, const std::vector<CheckResult>& checks) {
    const Case& c = in.c;
    auto is = [&](std::string_view id, Verdict v) { return verdict_of(checks, id) == v; };
    if (is("notify-panel", Verdict::meets)) {
        Recommendation r = make(NextStep::notify_panel,
                                "Notify the National Panel and start a Rapid Review: its decision "
                                "is due 15 working days after notification (002 s2.4, s4.2).");
        r.text += notify_deadline(in, r);
        return r;
    }
    if (is("notify-panel", Verdict::cannot_tell)) return queries(in, checks);
    if (harm_elsewhere_in_england(c) && is("serious-case", Verdict::meets))
        return make(NextStep::tell_other_area,
                    "Tell the local authority where the harm happened: notifying the Panel is its "
                    "duty (s16C(1)(a) Children Act 2004).");
    if (is("consider-serious", Verdict::meets)) {
        Recommendation r = make(NextStep::consider_serious,
                                "Ask the panel to consider the incident as serious (002 s2.3): the "
                                "family is known to social care and the death was a suicide or "
                                "unexplained. If it decides to notify, the clock is the Panel's.");
        r.text += notify_deadline(in, r);
        return r;
    }
    for (const char* id : {"consider-serious", "ofsted-notifiable", "child-death"})
        if (is(id, Verdict::cannot_tell)) return queries(in, checks);
    if (is("ofsted-notifiable", Verdict::meets))
        return make(NextStep::notify_ofsted,
                    "Report the incident to Ofsted; it does not meet the duty to notify the "
                    "National Panel.");
    // Not notifiable: other routes if there is learning (002 s3.1; 000).
    const Truth learning = any_of({answer(c, "multi_agency_learning"), answer(c, "near_miss"),
                                   answer(c, "system_warning_signs")});
    if (learning.value == Ternary::unknown) {
        Recommendation r = queries(in, checks, learning.open);
        r.text = "Not notifiable; before closing it, ask whether there is learning: a learning "
                 "review or a case of concern may follow (002 s3.1; 000). " + r.text;
        return r;
    }
    if (learning.value == Ternary::yes)
        return answer(c, "multi_agency_learning").value == Ternary::yes
                   ? make(NextStep::consider_learning_review,
                          "Not notifiable, but it may raise issues of importance: consider a "
                          "learning review (002 s3.1).")
                   : make(NextStep::consider_case_of_concern,
                          "Not notifiable, but a near miss: consider it as a case of concern (000).");
    return make(NextStep::no_further_action,
                "No further action: tell the referrer the rationale (002 s2.7; 004).");
}

Recommendation case_of_concern(const CheckInput& in, const std::vector<CheckResult>& checks) {
    const Verdict v = verdict_of(checks, "near-miss");
    if (v == Verdict::meets)
        return make(NextStep::consider_case_of_concern,
                    "Take it to the Review Group as a case of concern (000, decision B).");
    if (v == Verdict::cannot_tell) return queries(in, checks);
    if (answer(in.c, "near_miss").value == Ternary::yes ||
        answer(in.c, "system_warning_signs").value == Ternary::yes)
        return make(NextStep::single_agency_learning,
                    "Near-miss criteria not met (000, decision A): no multi-agency learning. Ask "
                    "the agency concerned to take the learning forward (004 outcome c).");
    return make(NextStep::no_further_action,
                "Near-miss criteria not met (000, decision A): tell the referrer why.");
}

Recommendation learning_request(const CheckInput& in, const std::vector<CheckResult>& checks) {
    const Verdict v = verdict_of(checks, "learning");
    if (v == Verdict::cannot_tell) return queries(in, checks);
    if (v == Verdict::not_met)
        return make(NextStep::no_further_action,
                    "No further action: tell the referrer the rationale (002 s3.2).");
    Recommendation r = make(NextStep::consider_learning_review,
                            "Decide whether a learning review adds value, and tell the referrer "
                            "why (002 s3.2-3.3).");
    if (answer(in.c, "multi_agency_learning").value == Ternary::no)
        r.text += " With no learning about agencies working together, single-agency learning "
                  "may be enough (004 outcome c).";
    return r;
}

} // namespace

Recommendation recommend(const CheckInput& in, const std::vector<CheckResult>& checks) {
    const Case& c = in.c;
    Recommendation r;
    std::vector<Truth> children;
    for (std::size_t i = 0; i < c.children.size(); ++i) children.push_back(is_a_child(c, i));
    if (!children.empty() && any_of(children).value == Ternary::no) {
        r = make(NextStep::adult_safeguarding,
                 "Not this process: nobody listed was under 18. Refer to adult safeguarding "
                 "(Care Act 2014 s42).");
    } else if (c.kind != Kind::serious_incident && verdict_of(checks, "serious-case") == Verdict::meets) {
        r = make(NextStep::treat_as_serious_incident,
                 "Treat it as a serious incident: screen it for notification to the National "
                 "Panel (000; 002 s2.5).");
        r.text += notify_deadline(in, r);
    } else {
        r = c.kind == Kind::serious_incident ? serious_incident(in, checks)
            : c.kind == Kind::case_of_concern ? case_of_concern(in, checks)
                                              : learning_request(in, checks);
        // A COC or learning request rarely says whether abuse or neglect is suspected: that
        // alone should not hold it up, but the doubt is stated (and asked, with any queries).
        if (c.kind != Kind::serious_incident && r.action != NextStep::queries_to_referrer &&
            verdict_of(checks, "serious-case") == Verdict::cannot_tell)
            r.text += " Confirm it is not a serious child safeguarding case, which would go to "
                      "serious incident notification instead (000).";
    }
    add_ofsted(in, checks, r);
    if (const CheckResult* d = find_check(checks, "child-death"))
        r.text += child_death_text(in, *d, r.action == NextStep::queries_to_referrer);
    return r;
}

} // namespace scr
