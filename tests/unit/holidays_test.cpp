// Bank holidays by rule against GOV.UK's published lists (DOMAIN.md "Working days"; the
// expected dates below are GOV.UK's, from ../shared/data/bank-holidays-england-and-wales.tsv).
#include "helpers.h"

#include "calendar/govuk.h"
#include "store/fs.h"

#include <map>
#include <set>
#include <vector>

using namespace scr;
using scr::test::d;

namespace {

struct Expected {
    const char* date;
    const char* title;
};

// GOV.UK: England and Wales bank holidays 2012-2027 as observed.
const Expected england_and_wales_2012_2027[] = {
    {"2012-01-02", "New Year’s Day (Substitute day)"},
    {"2012-04-06", "Good Friday"},
    {"2012-04-09", "Easter Monday"},
    {"2012-05-07", "Early May bank holiday"},
    {"2012-06-04", "Spring bank holiday (Substitute day)"},
    {"2012-06-05", "Queen’s Diamond Jubilee (Extra bank holiday)"},
    {"2012-08-27", "Summer bank holiday"},
    {"2012-12-25", "Christmas Day"},
    {"2012-12-26", "Boxing Day"},
    {"2013-01-01", "New Year’s Day"},
    {"2013-03-29", "Good Friday"},
    {"2013-04-01", "Easter Monday"},
    {"2013-05-06", "Early May bank holiday"},
    {"2013-05-27", "Spring bank holiday"},
    {"2013-08-26", "Summer bank holiday"},
    {"2013-12-25", "Christmas Day"},
    {"2013-12-26", "Boxing Day"},
    {"2014-01-01", "New Year’s Day"},
    {"2014-04-18", "Good Friday"},
    {"2014-04-21", "Easter Monday"},
    {"2014-05-05", "Early May bank holiday"},
    {"2014-05-26", "Spring bank holiday"},
    {"2014-08-25", "Summer bank holiday"},
    {"2014-12-25", "Christmas Day"},
    {"2014-12-26", "Boxing Day"},
    {"2015-01-01", "New Year’s Day"},
    {"2015-04-03", "Good Friday"},
    {"2015-04-06", "Easter Monday"},
    {"2015-05-04", "Early May bank holiday"},
    {"2015-05-25", "Spring bank holiday"},
    {"2015-08-31", "Summer bank holiday"},
    {"2015-12-25", "Christmas Day"},
    {"2015-12-28", "Boxing Day (Substitute day)"},
    {"2016-01-01", "New Year’s Day"},
    {"2016-03-25", "Good Friday"},
    {"2016-03-28", "Easter Monday"},
    {"2016-05-02", "Early May bank holiday"},
    {"2016-05-30", "Spring bank holiday"},
    {"2016-08-29", "Summer bank holiday"},
    {"2016-12-26", "Boxing Day"},
    {"2016-12-27", "Christmas Day (Substitute day)"},
    {"2017-01-02", "New Year’s Day (Substitute day)"},
    {"2017-04-14", "Good Friday"},
    {"2017-04-17", "Easter Monday"},
    {"2017-05-01", "Early May bank holiday"},
    {"2017-05-29", "Spring bank holiday"},
    {"2017-08-28", "Summer bank holiday"},
    {"2017-12-25", "Christmas Day"},
    {"2017-12-26", "Boxing Day"},
    {"2018-01-01", "New Year’s Day"},
    {"2018-03-30", "Good Friday"},
    {"2018-04-02", "Easter Monday"},
    {"2018-05-07", "Early May bank holiday"},
    {"2018-05-28", "Spring bank holiday"},
    {"2018-08-27", "Summer bank holiday"},
    {"2018-12-25", "Christmas Day"},
    {"2018-12-26", "Boxing Day"},
    {"2019-01-01", "New Year’s Day"},
    {"2019-04-19", "Good Friday"},
    {"2019-04-22", "Easter Monday"},
    {"2019-05-06", "Early May bank holiday"},
    {"2019-05-27", "Spring bank holiday"},
    {"2019-08-26", "Summer bank holiday"},
    {"2019-12-25", "Christmas Day"},
    {"2019-12-26", "Boxing Day"},
    {"2020-01-01", "New Year’s Day"},
    {"2020-04-10", "Good Friday"},
    {"2020-04-13", "Easter Monday"},
    {"2020-05-08", "Early May bank holiday (VE day)"},
    {"2020-05-25", "Spring bank holiday"},
    {"2020-08-31", "Summer bank holiday"},
    {"2020-12-25", "Christmas Day"},
    {"2020-12-28", "Boxing Day (Substitute day)"},
    {"2021-01-01", "New Year’s Day"},
    {"2021-04-02", "Good Friday"},
    {"2021-04-05", "Easter Monday"},
    {"2021-05-03", "Early May bank holiday"},
    {"2021-05-31", "Spring bank holiday"},
    {"2021-08-30", "Summer bank holiday"},
    {"2021-12-27", "Christmas Day (Substitute day)"},
    {"2021-12-28", "Boxing Day (Substitute day)"},
    {"2022-01-03", "New Year’s Day (Substitute day)"},
    {"2022-04-15", "Good Friday"},
    {"2022-04-18", "Easter Monday"},
    {"2022-05-02", "Early May bank holiday"},
    {"2022-06-02", "Spring bank holiday"},
    {"2022-06-03", "Platinum Jubilee bank holiday"},
    {"2022-08-29", "Summer bank holiday"},
    {"2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"},
    {"2022-12-26", "Boxing Day"},
    {"2022-12-27", "Christmas Day (Substitute day)"},
    {"2023-01-02", "New Year’s Day (Substitute day)"},
    {"2023-04-07", "Good Friday"},
    {"2023-04-10", "Easter Monday"},
    {"2023-05-01", "Early May bank holiday"},
    {"2023-05-08", "Bank holiday for the coronation of King Charles III"},
    {"2023-05-29", "Spring bank holiday"},
    {"2023-08-28", "Summer bank holiday"},
    {"2023-12-25", "Christmas Day"},
    {"2023-12-26", "Boxing Day"},
    {"2024-01-01", "New Year’s Day"},
    {"2024-03-29", "Good Friday"},
    {"2024-04-01", "Easter Monday"},
    {"2024-05-06", "Early May bank holiday"},
    {"2024-05-27", "Spring bank holiday"},
    {"2024-08-26", "Summer bank holiday"},
    {"2024-12-25", "Christmas Day"},
    {"2024-12-26", "Boxing Day"},
    {"2025-01-01", "New Year’s Day"},
    {"2025-04-18", "Good Friday"},
    {"2025-04-21", "Easter Monday"},
    {"2025-05-05", "Early May bank holiday"},
    {"2025-05-26", "Spring bank holiday"},
    {"2025-08-25", "Summer bank holiday"},
    {"2025-12-25", "Christmas Day"},
    {"2025-12-26", "Boxing Day"},
    {"2026-01-01", "New Year’s Day"},
    {"2026-04-03", "Good Friday"},
    {"2026-04-06", "Easter Monday"},
    {"2026-05-04", "Early May bank holiday"},
    {"2026-05-25", "Spring bank holiday"},
    {"2026-08-31", "Summer bank holiday"},
    {"2026-12-25", "Christmas Day"},
    {"2026-12-28", "Boxing Day (Substitute day)"},
    {"2027-01-01", "New Year’s Day"},
    {"2027-03-26", "Good Friday"},
    {"2027-03-29", "Easter Monday"},
    {"2027-05-03", "Early May bank holiday"},
    {"2027-05-31", "Spring bank holiday"},
    {"2027-08-30", "Summer bank holiday"},
    {"2027-12-27", "Christmas Day (Substitute day)"},
    {"2027-12-28", "Boxing Day (Substitute day)"},
};

std::vector<Date> dates(const std::vector<Holiday>& list) {
    std::vector<Date> out;
    for (const Holiday& h : list)
        out.push_back(h.date);
    return out;
}

std::set<Date> rule_dates(Division div, int year) {
    auto v = dates(rule_holidays(div, year));
    return {v.begin(), v.end()};
}

} // namespace

TEST_CASE("holidays::england_and_wales 2012-2027 match GOV.UK day for day") {
    std::map<int, std::vector<Date>> expected;
    for (const Expected& e : england_and_wales_2012_2027)
        expected[year_of(d(e.date))].push_back(d(e.date));
    CHECK(expected.size() == 16);
    for (const auto& [year, list] : expected) {
        CAPTURE(year);
        CHECK(dates(rule_holidays(Division::england_and_wales, year)) == list);
    }
}

TEST_CASE("holidays::every division 2019-2028 matches GOV.UK's bank-holidays.json") {
    auto text = read_file(std::string(SCR_TEST_DATA) + "/govuk-bank-holidays.json", 1 << 20);
    REQUIRE(text.ok());
    auto official = parse_govuk_json(*text, "govuk-bank-holidays.json");
    REQUIRE(official.ok());
    int years = 0;
    for (const auto& [division, by_year] : *official) {
        CHECK(years_differing_from_rules(division, by_year) == 0);
        for (const auto& [year, list] : by_year) {
            CAPTURE(division_slug(division));
            CAPTURE(year);
            CHECK(dates(rule_holidays(division, year)) == dates(list));
            ++years;
        }
    }
    CHECK(years == 30); // three divisions, ten years each
}

TEST_CASE("holidays::substitute days for Christmas / Boxing Day and New Year at weekends") {
    const auto ew = Division::england_and_wales;
    // 2021: Christmas Saturday, Boxing Day Sunday: Monday 27 and Tuesday 28.
    CHECK(rule_dates(ew, 2021).count(d("2021-12-27")) == 1);
    CHECK(rule_dates(ew, 2021).count(d("2021-12-28")) == 1);
    // 2022: Christmas Sunday: Boxing Day keeps Monday 26, Christmas moves to Tuesday 27.
    CHECK(rule_dates(ew, 2022).count(d("2022-12-26")) == 1);
    CHECK(rule_dates(ew, 2022).count(d("2022-12-27")) == 1);
    // 2020: Boxing Day Saturday: Monday 28.
    CHECK(rule_dates(ew, 2020).count(d("2020-12-28")) == 1);
    // 2033: New Year's Day Saturday: Monday 3 January.
    CHECK(rule_dates(ew, 2033).count(d("2033-01-03")) == 1);
    // Scotland 2022: 1 and 2 January at the weekend: Monday 3 and Tuesday 4.
    CHECK(rule_dates(Division::scotland, 2022).count(d("2022-01-03")) == 1);
    CHECK(rule_dates(Division::scotland, 2022).count(d("2022-01-04")) == 1);
    // Scotland 2023: 1 January Sunday, 2 January Monday: New Year's substitute Tuesday 3.
    CHECK(rule_dates(Division::scotland, 2023).count(d("2023-01-03")) == 1);
}

TEST_CASE("holidays::Scotland and Northern Ireland days of their own") {
    // St Andrew's Day Bank Holiday (Scotland) Act 2007: from 2007, weekend -> following Monday.
    CHECK(rule_dates(Division::scotland, 2006).count(d("2006-11-30")) == 0);
    CHECK(rule_dates(Division::scotland, 2007).count(d("2007-11-30")) == 1);
    CHECK(rule_dates(Division::scotland, 2025).count(d("2025-12-01")) == 1);
    CHECK(rule_dates(Division::scotland, 2030).count(d("2030-12-02")) == 1);
    // No Easter Monday in Scotland; first Monday of August for summer.
    CHECK(rule_dates(Division::scotland, 2026).count(d("2026-04-06")) == 0);
    CHECK(rule_dates(Division::scotland, 2026).count(d("2026-08-03")) == 1);
    CHECK(rule_dates(Division::scotland, 2026).count(d("2026-08-31")) == 0);
    // Northern Ireland: St Patrick's Day and the Boyne, each to Monday at a weekend.
    CHECK(rule_dates(Division::northern_ireland, 2024).count(d("2024-03-18")) == 1);
    CHECK(rule_dates(Division::northern_ireland, 2025).count(d("2025-07-14")) == 1);
    CHECK(rule_dates(Division::northern_ireland, 2020).count(d("2020-07-13")) == 1);
    CHECK(rule_dates(Division::england_and_wales, 2024).count(d("2024-03-18")) == 0);
}

TEST_CASE("holidays::one-off years") {
    for (Division div : all_divisions) {
        CAPTURE(division_slug(div));
        // 1995: early May moved from 1 May to 8 May (VE Day 50).
        CHECK(rule_dates(div, 1995).count(d("1995-05-01")) == 0);
        CHECK(rule_dates(div, 1995).count(d("1995-05-08")) == 1);
        // 1999: Millennium, Friday 31 December.
        CHECK(rule_dates(div, 1999).count(d("1999-12-31")) == 1);
        // 2002: spring holiday moved to Tuesday 4 June, Golden Jubilee Monday 3 June.
        CHECK(rule_dates(div, 2002).count(d("2002-05-27")) == 0);
        CHECK(rule_dates(div, 2002).count(d("2002-06-03")) == 1);
        CHECK(rule_dates(div, 2002).count(d("2002-06-04")) == 1);
        // 2011: royal wedding.
        CHECK(rule_dates(div, 2011).count(d("2011-04-29")) == 1);
        // 2012: spring to 4 June, Diamond Jubilee 5 June.
        CHECK(rule_dates(div, 2012).count(d("2012-05-28")) == 0);
        CHECK(rule_dates(div, 2012).count(d("2012-06-05")) == 1);
        // 2020: early May to Friday 8 May (VE Day 75).
        CHECK(rule_dates(div, 2020).count(d("2020-05-04")) == 0);
        CHECK(rule_dates(div, 2020).count(d("2020-05-08")) == 1);
        // 2022: spring to 2 June, Platinum Jubilee 3 June, State Funeral 19 September.
        CHECK(rule_dates(div, 2022).count(d("2022-05-30")) == 0);
        CHECK(rule_dates(div, 2022).count(d("2022-06-02")) == 1);
        CHECK(rule_dates(div, 2022).count(d("2022-09-19")) == 1);
        // 2023: Coronation, Monday 8 May.
        CHECK(rule_dates(div, 2023).count(d("2023-05-08")) == 1);
    }
    // 2026: World Cup bank holiday in Scotland only.
    CHECK(rule_dates(Division::scotland, 2026).count(d("2026-06-15")) == 1);
    CHECK(rule_dates(Division::england_and_wales, 2026).count(d("2026-06-15")) == 0);
    // Ordinary years keep their usual days.
    CHECK(rule_dates(Division::england_and_wales, 1996).count(d("1996-05-06")) == 1);
    CHECK(rule_dates(Division::england_and_wales, 1998).size() == 8);
}

TEST_CASE("holidays::easter_sunday") {
    CHECK(easter_sunday(2008) == d("2008-03-23"));
    CHECK(easter_sunday(2019) == d("2019-04-21"));
    CHECK(easter_sunday(2024) == d("2024-03-31"));
    CHECK(easter_sunday(2025) == d("2025-04-20"));
    CHECK(easter_sunday(2038) == d("2038-04-25"));
    CHECK(easter_sunday(2099) == d("2099-04-12"));
    CHECK(easter_sunday(1990) == d("1990-04-15"));
}

TEST_CASE("holidays::division slugs round trip") {
    for (Division div : all_divisions)
        CHECK(parse_division(division_slug(div)) == div);
    CHECK_FALSE(parse_division("wales").has_value());
}

// Oudin's method (1940), an independent computus, checks the one in the library for every year.
static Date easter_oudin(int y) {
    const int g = y % 19, c = y / 100;
    const int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
    const int i = h - (h / 28) * (1 - (h / 28) * (29 / (h + 1)) * ((21 - g) / 11));
    const int j = (y + y / 4 + i + 2 - c + c / 4) % 7;
    const int p = i - j;
    return make_date(y, static_cast<unsigned>(3 + (p + 26) / 30),
                     static_cast<unsigned>(1 + (p + 27 + (p + 6) / 40) % 31));
}

TEST_CASE("holidays::easter_sunday agrees with Oudin's method 1990-2099") {
    for (int y = 1990; y <= 2099; ++y) {
        CAPTURE(y);
        CHECK(easter_sunday(y) == easter_oudin(y));
    }
}
