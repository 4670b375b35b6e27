// Bank holidays: the three UK divisions, the rules that generate their days, and the one-off
// changes, so the calendar works without any downloaded data.
#pragma once

#include "calendar/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// The GOV.UK divisions; each has its own bank holidays (DOMAIN.md "Working days").
enum class Division { england_and_wales, scotland, northern_ireland };

/// Where a holiday in force came from.
enum class HolidaySource { rules, imported };

/// One bank holiday as GOV.UK lists it: `notes` is "Substitute day" or empty.
struct Holiday {
    Date date;
    std::string title;
    std::string notes;
    bool bunting = true;
    HolidaySource source = HolidaySource::rules;
};

/// All three divisions, in GOV.UK's order.
inline constexpr Division all_divisions[] = {Division::england_and_wales, Division::scotland,
                                             Division::northern_ireland};

/// The GOV.UK slug of a division ("england-and-wales").
std::string_view division_slug(Division d);

/// The division named by a GOV.UK slug, if any.
std::optional<Division> parse_division(std::string_view slug);

/// Every bank holiday of `year` in `division` by the rules and known one-off changes, by date.
std::vector<Holiday> rule_holidays(Division division, int year);

/// Easter Sunday of a Gregorian year (anonymous Gregorian algorithm).
Date easter_sunday(int year);

/// "Christmas Day (substitute day)": the title with its notes, as a reason a day is not worked.
std::string describe(const Holiday& h);

} // namespace scr
