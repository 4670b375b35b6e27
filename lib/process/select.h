// Which deadlines a listing shows: `scr deadlines --pending --overdue --within --owner
// --milestone --status` (issue 5), as one rule shared by every format.
#pragma once
#include "process/deadlines.h"

namespace scr {

/// What to keep. Empty lists and absent values keep everything.
struct DeadlineFilter {
    bool pending_only = false; // not completed and still required
    bool overdue_only = false;
    std::optional<long> within;          // open, and at most this many working days left
    std::string owner;                   // exact, ignoring case
    std::vector<std::string> milestones; // ids; `action` means every action-plan item
    std::vector<DeadlineStatus> statuses;
};

/// Whether `d` is owed and not done: pending, due today or overdue.
bool is_open(const Deadline& d);

/// Whether `d` passes `f`.
bool matches(const Deadline& d, const DeadlineFilter& f);

/// Checks a --milestone value against the profiles in force; names the ones there are.
Status check_milestone_name(std::string_view name, const ProfileSet& profiles,
                            std::string_view field);

} // namespace scr
