// Where a case has got to, derived from its timeline (derived state is never stored).
#pragma once

#include "case/model.h"

#include <string_view>

namespace scr {

/// The furthest stage the case's events reach: new, queries, no-further-action,
/// single-agency-learning, screened, professionals-meeting, notified, rapid-review, recommended,
/// decided, submitted,
/// panel-responded, lcspr, published or closed.
std::string_view case_stage(const Case& c);

/// The text of an event's field, or empty.
std::string_view event_field(const Event& e, std::string_view key);

} // namespace scr
