#include "process/profile.h"

#include "case/event_types.h"
#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace scr {

std::string_view owner_slug(Owner o) {
    switch (o) {
    case Owner::partnership:
        return "partnership";
    case Owner::local_authority:
        return "local-authority";
    case Owner::national_panel:
        return "national-panel";
    }
    return "partnership";
}

std::optional<Owner> parse_owner(std::string_view text) {
    for (Owner o : {Owner::partnership, Owner::local_authority, Owner::national_panel})
        if (owner_slug(o) == text) return o;
    return std::nullopt;
}

std::string_view roll_slug(Roll r) {
    switch (r) {
    case Roll::none:
        return "none";
    case Roll::previous_working_day:
        return "previous-working-day";
    case Roll::next_working_day:
        return "next-working-day";
    }
    return "none";
}

std::optional<Roll> parse_roll(std::string_view text) {
    for (Roll r : {Roll::none, Roll::previous_working_day, Roll::next_working_day})
        if (roll_slug(r) == text) return r;
    return std::nullopt;
}

std::string_view decision_slug(Decision d) {
    switch (d) {
    case Decision::screening:
        return "screening";
    case Decision::recommendation:
        return "recommendation";
    case Decision::panel:
        return "panel";
    case Decision::publication:
        return "publication";
    }
    return "screening";
}

std::pair<std::string_view, std::string_view> decision_field(Decision d) {
    switch (d) {
    case Decision::screening:
        return {"screening", "outcome"};
    case Decision::recommendation:
        return {"rapid-review-submitted", "recommendation"};
    case Decision::panel:
        return {"panel-response", "outcome"};
    case Decision::publication:
        return {"publication-decided", "outcome"};
    }
    return {"screening", "outcome"};
}

Result<MilestonePeriod> parse_milestone_period(std::string_view text, std::string_view field) {
    auto fail = [&] {
        return bad_input(std::string(field), fmt::format("'{}' is not a period", excerpt(text)),
                         "write e.g. '5 working days', '2 days', '1 week', '6 months' or "
                         "'7 working days before'");
    };
    MilestonePeriod p;
    if (text.empty() || text.front() < '0' || text.front() > '9') return fail();
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), p.count);
    if (ec != std::errc{} || end == text.data() || p.count < 0) return fail();
    std::string_view rest(end, static_cast<std::size_t>(text.data() + text.size() - end));
    if (rest.size() > 7 && rest.substr(rest.size() - 7) == " before") {
        p.direction = Direction::before;
        rest.remove_suffix(7);
    }
    const bool one = p.count == 1;
    if (rest == (one ? " working day" : " working days"))
        p.unit = PeriodUnit::working_days;
    else if (rest == (one ? " day" : " days"))
        p.unit = PeriodUnit::days;
    else if (rest == (one ? " week" : " weeks"))
        p.unit = PeriodUnit::weeks;
    else if (rest == (one ? " month" : " months"))
        p.unit = PeriodUnit::months;
    else
        return fail();
    // About four years at most, so a due date stays inside the calendar for any case.
    const long most = p.unit == PeriodUnit::working_days ? 1000
                      : p.unit == PeriodUnit::days       ? 1461
                      : p.unit == PeriodUnit::weeks      ? 208
                                                         : 48;
    if (p.count > most)
        return bad_input(std::string(field), fmt::format("'{}' is too long", excerpt(text)),
                         "a period runs at most 1000 working days, 1461 days, 208 weeks or 48 "
                         "months");
    return p;
}

std::string describe_period(const MilestonePeriod& p) {
    const bool one = p.count == 1;
    std::string_view unit;
    switch (p.unit) {
    case PeriodUnit::working_days:
        unit = one ? "working day" : "working days";
        break;
    case PeriodUnit::days:
        unit = one ? "day" : "days";
        break;
    case PeriodUnit::weeks:
        unit = one ? "week" : "weeks";
        break;
    case PeriodUnit::months:
        unit = one ? "month" : "months";
        break;
    }
    return fmt::format("{} {}{}", p.count, unit, p.direction == Direction::before ? " before" : "");
}

bool valid_milestone_id(std::string_view id) {
    return valid_type_name(id); // the same spelling as event types: lower-case words and '-'
}

std::vector<const Milestone*> ProfileSet::milestones() const {
    std::vector<const Milestone*> all;
    for (const Profile& p : profiles)
        for (const Milestone& m : p.milestones)
            all.push_back(&m);
    return all;
}

const Milestone* ProfileSet::find(std::string_view id) const {
    for (const Profile& p : profiles)
        for (const Milestone& m : p.milestones)
            if (m.id == id) return &m;
    return nullptr;
}

Status add_profile(ProfileSet& set, Profile profile, std::string_view file) {
    for (const Profile& p : set.profiles)
        if (p.name == profile.name)
            return Error{{std::string(file), 0, 0, "name",
                          fmt::format("profile '{}' is already in force", profile.name),
                          "give each profile its own name"},
                         Failure::bad_input};
    for (const Milestone& m : profile.milestones)
        if (const Milestone* there = set.find(m.id))
            return Error{{std::string(file), 0, 0, "milestones",
                          fmt::format("milestone '{}' is already defined by profile '{}'", m.id,
                                      there->profile),
                          "milestone ids are shared by every profile in force: rename one"},
                         Failure::bad_input};
    set.profiles.push_back(std::move(profile));
    return ok();
}

void start_rapid_review_at(ProfileSet& set, std::string_view event) {
    if (event != "aware") return;
    for (Profile& p : set.profiles)
        for (Milestone& m : p.milestones) {
            if (m.id != "rapid-review") continue;
            // Counted from awareness, the Rapid Review is owed where a notification is: a
            // serious incident that screening did not decide against (002 s2.4, s4.2).
            m.from = "aware";
            m.kinds = {Kind::serious_incident};
            m.conditions = {{Decision::screening, {"meets-rapid-review", "queries-to-referrer"}}};
            m.source += "; counted from awareness (scr.yaml rapid_review_from: aware)";
        }
}

} // namespace scr
