// A new timeline entry from the pieces a command line gives (`scr event add`).
#pragma once

#include "case/model.h"

#include <string>
#include <vector>

namespace scr {

/// What `scr event add` was given.
struct EventInput {
    std::string type;
    Date date;
    std::vector<std::string> sets; // KEY=VALUE; lists as comma-separated choices
    std::string note, by;
};

/// Checks the type, each --set field against the type's fields, and the required ones.
Result<Event> make_event(const EventInput& in);

/// Puts `e` after every event on or before its date, so the file reads in date order.
void insert_event(Case& c, Event e);

} // namespace scr
