// Deadlines: each milestone of the profiles in force, worked out from a case's timeline with the
// calendar (issue 5). Derived every time, never stored (PRODUCT.md "The case file").
#pragma once
#include "process/profile.h"

#include <optional>
#include <string>
#include <vector>

namespace scr {

/// Where a milestone stands on the as-of date (issue 5 "Status").
enum class DeadlineStatus { met, missed, overdue, due_today, pending, not_required };
std::string_view status_slug(DeadlineStatus s);
std::optional<DeadlineStatus> parse_status(std::string_view text);

/// The two calendars a profile may name; `local` adds the partnership's closures.
struct Calendars {
    const Calendar& statutory;
    const Calendar& local;
    const Calendar& of(CalendarKind k) const {
        return k == CalendarKind::local ? local : statutory;
    }
};

/// A day the count passed over, and why it does not count.
struct SkippedDay {
    Date date;
    std::string reason;
};

/// The working behind a due date, as a person would check it by hand.
struct Working {
    std::string from;                    // the start event type, or "action plan"
    std::optional<Date> start;           // its date
    std::string period;                  // "15 working days", as a person reads it
    std::optional<MilestonePeriod> span; // the period itself; none for an action's own date
    CalendarKind calendar = CalendarKind::statutory;
    std::optional<Date> unrolled; // a calendar period's date before rolling, when it was moved
    Roll roll = Roll::none;
    std::vector<SkippedDay> skipped; // non-working days not counted, or rolled over
    std::vector<std::string> notes;  // month ends clamped, a due date on a non-working day
};

/// The decision that made a milestone not required.
struct Cancellation {
    std::string event; // the event type
    Date date;
    std::string value; // its outcome or recommendation
};

/// One milestone of one case.
struct Deadline {
    std::string case_id, milestone, title, owner, source, profile, cutoff;
    std::vector<std::string> children; // pseudonyms only, never names
    Date due;
    std::optional<Date> original_due; // set when an extension moved it
    std::optional<Extension> extension;
    std::optional<Date> completed;
    DeadlineStatus status = DeadlineStatus::pending;
    // Open: left on the as-of date, negative when overdue. Done: left on the day it was done,
    // negative when missed. Not required: none.
    std::optional<long> working_days_left;
    std::optional<Cancellation> cancelled;
    Working working;
    int order = 0; // the milestone's place in the profiles, for a stable sort
};

/// Every deadline of `c` on `as_of`: milestones whose clock has started, and open or done
/// action-plan items with a due date (`action:A1`). Events after `as_of` have not happened yet,
/// except the planned date a period counts back from (`7 working days before`
/// `publication-planned`).
Result<std::vector<Deadline>> case_deadlines(const Case& c, const ProfileSet& profiles,
                                             const Calendars& calendars, Date as_of);

/// Whether `c` is open on `as_of`: received, or some event dated, on or before it, and no
/// `closed` event on or before it.
bool case_is_open(const Case& c, Date as_of);

/// The working days left to `due` on `as_of`: after as_of up to and including due; when due
/// has passed, minus the working days after due up to and including as_of (issue 5).
Result<long> working_days_left(const Calendar& cal, Date due, Date as_of);

/// The due date of milestone `m` whose clock started on `start`, with its working.
Result<Working> work_out_due(const Milestone& m, Date start, const Calendar& cal, Date& due);

/// Orders deadlines by due date, then case, then the profile's milestone order.
void sort_deadlines(std::vector<Deadline>& deadlines);

/// A child's pseudonym, else `Child A`, `Child B`, ... by position: never the name.
std::string child_pseudonym(const Case& c, std::size_t index);

} // namespace scr
