// Counts with units ("5wd", "6m", "-2w") and the date words scr accepts ("today", "+5wd").
#pragma once

#include "calendar/calendar.h"

#include <string_view>

namespace scr {

/// The unit of a count: working days, calendar days, weeks or calendar months.
enum class PeriodUnit { working_days, days, weeks, months };

/// A signed count of some unit.
struct Period {
    long count = 0;
    PeriodUnit unit = PeriodUnit::working_days;
};

/// Parses `N[unit]` with unit `wd` (the default), `d`, `w` or `m`, N optionally signed.
Result<Period> parse_period(std::string_view text, std::string_view field);

/// The date `p` after `d` (WORKDAY, plain days, weeks, or EDATE for months); a result outside
/// the calendar's range is an error about `field`, the input that holds the count.
Result<Date> apply_period(Date d, Period p, const Calendar& calendar, std::string_view field);

/// The suffix that writes a unit back ("wd", "d", "w", "m"), the inverse of parse_period.
std::string_view period_unit_suffix(PeriodUnit unit);

/// Reads a date argument: `YYYY-MM-DD`, `today`, `tomorrow`, `yesterday`, or a signed period
/// relative to `today` (`+5wd`, `-3d`, `+2w`, `+6m`); `today` is only consulted for those.
Result<Date> resolve_date(std::string_view text, const Result<Date>& today,
                          const Calendar& calendar, std::string_view field);

} // namespace scr
