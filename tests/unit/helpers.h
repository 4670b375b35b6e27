// Small helpers shared by the unit tests.
#pragma once

#include "calendar/calendar.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
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

/// A directory under /tmp removed when the test ends.
struct TempDir {
    std::filesystem::path root;
    TempDir() {
        char tmpl[] = "/tmp/scr-unit-XXXXXX";
        REQUIRE(mkdtemp(tmpl) != nullptr);
        root = tmpl;
    }
    ~TempDir() { std::filesystem::remove_all(root); }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
};

} // namespace scr::test
