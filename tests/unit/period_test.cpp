#include "helpers.h"

#include "calendar/period.h"

using namespace scr;
using scr::test::d;
using scr::test::england;

TEST_CASE("period::parse_period reads N[unit]") {
    CHECK(parse_period("5", "c")->count == 5);
    CHECK(parse_period("5", "c")->unit == PeriodUnit::working_days);
    CHECK(parse_period("5wd", "c")->unit == PeriodUnit::working_days);
    CHECK(parse_period("-3d", "c")->count == -3);
    CHECK(parse_period("-3d", "c")->unit == PeriodUnit::days);
    CHECK(parse_period("+2w", "c")->unit == PeriodUnit::weeks);
    CHECK(parse_period("6m", "c")->unit == PeriodUnit::months);
    for (const char* bad :
         {"", "wd", "5x", "5 wd", "5.5", "--5", "+-5", "+", "99999999999", "5wdx"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_period(bad, "c").ok());
    }
}

TEST_CASE("period::resolve_date reads words and counts relative to today") {
    const Date today = d("2026-11-20"); // a Friday
    CHECK(*resolve_date("today", today, england(), "x") == today);
    CHECK(*resolve_date("tomorrow", today, england(), "x") == d("2026-11-21"));
    CHECK(*resolve_date("yesterday", today, england(), "x") == d("2026-11-19"));
    CHECK(*resolve_date("+1wd", today, england(), "x") == d("2026-11-23"));
    CHECK(*resolve_date("-1wd", today, england(), "x") == d("2026-11-19"));
    CHECK(*resolve_date("+3d", today, england(), "x") == d("2026-11-23"));
    CHECK(*resolve_date("+2w", today, england(), "x") == d("2026-12-04"));
    CHECK(*resolve_date("+6m", today, england(), "x") == d("2027-05-20"));
    CHECK(*resolve_date("2026-01-05", today, england(), "x") == d("2026-01-05"));
    CHECK_FALSE(resolve_date("next week", today, england(), "x").ok());
    CHECK_FALSE(resolve_date("+5y", today, england(), "x").ok());
    CHECK_FALSE(resolve_date("+-5wd", today, england(), "x").ok());
    // A bad today matters only to dates that need it.
    const Result<Date> unknown = bad_input("SCR_TODAY", "'x' is not a date");
    CHECK(*resolve_date("2026-01-05", unknown, england(), "x") == d("2026-01-05"));
    CHECK(resolve_date("+1wd", unknown, england(), "x").error().diag.field == "SCR_TODAY");
}

TEST_CASE("period::apply_period") {
    CHECK(*apply_period(d("2026-08-31"), {6, PeriodUnit::months}, england(), "N") ==
          d("2027-02-28"));
    CHECK(*apply_period(d("2026-12-24"), {1, PeriodUnit::working_days}, england(), "N") ==
          d("2026-12-29"));
    CHECK(*apply_period(d("2026-12-24"), {-1, PeriodUnit::weeks}, england(), "N") ==
          d("2026-12-17"));
    CHECK(apply_period(d("2099-12-31"), {1, PeriodUnit::days}, england(), "N").error().diag.field ==
          "N");
    CHECK(apply_period(d("2099-12-01"), {30, PeriodUnit::working_days}, england(), "N")
              .error()
              .diag.field == "N");
    CHECK(period_unit_suffix(parse_period("6m", "c")->unit) == "m");
    CHECK(period_unit_suffix(parse_period("5", "c")->unit) == "wd");
}
