// Small helpers shared by the unit tests.
#pragma once

#include "calendar/calendar.h"

#include <doctest/doctest.h>

#include <string>

namespace scr::test {

/// A date from ISO text that the test knows is valid.
inline Date d(const std::string& iso) {
    auto r = parse_iso_date(iso, "test");
    REQUIRE_MESSAGE(r.ok(), iso);
    return *r;
}

/// The England and Wales rules calendar, statutory.
inline const Calendar& england() {
    static const Calendar cal(Division::england_and_wales, {}, {}, CalendarKind::statutory);
    return cal;
}

} // namespace scr::test
