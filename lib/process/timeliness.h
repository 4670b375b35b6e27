// Timeliness over a period (issue 6): for each milestone, how many fell due or were completed,
// on time, late, still overdue, and the median and longest working days taken; counts by kind,
// screening outcome, recommendation and Panel outcome, as an annual report and the National
// Panel ask for them.
#pragma once

#include "process/deadlines.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scr {

/// One milestone's figures over the period.
struct MilestoneTimeliness {
    std::string milestone, title;
    int fell_due = 0;     // due in the period and owed
    int completed = 0;    // completed in the period
    int on_time = 0;      // of those, on or before the (extended) due date
    int late = 0;         // of those, after it
    int open_overdue = 0; // due in the period, not done, overdue on the as-of date
    std::optional<double> median_working_days; // from clock start to completion, completed ones
    std::optional<long> longest_working_days;
};

/// The figures for a period, worked out as of min(to, today).
struct Timeliness {
    Date from, to, as_of;
    std::vector<MilestoneTimeliness> milestones;
    // counts[group][value]: group is kind, screening, recommendation, panel or events.
    std::map<std::string, std::map<std::string, int>> counts;
};

/// Timeliness of `cases` from `from` to `to` inclusive, judged on `today`.
Result<Timeliness> timeliness(const std::vector<const Case*>& cases, const ProfileSet& profiles,
                              const Calendars& calendars, Date from, Date to, Date today);

} // namespace scr
