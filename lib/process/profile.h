// Process profiles: the milestones a partnership works to, as data (PRODUCT.md "Process
// profiles", issue 5). Each milestone says which event starts its clock, how long it runs, on
// which calendar, which event stops it, when it applies, who owes it and where the rule comes from.
#pragma once
#include "calendar/calendar.h"
#include "calendar/period.h"
#include "case/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// Who owes a milestone (issue 5: the partnership, the local authority, the National Panel).
enum class Owner { partnership, local_authority, national_panel };
/// The file spelling of an owner (`local-authority`).
std::string_view owner_slug(Owner o);
/// Parses an owner spelling; nullopt when it is not one.
std::optional<Owner> parse_owner(std::string_view text);

/// What a calendar-day, week or month period does when it lands on a non-working day.
enum class Roll { none, previous_working_day, next_working_day };
std::string_view roll_slug(Roll r);
std::optional<Roll> parse_roll(std::string_view text);

/// Which `from` event starts the clock when a case has several: the first, or for a planned
/// date that may be replanned, the next one not yet passed (else the last).
enum class StartAt { first, next };

/// Whether the period runs forward from the start event or back from it ("7 working days before").
enum class Direction { after, before };

/// A milestone's period as written: a count, a unit and a direction.
struct MilestonePeriod {
    long count = 0;
    PeriodUnit unit = PeriodUnit::working_days;
    Direction direction = Direction::after;
};
/// Parses `5 working days`, `1 week`, `6 months`, `7 working days before`, `2 days`.
Result<MilestonePeriod> parse_milestone_period(std::string_view text, std::string_view field);
/// Writes a period back as a person reads it (`15 working days`).
std::string describe_period(const MilestonePeriod& p);

/// A decision recorded on the timeline that a milestone's applying depends on.
enum class Decision { screening, recommendation, panel, publication };
std::string_view decision_slug(Decision d);
/// The event type and field that hold a decision (`screening` + `outcome`).
std::pair<std::string_view, std::string_view> decision_field(Decision d);

/// "Applies only when the latest `decision` is one of `values`"; undecided still applies.
struct Condition {
    Decision decision = Decision::screening;
    std::vector<std::string> values;
};

/// One deadline a case may owe.
struct Milestone {
    std::string id, title;
    std::string from; // the event type that starts the clock
    StartAt start_at = StartAt::first;
    MilestonePeriod period;
    std::string done_when;   // the event type that completes it
    std::vector<Kind> kinds; // empty: every kind
    std::vector<Condition> conditions;
    Owner owner = Owner::partnership;
    std::string cutoff; // "17:00", or empty
    CalendarKind calendar = CalendarKind::statutory;
    Roll roll = Roll::none;
    std::string source;
    std::string profile; // the profile it belongs to
};

/// A named set of milestones.
struct Profile {
    std::string name, title, source;
    std::vector<Milestone> milestones;
};

/// Reads a profile from YAML text; `file` names it in diagnostics (every problem, first first).
Result<Profile> parse_profile(std::string_view text, std::string_view file);
/// The YAML text of the built-in `statutory` profile (PRODUCT.md "Event types").
std::string_view statutory_profile_text();
/// The built-in `statutory` profile, parsed from that text.
const Profile& statutory_profile();

/// The profiles in force, merged: every milestone id once.
struct ProfileSet {
    std::vector<Profile> profiles;
    /// Every milestone of every profile, in profile order.
    std::vector<const Milestone*> milestones() const;
    /// The milestone called `id`, or nullptr.
    const Milestone* find(std::string_view id) const;
};

/// Adds `profile` (read from `file`) to `set`; a milestone id already in force is an error.
Status add_profile(ProfileSet& set, Profile profile, std::string_view file);
/// Makes `event` (notified or aware) start every profile's `rapid-review` clock (scr.yaml
/// `rapid_review_from`; 002 s4.2 counts from notification). From awareness it is owed only by
/// serious incidents that screening did not decide against.
void start_rapid_review_at(ProfileSet& set, std::string_view event);

/// Whether `id` is a usable milestone id: lower-case words joined by '-', at most 40 bytes.
bool valid_milestone_id(std::string_view id);

} // namespace scr
