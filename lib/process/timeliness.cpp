#include "process/timeliness.h"

#include "case/review_terms.h"
#include "case/stage.h"

#include <algorithm>

namespace scr {
namespace {

bool within(Date d, Date from, Date to) {
    return from <= d && d <= to;
}

// Every value a group may take, so a report lists zeros too and its columns never move.
std::map<std::string, std::map<std::string, int>> empty_counts() {
    std::map<std::string, std::map<std::string, int>> counts;
    for (Kind k : {Kind::serious_incident, Kind::case_of_concern, Kind::learning_request})
        counts["kind"][std::string(kind_slug(k))] = 0;
    for (const char* o : {"meets-rapid-review", "no-further-action", "single-agency-learning",
                          "queries-to-referrer"})
        counts["screening"][o] = 0;
    for (std::string_view r : term_ids(recommendation_terms()))
        counts["recommendation"][std::string(r)] = 0;
    for (std::string_view p : term_ids(panel_outcome_terms()))
        counts["panel"][std::string(p)] = 0;
    for (const char* e : {"notified", "rapid-review-submitted", "lcspr-decided", "published"})
        counts["events"][e] = 0;
    return counts;
}

void count_case(const Case& c, Timeliness& t) {
    if (c.received && within(*c.received, t.from, t.to))
        ++t.counts["kind"][std::string(kind_slug(c.kind))];
    for (const Event& e : c.events) {
        if (!within(e.date, t.from, t.to)) continue;
        // Every decision made in the period counts: a case screened twice was decided twice.
        if (e.type == "screening") ++t.counts["screening"][std::string(event_field(e, "outcome"))];
        if (e.type == "rapid-review-submitted")
            ++t.counts["recommendation"][std::string(event_field(e, "recommendation"))];
        if (e.type == "panel-response") ++t.counts["panel"][std::string(event_field(e, "outcome"))];
        if (auto it = t.counts["events"].find(e.type); it != t.counts["events"].end()) ++it->second;
    }
}

std::optional<double> median(std::vector<long> v) {
    if (v.empty()) return std::nullopt;
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? static_cast<double>(v[mid])
                        : (static_cast<double>(v[mid - 1]) + static_cast<double>(v[mid])) / 2.0;
}

} // namespace

Result<Timeliness> timeliness(const std::vector<const Case*>& cases, const ProfileSet& profiles,
                              const Calendars& calendars, Date from, Date to, Date today) {
    if (to < from) return bad_input("--to", "is before --from", "give a period that runs forwards");
    Timeliness t{from, to, std::min(to, today), {}, empty_counts()};
    std::vector<std::vector<long>> taken;
    for (const Milestone* m : profiles.milestones())
        t.milestones.push_back({m->id, m->title, 0, 0, 0, 0, 0, std::nullopt, std::nullopt});
    t.milestones.push_back(
        {"action-plan", "Action-plan items", 0, 0, 0, 0, 0, std::nullopt, std::nullopt});
    taken.resize(t.milestones.size());
    for (const Case* c : cases) {
        count_case(*c, t);
        auto found = case_deadlines(*c, profiles, calendars, t.as_of);
        if (!found) return found.error();
        for (const Deadline& d : *found) {
            const std::string id =
                d.milestone.rfind("action:", 0) == 0 ? "action-plan" : d.milestone;
            auto row =
                std::find_if(t.milestones.begin(), t.milestones.end(),
                             [&](const MilestoneTimeliness& m) { return m.milestone == id; });
            if (row == t.milestones.end() || d.status == DeadlineStatus::not_required) continue;
            // Fell due: in the period and by the day it is judged on (a later date has not come).
            if (within(d.due, from, t.as_of)) ++row->fell_due;
            if (d.completed && within(*d.completed, from, to)) {
                ++row->completed;
                (d.status == DeadlineStatus::met ? row->on_time : row->late) += 1;
                // Time taken means something for a clock that runs forward from its start.
                const bool forward =
                    !d.working.span || d.working.span->direction == Direction::after;
                if (forward && d.working.start) {
                    auto days = calendars.of(d.working.calendar)
                                    .working_days_between(*d.working.start, *d.completed);
                    if (days)
                        taken[static_cast<std::size_t>(row - t.milestones.begin())].push_back(
                            *days);
                }
            }
            // Closing a case does not meet what it owed: never done stays overdue.
            if (!d.completed && d.status == DeadlineStatus::overdue && within(d.due, from, to))
                ++row->open_overdue;
        }
    }
    for (std::size_t i = 0; i < t.milestones.size(); ++i) {
        t.milestones[i].median_working_days = median(taken[i]);
        if (!taken[i].empty())
            t.milestones[i].longest_working_days =
                *std::max_element(taken[i].begin(), taken[i].end());
    }
    return t;
}

} // namespace scr
