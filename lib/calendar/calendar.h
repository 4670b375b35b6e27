// The working-day calendar in force: a division's bank holidays (rules, overlaid by imported
// official data), optionally the partnership's own closure days, and constant-time arithmetic
// with the semantics of the spreadsheet functions analysts check against.
#pragma once

#include "calendar/govuk.h"
#include "calendar/holidays.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace scr {

/// Days the partnership's offices are shut; they count only on the local calendar.
struct Closure {
    Date from;
    Date to; // inclusive
    std::string reason;
};

/// Which non-working days a calculation honours (issue 2: statutory never counts closures).
enum class CalendarKind { statutory, local };

/// Why a day is or is not a working day.
struct DayInfo {
    bool working = true;
    std::string reason; // "Saturday", "Christmas Day (substitute day)", "office closure: ..."
};

/// A precomputed working-day index over the supported range; every query is O(1).
class Calendar {
public:
    /// Builds the calendar of a division: rules, then official data per year it covers,
    /// then (for the local kind) the closures.
    Calendar(Division division, const OfficialHolidays& official,
             const std::vector<Closure>& closures, CalendarKind kind);

    /// Spreadsheet WORKDAY(d, n): d never counts; n < 0 counts back; n == 0 gives d.
    Result<Date> add_working_days(Date d, long n) const;

    /// Working days after `a` up to and including `b`; when b < a, minus the working days from
    /// b up to but not including a, so add_working_days(a, n) == b gives back n for every n.
    Result<long> working_days_between(Date a, Date b) const;

    /// Spreadsheet NETWORKDAYS(a, b): both ends counted, negative when b < a.
    Result<long> networkdays(Date a, Date b) const;

    /// Whether `d` is a working day, and if not, why.
    Result<DayInfo> day_info(Date d) const;

    /// The bank holidays of a year in force here (closures excluded), by date.
    std::vector<Holiday> holidays_in(int year) const;

    /// The closures counted by this calendar (empty for a statutory one).
    const std::vector<Closure>& closures() const { return m_closures; }

    Division division() const { return m_division; }

private:
    Result<std::int32_t> index_of(Date d, std::string_view field) const;

    Division m_division;
    std::vector<Closure> m_closures;
    std::map<int, std::vector<Holiday>> m_holidays; // by year
    std::vector<std::int32_t> m_count;              // working days in [first, first + i]
    std::vector<std::int32_t> m_nth;                // day index of the k-th working day
    std::vector<std::uint16_t> m_why;               // 0 working; else 1 + index into m_reasons
    std::vector<std::string> m_reasons;
};

} // namespace scr
