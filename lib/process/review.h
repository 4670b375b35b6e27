// The events of `scr review`: each decision after triage as a timeline entry with its fields,
// checked for what the procedures require of it before it is recorded.
#pragma once

#include "case/model.h"
#include "core/result.h"

#include <string>
#include <vector>

namespace scr {

/// Who recorded a decision, when, and any note: shared by every review event.
struct Recorded {
    Date date;
    std::string by, note;
};

/// The Rapid Review's recommendation as `scr review decide` takes it (003 stage 6).
struct RecommendationInput {
    std::string recommendation, rationale;
    std::vector<std::string> criteria, circumstances, questions;
};

/// A `rapid-review-recommendation` event: a review needs at least one LCSPR criterion and one
/// key question (004 Appendix 2), every recommendation needs its rationale (002 s4.5).
Result<Event> make_recommendation(const RecommendationInput& in, const Recorded& rec);

/// A `chair-decision` event (003 stage 7); departing from the recommendation needs a rationale.
Result<Event> make_chair_decision(const Case& c, const std::string& decision,
                                  const std::string& rationale, const Recorded& rec);

/// A `rapid-review-submitted` event carrying the decision in force, with the criteria, key
/// questions and rationale of the recommendation it rests on (002 s4.9).
Result<Event> make_submission(const Case& c, const Recorded& rec);

/// A `panel-response` event (004).
Result<Event> make_panel_response(const std::string& outcome, const Recorded& rec);

/// An `lcspr-model-agreed` event (004): learning circle or independent author, and who leads.
Result<Event> make_model_agreed(const std::string& model, const std::string& reviewer,
                                const Recorded& rec);

/// A `publication-decided` event (002 s5.5): not publishable needs its reason.
Result<Event> make_publication_decision(const std::string& outcome, const std::string& reason,
                                        const Recorded& rec);

/// An event with no fields of its own (`lcspr-decided`, `publication-planned`, `published`).
Result<Event> make_plain_event(std::string type, const Recorded& rec);

} // namespace scr
