// Triage: the checks a referral's kind calls for, and what they recommend (DOMAIN.md "Criteria"
// and "Outcomes recorded"). The panel decides; this says what the rules say.
#pragma once

#include "criteria/checks.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// What the checks point to. The first four match screening outcomes of 004.
enum class NextStep {
    notify_panel,              // meets: notify the Panel, start a Rapid Review
    treat_as_serious_incident, // a COC or learning request that is really a serious case
    queries_to_referrer,       // unknown answers decide the outcome
    notify_ofsted,             // notifiable to Ofsted (a looked after child's death) but not the Panel
    tell_other_area,           // harm elsewhere in England: that authority's duty
    consider_serious,          // 002 s2.3 prompt
    consider_learning_review,  // 002 s3
    consider_case_of_concern,  // 000: to the Review Group
    single_agency_learning,    // 004 outcome c
    adult_safeguarding,        // 18 or over: not this process
    no_further_action,
};
/// The spelling of an action (`notify-panel`).
std::string_view action_slug(NextStep a);
/// The screening outcome (004) an action amounts to, or empty where the panel's judgement decides.
std::string_view expected_outcome(NextStep a);
/// Whether recording `outcome` goes against what the criteria point to (allowed, with a warning).
bool contradicts(NextStep a, std::string_view outcome);

/// What to do next, by when, in a sentence or three.
struct Recommendation {
    NextStep action = NextStep::no_further_action;
    std::string text;
    std::optional<Date> due;
    std::vector<Question> questions; // asked beyond the checks' own (learning before closing)
};

/// A case's triage: every applicable check, then the recommendation.
struct Triage {
    std::vector<CheckResult> checks;
    Recommendation recommendation;
};

/// Runs the checks `c`'s kind calls for (issue 4 table) on `as_of`, with the statutory calendar.
Triage triage(const Case& c, Date as_of, const Calendar& calendar);

/// The recommendation the checks lead to, for the case's kind.
Recommendation recommend(const CheckInput& in, const std::vector<CheckResult>& checks);

/// Every question open: the checks' in check order, then the recommendation's; each key once.
std::vector<Question> open_questions(const Triage& t);

} // namespace scr
