// The rules that merge the timeline of a case: which events are one edited, which cannot both
// be added, and in what order a day's events go. Internal to lib/case.
#pragma once

#include "case/merge_pair.h"
#include "case/model.h"

namespace scr::merging {

/// How `events` merges: paired by date and type, an edit keeping the type; entries added on both
/// sides clash when of one type on one day, or of a type that happens once or records a
/// decision; a case closed on one side rules out the events the other side added.
ListRules<Event> event_rules();

} // namespace scr::merging
