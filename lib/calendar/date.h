// Civil dates: strict ISO parsing and printing, and the calendar-unit arithmetic (days, weeks,
// months) that needs no bank holidays. Working-day arithmetic lives in calendar.h.
#pragma once

#include "core/result.h"

#include <date/date.h>

#include <string>
#include <string_view>

namespace scr {

using Date = date::sys_days;

/// The first date any scr calendar covers (DOMAIN.md: 1990 to 2099 at least).
inline constexpr Date first_supported_date = date::sys_days{date::year{1990} / 1 / 1};
/// The last date any scr calendar covers.
inline constexpr Date last_supported_date = date::sys_days{date::year{2099} / 12 / 31};

/// Builds a date from year, month and day numbers that are known to be valid.
constexpr Date make_date(int y, unsigned m, unsigned d) {
    return date::sys_days{date::year{y} / date::month{m} / date::day{d}};
}

/// Parses exactly `YYYY-MM-DD` naming a real day; `field` names the input in the diagnostic.
Result<Date> parse_iso_date(std::string_view text, std::string_view field);

/// Formats a date as `YYYY-MM-DD`, the only form scr prints and reads back.
std::string format_iso(Date d);

/// Writes `YYYY-MM-DD` into `out` (10 bytes, no terminator): the fast path for streaming output.
void format_iso_into(Date d, char* out);

/// The English name of the day of the week ("Monday").
std::string_view weekday_name(Date d);

/// True for Saturday and Sunday.
bool is_weekend(Date d);

/// The calendar year of a date.
int year_of(Date d);

/// Whether a date lies inside the supported range.
bool in_supported_range(Date d);

/// The earliest date of birth a household member may have: an adult's birth may precede the
/// calendar's range, though no deadline is ever counted from it.
inline constexpr Date first_birth_date = date::sys_days{date::year{1900} / 1 / 1};

/// Which dates a field accepts: the calendar's range, or a date of birth from 1900.
enum class DateRange { calendar, birth };

/// Whether `d` lies inside `range`.
bool in_range(Date d, DateRange range);

/// Spreadsheet EDATE: `n` calendar months on, clamped to the month's last day (31 Aug + 6 = 28/29
/// Feb).
Result<Date> add_months(Date d, long n);

/// `n` calendar days on (negative counts back), failing outside the supported range.
Result<Date> add_days(Date d, long n, std::string_view field = "days");

/// The Diagnostic used whenever arithmetic leaves the supported range.
Error out_of_range(std::string_view what, std::string_view field);

} // namespace scr
