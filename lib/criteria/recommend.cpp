// From check results to what to do next (DOMAIN.md "Outcomes recorded"; 004 screening outcomes).
#include "criteria/triage.h"

#include <fmt/format.h>

namespace scr {
namespace {

const CheckResult* find(const std::vector<CheckResult>& checks, std::string_view id) {
    for (const CheckResult& r : checks)
        if (r.id == id) return &r;
    return nullptr;
}

Verdict verdict(const std::vector<CheckResult>& checks, std::string_view id) {
    const CheckResult* r = find(checks, id);
    return r ? r->result : Verdict::not_met;
}

bool answered_yes(const Case& c, std::string_view key) {
    return answer(c, key).value == Ternary::yes;
}

const Event* first_event(const Case& c, std::string_view type) {
    for (const Event& e : c.events)
        if (e.type == type) return &e;
    return nullptr;
}

// 5 working days from when the local authority became aware (002 s2.4; 004 Appendix 1).
std::string notify_deadline(const CheckInput& in, Recommendation& r) {
    if (const Event* aware = first_event(in.c, "aware")) {
        auto due = in.calendar.add_working_days(aware->date, 5);
        if (!due) return {};
        r.due = *due;
        std::string when = "overdue";
        if (const Event* done = first_event(in.c, "notified"))
            when = fmt::format("notified on {}, {}", format_iso(done->date),
                               done->date <= *due ? "in time" : "late");
        else if (*due == in.as_of)
            when = "due today";
        else if (*due > in.as_of)
            if (auto left = in.calendar.working_days_between(in.as_of, *due))
                when = fmt::format("{} working day{} left", *left, *left == 1 ? "" : "s");
        return fmt::format(" The 5 working days from awareness on {} end on {} ({}).",
                           format_iso(aware->date), format_iso(*due), when);
    }
    return " No `aware` event is recorded: record when the local authority became aware "
           "(scr event add ID aware --date D), since the 5 working days run from then.";
}

Recommendation queries(const CheckInput& in, const std::vector<CheckResult>& checks,
                       const std::vector<std::string_view>& ids) {
    std::vector<std::string> keys;
    for (std::string_view id : ids)
        if (const CheckResult* r = find(checks, id))
            for (const Question& q : r->questions)
                if (std::find(keys.begin(), keys.end(), q.key) == keys.end()) keys.push_back(q.key);
    Recommendation r{NextStep::queries_to_referrer, "", std::nullopt};
    r.text = fmt::format("Send {} question{} back to the referrer before deciding ({}): the "
                         "outcome depends on them (004: queries back to referrer).",
                         keys.size(), keys.size() == 1 ? "" : "s", fmt::join(keys, ", "));
    if (in.c.kind == Kind::serious_incident) {
        r.text += notify_deadline(in, r);
        // Ofsted's 5 working days run whatever the Panel questions turn out to be.
        if (verdict(checks, "ofsted-notifiable") == Verdict::meets)
            r.text += " Report it to Ofsted within the same 5 working days meanwhile (003 stage 1).";
    }
    return r;
}

Recommendation make(NextStep a, std::string text) {
    return Recommendation{a, std::move(text), std::nullopt};
}

// After the adult and serious-case gates: what the kind's own check says.
Recommendation by_kind(const CheckInput& in, const std::vector<CheckResult>& checks) {
    const Case& c = in.c;
    switch (c.kind) {
    case Kind::serious_incident: {
        if (verdict(checks, "notify-panel") == Verdict::meets) {
            Recommendation r = make(NextStep::notify_panel,
                                    "Notify the National Panel and start a Rapid Review: its "
                                    "decision is due 15 working days after notification (002 "
                                    "s2.4, s4.2).");
            r.text += notify_deadline(in, r);
            if (verdict(checks, "ofsted-notifiable") == Verdict::meets)
                r.text += " Report it to Ofsted by the same date (003 stage 1).";
            return r;
        }
        if (verdict(checks, "notify-panel") == Verdict::cannot_tell)
            return queries(in, checks, {"notify-panel", "child-death"});
        if (harm_elsewhere_in_england(c) && verdict(checks, "serious-case") == Verdict::meets)
            return make(NextStep::tell_other_area,
                        "Tell the local authority where the harm happened: notifying the Panel "
                        "is its duty (s16C(1)(a) Children Act 2004).");
        if (verdict(checks, "consider-serious") == Verdict::meets)
            return make(NextStep::consider_serious,
                        "Ask the panel to consider the incident as serious (002 s2.3): the "
                        "family is known to social care and the death was a suicide or "
                        "unexplained.");
        if (verdict(checks, "consider-serious") == Verdict::cannot_tell)
            return queries(in, checks, {"consider-serious", "child-death"});
        if (verdict(checks, "ofsted-notifiable") == Verdict::cannot_tell)
            return queries(in, checks, {"ofsted-notifiable", "child-death"});
        if (verdict(checks, "ofsted-notifiable") == Verdict::meets) {
            Recommendation r = make(NextStep::notify_ofsted,
                                    "Report the incident to Ofsted (003 stage 1); it does not "
                                    "meet the duty to notify the National Panel.");
            r.text += notify_deadline(in, r);
            return r;
        }
        break;
    }
    case Kind::case_of_concern:
        if (verdict(checks, "near-miss") == Verdict::meets)
            return make(NextStep::consider_case_of_concern,
                        "Take it to the Review Group as a case of concern (000, decision B).");
        if (verdict(checks, "near-miss") == Verdict::cannot_tell)
            return queries(in, checks, {"near-miss"});
        break;
    case Kind::learning_request:
        if (verdict(checks, "learning") == Verdict::cannot_tell)
            return queries(in, checks, {"learning"});
        if (verdict(checks, "learning") == Verdict::meets) {
            if (answer(c, "multi_agency_learning").value == Ternary::no)
                return make(NextStep::single_agency_learning,
                            "Ask the agency concerned to take the learning forward and report "
                            "back (004 outcome c): a learning review is for how two or more "
                            "agencies worked together (002 s3.2).");
            return make(NextStep::consider_learning_review,
                        "Decide whether a learning review adds value, and tell the referrer why "
                        "(002 s3.2).");
        }
        break;
    }
    if (answered_yes(c, "multi_agency_learning"))
        return make(NextStep::consider_learning_review,
                    "It may still raise issues of importance: consider a learning review (002 "
                    "s3.1).");
    if (answered_yes(c, "near_miss") || answered_yes(c, "system_warning_signs"))
        return make(c.kind == Kind::case_of_concern ? NextStep::single_agency_learning
                                                    : NextStep::consider_case_of_concern,
                    c.kind == Kind::case_of_concern
                        ? "No multi-agency learning: ask the agency concerned to take the "
                          "learning forward (004 outcome c)."
                        : "Consider it as a case of concern: a near miss (000).");
    return make(NextStep::no_further_action,
                "No further action: tell the referrer the rationale (002 s2.7; 004).");
}

// CDOP for every death under 18, and the Joint Agency Response meeting when one is needed (001).
std::string child_death_text(const CheckInput& in, const CheckResult& death, bool queries_sent) {
    std::string text = " A child has died: notify CDOP (001).";
    const auto& jar = death.joint_agency_response;
    if (!jar) return text;
    if (jar->needed == Verdict::meets && jar->due)
        return text + fmt::format(" Joint Agency Response meeting by {}{}.", format_iso(*jar->due),
                                  *jar->due < in.as_of ? " (overdue)" : "");
    if (jar->needed == Verdict::meets) return text + " A Joint Agency Response meeting is needed.";
    if (jar->needed == Verdict::cannot_tell && !queries_sent) {
        std::vector<std::string> keys;
        for (const Question& q : death.questions) keys.push_back(q.key);
        text += fmt::format(" Whether a Joint Agency Response is needed is not yet known: ask {}.",
                            fmt::join(keys, ", "));
    }
    return text;
}

} // namespace

Recommendation recommend(const CheckInput& in, const std::vector<CheckResult>& checks) {
    const Case& c = in.c;
    Recommendation r;
    std::vector<Truth> children;
    for (std::size_t i = 0; i < c.children.size(); ++i) children.push_back(is_a_child(c, i));
    if (!children.empty() && any_of(children).value == Ternary::no)
        r = make(NextStep::adult_safeguarding,
                 "Not this process: nobody listed was under 18. Refer to adult safeguarding "
                 "(Care Act 2014 s42).");
    else if (c.kind != Kind::serious_incident && verdict(checks, "serious-case") == Verdict::meets) {
        r = make(NextStep::treat_as_serious_incident,
                 "Treat it as a serious incident: screen it for notification to the National "
                 "Panel (000; 002 s2.5).");
        r.text += notify_deadline(in, r);
    } else {
        r = by_kind(in, checks);
        // A COC or learning request rarely says whether abuse or neglect is suspected: that
        // alone should not hold it up, but it is asked alongside, and the doubt is stated.
        if (c.kind != Kind::serious_incident &&
            verdict(checks, "serious-case") == Verdict::cannot_tell) {
            if (r.action == NextStep::queries_to_referrer)
                r = queries(in, checks, {"child", "near-miss", "learning", "serious-case"});
            else
                r.text += " Confirm it is not a serious child safeguarding case, which would go "
                          "to serious incident notification instead (000).";
        }
    }
    if (const CheckResult* d = find(checks, "child-death"); d && d->result == Verdict::meets)
        r.text += child_death_text(in, *d, r.action == NextStep::queries_to_referrer);
    return r;
}

} // namespace scr
