#include "helpers.h"

using namespace scr;
using scr::test::d;

TEST_CASE("date::parse_iso_date accepts only real YYYY-MM-DD dates") {
    CHECK(parse_iso_date("2024-02-29", "x").ok());
    CHECK(format_iso(*parse_iso_date("2026-11-20", "x")) == "2026-11-20");
    for (const char* bad : {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-01-00",
                            "26-02-01", "2026-1-5", "2026-01-05x", " 2026-01-05", "2026/01/05", "",
                            "today", "2026-01-5 ", "+2026-1-05"}) {
        CAPTURE(bad);
        auto r = parse_iso_date(bad, "DATE");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().diag.field == "DATE");
    }
    CHECK(parse_iso_date("2026-02-30", "x").error().diag.message.find("28 days") !=
          std::string::npos);
}

TEST_CASE("date::format_iso round-trips every supported day") {
    for (Date x = first_supported_date; x <= last_supported_date; x += date::days{1})
        REQUIRE(*parse_iso_date(format_iso(x), "x") == x);
}

TEST_CASE("date::weekday_name and is_weekend") {
    CHECK(weekday_name(d("2026-11-22")) == "Sunday");
    CHECK(weekday_name(d("2026-11-23")) == "Monday");
    CHECK(is_weekend(d("2026-11-21")));
    CHECK_FALSE(is_weekend(d("2026-11-20")));
}
