// Working-day arithmetic with the spreadsheet semantics DOMAIN.md fixes ("Working days"):
// WORKDAY, NETWORKDAYS and EDATE. Deadlines from 002 s2.4 (5 working days to notify) and
// s4.2 (15 working days for the Rapid Review) are used as worked examples.
#include "helpers.h"

#include <random>

using namespace scr;
using scr::test::d;
using scr::test::england;

namespace {

// The obvious day-by-day WORKDAY, written independently of the index the library uses.
Date naive_workday(const Calendar& cal, Date from, long n) {
    Date x = from;
    const long step = n > 0 ? 1 : -1;
    for (long left = n > 0 ? n : -n; left > 0;) {
        x += date::days{step};
        if (cal.day_info(x)->working) --left;
    }
    return x;
}

Date add(Date from, long n) {
    return *england().add_working_days(from, n);
}

} // namespace

TEST_CASE("calendar::add_working_days follows WORKDAY") {
    // The start never counts, whatever day it is.
    CHECK(add(d("2026-11-20"), 1) == d("2026-11-23"));  // Friday -> Monday
    CHECK(add(d("2026-11-21"), 1) == d("2026-11-23"));  // Saturday -> Monday
    CHECK(add(d("2026-11-22"), 1) == d("2026-11-23"));  // Sunday -> Monday
    CHECK(add(d("2026-11-21"), -1) == d("2026-11-20")); // Saturday back -> Friday
    CHECK(add(d("2026-11-23"), -1) == d("2026-11-20")); // Monday back -> Friday
    // n == 0 gives the date itself, even at a weekend or on a holiday.
    CHECK(add(d("2026-11-21"), 0) == d("2026-11-21"));
    CHECK(add(d("2026-12-25"), 0) == d("2026-12-25"));
    // Across Christmas 2026 (25 Fri, 28 Mon substitute Boxing Day) and New Year 2027.
    CHECK(add(d("2026-12-24"), 1) == d("2026-12-29"));
    CHECK(add(d("2026-12-24"), 5) == d("2027-01-05"));
    CHECK(add(d("2026-12-25"), 1) == d("2026-12-29")); // starting on a holiday
    CHECK(add(d("2027-01-04"), -5) == d("2026-12-23"));
    // Across Easter 2026 (Good Friday 3 April, Easter Monday 6 April).
    CHECK(add(d("2026-04-02"), 1) == d("2026-04-07"));
    CHECK(add(d("2026-04-06"), -1) == d("2026-04-02"));
    CHECK(add(d("2026-04-07"), -1) == d("2026-04-02"));
    // 002 s2.4: aware Wednesday 18 November 2026, notify within 5 working days.
    CHECK(add(d("2026-11-18"), 5) == d("2026-11-25"));
    // 002 s4.2: notified Monday 23 November 2026, Rapid Review within 15 working days.
    CHECK(add(d("2026-11-23"), 15) == d("2026-12-14"));
    // Across the 2022 State Funeral and Platinum Jubilee.
    CHECK(add(d("2022-09-16"), 1) == d("2022-09-20"));
    CHECK(add(d("2022-06-01"), 1) == d("2022-06-06"));
}

TEST_CASE("calendar::add_working_days agrees with a day-by-day count everywhere") {
    std::mt19937 rng(20261122);
    const long span = (last_supported_date - first_supported_date).count();
    std::uniform_int_distribution<long> day(400, span - 400);
    std::uniform_int_distribution<long> count(-250, 250);
    const Calendar scotland(Division::scotland, {}, {}, CalendarKind::statutory);
    for (int i = 0; i < 20000; ++i) {
        const Date from = first_supported_date + date::days{day(rng)};
        const long n = count(rng);
        const Calendar& cal = i % 2 ? england() : scotland;
        CAPTURE(format_iso(from));
        CAPTURE(n);
        REQUIRE(*cal.add_working_days(from, n) == (n == 0 ? from : naive_workday(cal, from, n)));
    }
}

TEST_CASE("calendar::working_days_between inverts add_working_days") {
    CHECK(*england().working_days_between(d("2026-12-24"), d("2027-01-04")) == 4);
    CHECK(*england().working_days_between(d("2026-11-20"), d("2026-11-20")) == 0);
    CHECK(*england().working_days_between(d("2026-11-20"), d("2026-11-22")) == 0); // Fri -> Sun
    CHECK(*england().working_days_between(d("2026-11-23"), d("2026-11-20")) == -1);
    CHECK(*england().working_days_between(d("2026-11-22"), d("2026-11-20")) ==
          -1); // Sun back to Fri
    std::mt19937 rng(7);
    std::uniform_int_distribution<long> day(700, 39000), count(-400, 400);
    for (int i = 0; i < 20000; ++i) {
        const Date a = first_supported_date + date::days{day(rng)};
        const long n = count(rng);
        CAPTURE(format_iso(a));
        CAPTURE(n);
        REQUIRE(*england().working_days_between(a, add(a, n)) == n);
    }
}

TEST_CASE("calendar::networkdays counts both ends like NETWORKDAYS") {
    CHECK(*england().networkdays(d("2026-12-24"), d("2027-01-04")) == 5);
    CHECK(*england().networkdays(d("2027-01-04"), d("2026-12-24")) == -5);
    CHECK(*england().networkdays(d("2026-11-20"), d("2026-11-20")) == 1); // a working day
    CHECK(*england().networkdays(d("2026-11-21"), d("2026-11-21")) == 0); // Saturday
    CHECK(*england().networkdays(d("2026-11-21"), d("2026-11-27")) == 5);
    CHECK(*england().networkdays(d("2026-01-01"), d("2026-12-31")) == 253); // 261 weekdays - 8
}

TEST_CASE("calendar::day_info says why a day is not worked") {
    CHECK(england().day_info(d("2026-11-23"))->working);
    CHECK(england().day_info(d("2026-11-21"))->reason == "Saturday");
    CHECK(england().day_info(d("2026-11-22"))->reason == "Sunday");
    CHECK(england().day_info(d("2026-12-28"))->reason == "Boxing Day (substitute day)");
    CHECK(england().day_info(d("2026-12-25"))->reason == "Christmas Day");
    CHECK(england().day_info(d("2026-12-26"))->reason == "Saturday");
}

TEST_CASE("calendar::range is enforced / never guessed") {
    CHECK_FALSE(england().add_working_days(d("2099-12-30"), 5).ok());
    CHECK_FALSE(england().add_working_days(d("1990-01-03"), -5).ok());
    CHECK_FALSE(england().day_info(d("1989-12-31")).ok());
    CHECK_FALSE(england().day_info(d("2100-01-01")).ok());
    CHECK(england().add_working_days(d("2099-12-30"), 1).ok());
    const auto e = england().add_working_days(d("2099-12-30"), 5).error();
    CHECK(e.diag.message.find("2099-12-31") != std::string::npos);
}

TEST_CASE("calendar::closures count only on the local calendar") {
    const std::vector<Closure> shut{{d("2026-12-29"), d("2026-12-31"), "offices closed"}};
    const Calendar local(Division::england_and_wales, {}, shut, CalendarKind::local);
    const Calendar statutory(Division::england_and_wales, {}, shut, CalendarKind::statutory);
    CHECK(*local.add_working_days(d("2026-12-24"), 1) == d("2027-01-04"));
    CHECK(*statutory.add_working_days(d("2026-12-24"), 1) == d("2026-12-29"));
    CHECK(local.day_info(d("2026-12-30"))->reason == "office closure: offices closed");
    // A bank holiday inside a closure keeps its own name.
    const std::vector<Closure> xmas{{d("2026-12-24"), d("2026-12-31"), "closed"}};
    const Calendar wide(Division::england_and_wales, {}, xmas, CalendarKind::local);
    CHECK(wide.day_info(d("2026-12-25"))->reason == "Christmas Day");
}

TEST_CASE("calendar::official data replaces the rules for the years it covers") {
    OfficialHolidays official;
    official[Division::england_and_wales][2030] = {
        {d("2030-01-01"), "New Year’s Day", "", true, HolidaySource::imported}};
    const Calendar cal(Division::england_and_wales, official, {}, CalendarKind::statutory);
    CHECK(cal.day_info(d("2030-12-25"))->working); // not in the official 2030 list
    CHECK_FALSE(cal.day_info(d("2030-01-01"))->working);
    CHECK_FALSE(cal.day_info(d("2031-12-25"))->working); // 2031: rules still apply
    CHECK(cal.holidays_in(2030).size() == 1);
    CHECK(cal.holidays_in(2030)[0].source == HolidaySource::imported);
}

TEST_CASE("calendar::add_months follows EDATE") {
    CHECK(*add_months(d("2026-08-31"), 6) == d("2027-02-28"));
    CHECK(*add_months(d("2027-08-31"), 6) == d("2028-02-29"));
    CHECK(*add_months(d("2026-01-31"), 1) == d("2026-02-28"));
    CHECK(*add_months(d("2024-02-29"), 12) == d("2025-02-28"));
    CHECK(*add_months(d("2026-03-31"), -1) == d("2026-02-28"));
    CHECK(*add_months(d("2026-11-20"), 6) == d("2027-05-20"));
    CHECK(*add_months(d("2026-12-15"), 1) == d("2027-01-15"));
    CHECK_FALSE(add_months(d("2099-08-01"), 6).ok());
}
