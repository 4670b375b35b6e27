#include "process/select.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

bool is_action(std::string_view id) {
    return id.rfind("action:", 0) == 0;
}

} // namespace

bool is_open(const Deadline& d) {
    return d.status == DeadlineStatus::pending || d.status == DeadlineStatus::due_today ||
           d.status == DeadlineStatus::overdue;
}

bool matches(const Deadline& d, const DeadlineFilter& f) {
    if (f.pending_only && !is_open(d)) return false;
    if (f.overdue_only && d.status != DeadlineStatus::overdue) return false;
    // "Due within N working days" includes what is already late: it is owed sooner still.
    if (f.within && (!is_open(d) || d.working_days_left.value_or(0) > *f.within)) return false;
    if (!f.owner.empty() && !same_ignoring_case(f.owner, d.owner)) return false;
    if (!f.milestones.empty() &&
        std::none_of(f.milestones.begin(), f.milestones.end(), [&](const std::string& m) {
            return m == d.milestone || (m == "action" && is_action(d.milestone));
        }))
        return false;
    if (!f.statuses.empty() &&
        std::find(f.statuses.begin(), f.statuses.end(), d.status) == f.statuses.end())
        return false;
    return true;
}

Status check_milestone_name(std::string_view name, const ProfileSet& profiles,
                            std::string_view field) {
    if (name == "action" || (is_action(name) && name.size() > 7) || profiles.find(name))
        return ok();
    std::string known;
    for (const Milestone* m : profiles.milestones())
        known += (known.empty() ? "" : ", ") + m->id;
    return bad_input(std::string(field), "is not a milestone of the profiles in force",
                     fmt::format("use one of {}, action or action:ID", known));
}

} // namespace scr
