#include "criteria/triage.h"

#include <algorithm>

namespace scr {

std::string_view action_slug(NextStep a) {
    switch (a) {
    case NextStep::notify_panel: return "notify-panel";
    case NextStep::treat_as_serious_incident: return "treat-as-serious-incident";
    case NextStep::queries_to_referrer: return "queries-to-referrer";
    case NextStep::notify_ofsted: return "notify-ofsted";
    case NextStep::tell_other_area: return "tell-other-area";
    case NextStep::consider_serious: return "consider-serious";
    case NextStep::consider_learning_review: return "consider-learning-review";
    case NextStep::consider_case_of_concern: return "consider-case-of-concern";
    case NextStep::single_agency_learning: return "single-agency-learning";
    case NextStep::adult_safeguarding: return "adult-safeguarding";
    case NextStep::no_further_action: return "no-further-action";
    }
    return "no-further-action";
}

std::string_view expected_outcome(NextStep a) {
    switch (a) {
    case NextStep::notify_panel:
    case NextStep::treat_as_serious_incident: return "meets-rapid-review";
    case NextStep::queries_to_referrer: return "queries-to-referrer";
    case NextStep::single_agency_learning: return "single-agency-learning";
    case NextStep::notify_ofsted:
    case NextStep::tell_other_area:
    case NextStep::adult_safeguarding:
    case NextStep::no_further_action: return "no-further-action";
    default: return "";
    }
}

bool contradicts(NextStep a, std::string_view outcome) {
    const std::string_view expected = expected_outcome(a);
    return !expected.empty() && expected != outcome;
}

Triage triage(const Case& c, Date as_of, const Calendar& calendar) {
    const CheckInput in{c, as_of, calendar};
    Triage t;
    t.checks.push_back(check_child(in));
    t.checks.push_back(check_serious_case(in));
    switch (c.kind) {
    case Kind::serious_incident:
        t.checks.push_back(check_notify_panel(in));
        t.checks.push_back(check_consider_serious(in));
        t.checks.push_back(check_ofsted_notifiable(in));
        t.checks.push_back(check_child_death(in));
        break;
    case Kind::case_of_concern: t.checks.push_back(check_near_miss(in)); break;
    case Kind::learning_request: t.checks.push_back(check_learning(in)); break;
    }
    // Every death under 18 goes to CDOP (001), whichever form reported it.
    if (c.kind != Kind::serious_incident && death(c).value == Ternary::yes)
        t.checks.push_back(check_child_death(in));
    t.recommendation = recommend(in, t.checks);
    return t;
}

std::vector<Question> open_questions(const Triage& t) {
    std::vector<Question> out;
    auto add = [&](const std::vector<Question>& questions) {
        for (const Question& q : questions)
            if (std::none_of(out.begin(), out.end(), [&](const Question& o) { return o.key == q.key; }))
                out.push_back(q);
    };
    for (const CheckResult& r : t.checks) add(r.questions);
    add(t.recommendation.questions);
    return out;
}

} // namespace scr
