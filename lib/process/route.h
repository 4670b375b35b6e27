// The route a review takes after triage (003 stages 6-7; 002 s4-5; 004): which decision may be
// recorded once which has been made. Recording out of order is refused with the reason, so a
// tracker cannot show a Panel response to a Rapid Review that was never submitted.
#pragma once

#include "case/model.h"
#include "core/result.h"

#include <optional>
#include <string_view>

namespace scr {

/// Whether an event of `type` dated `date` follows the route of the case's timeline on `today`:
/// what it answers was recorded on or before it, it is not a second of a kind that happens
/// once, the case is not closed, and it has happened (only a planned publication may be ahead).
Status check_route(const Case& c, std::string_view type, Date date, Date today);

/// The latest event of `type` on the timeline (dated on or before `by`, when given), or nullptr.
const Event* latest_event(const Case& c, std::string_view type, std::optional<Date> by = std::nullopt);

/// The decision in force on what review to hold: the chair's (003 stage 7), else the Rapid
/// Review's recommendation, else what went to the Panel; with the event that holds it.
std::pair<std::string_view, const Event*> review_decision(const Case& c);

} // namespace scr
