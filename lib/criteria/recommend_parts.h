// Pieces every next step shares (internal to criteria/): finding a check's verdict, the events
// that start and stop the notification clock, and the sentences about deadlines, Ofsted and CDOP.
#pragma once

#include "criteria/triage.h"

#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// The check with `id`, or nullptr when the kind did not run it.
const CheckResult* find_check(const std::vector<CheckResult>& checks, std::string_view id);
/// The verdict of check `id`; not-met when it did not run.
Verdict verdict_of(const std::vector<CheckResult>& checks, std::string_view id);
/// The first event of `type` in the timeline, or nullptr.
const Event* first_event(const Case& c, std::string_view type);
/// A recommendation with no due date and no questions of its own.
Recommendation make(NextStep a, std::string text);
/// The 5 working days from `aware` as a sentence (sets r.due when it can be counted).
std::string notify_deadline(const CheckInput& in, Recommendation& r);
/// The keys of some questions, in order.
std::vector<std::string> keys_of(const std::vector<Question>& questions);
/// CDOP and Joint Agency Response sentences for the child-death check's result.
std::string child_death_text(const CheckInput& in, const CheckResult& death, bool queries_sent);
/// Ofsted's duty, whatever the step (003 stage 1).
void add_ofsted(const CheckInput& in, const std::vector<CheckResult>& checks, Recommendation& r);

} // namespace scr
