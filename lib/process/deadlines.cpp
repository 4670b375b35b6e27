#include "process/deadlines.h"

#include "case/case_id.h"
#include "case/stage.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {

// Whether `e` is a decision the milestone applies to: when it applies only on some outcomes of
// the very decision that starts it (Bury: the SIN follows the screening that decided
// meets-rapid-review), such a decision starts it in preference to others.
bool starts(const Event& e, const Milestone& m) {
    for (const Condition& cond : m.conditions) {
        const auto [type, key] = decision_field(cond.decision);
        if (type != m.from) continue;
        const std::string value(event_field(e, key));
        if (std::find(cond.values.begin(), cond.values.end(), value) == cond.values.end())
            return false;
    }
    return true;
}

// The event that starts a clock. Most starts must have happened by the as-of date: the first
// counts. A planned date that a period counts back from ("7 working days before") may lie
// ahead and may be replanned, and the file keeps events in date order, not in the order they
// were recorded; so with `start: next` the earliest plan not yet passed counts (a plan brought
// forward is never missed; a postponed one counts once the earlier date has passed), else the
// last plan.
const Event* start_event(const Case& c, const Milestone& m, Date as_of) {
    const bool plan = m.period.direction == Direction::before;
    // With no decision it applies to, another decision still starts the clock, so that the
    // milestone shows as not required by it (the Panel agreed no LCSPR).
    const bool preferred = std::any_of(c.events.begin(), c.events.end(), [&](const Event& e) {
        return e.type == m.from && (plan || e.date <= as_of) && starts(e, m);
    });
    const Event* first = nullptr;
    const Event* next = nullptr;
    const Event* last = nullptr;
    for (const Event& e : c.events) {
        if (e.type != m.from || (preferred && !starts(e, m)) || (!plan && e.date > as_of)) continue;
        if (!first || e.date < first->date) first = &e;
        if (!last || e.date >= last->date) last = &e;
        if (e.date >= as_of && (!next || e.date < next->date)) next = &e;
    }
    if (m.start_at == StartAt::first) return first;
    return next ? next : last;
}

// The first event of `type` that has happened by `as_of`.
const Event* first_happened(const Case& c, std::string_view type, Date as_of) {
    const Event* found = nullptr;
    for (const Event& e : c.events)
        if (e.type == type && e.date <= as_of && (!found || e.date < found->date)) found = &e;
    return found;
}

// A milestone stops applying when the latest decision it depends on went another way; an
// undecided one still applies (issue 5: "screening decided no further action").
std::optional<Cancellation> cancellation(const Case& c, const Milestone& m, Date as_of) {
    for (const Condition& cond : m.conditions) {
        const auto [type, key] = decision_field(cond.decision);
        const Event* latest = nullptr;
        for (const Event& e : c.events)
            if (e.type == type && e.date <= as_of && !event_field(e, key).empty() &&
                (!latest || e.date >= latest->date))
                latest = &e;
        if (!latest) continue;
        const std::string value(event_field(*latest, key));
        if (std::find(cond.values.begin(), cond.values.end(), value) == cond.values.end())
            return Cancellation{latest->type, latest->date, value};
    }
    return std::nullopt;
}

const Extension* extension_for(const Case& c, std::string_view milestone) {
    const Extension* found = nullptr; // the last agreed in the file wins
    for (const Extension& x : c.extensions)
        if (x.milestone == milestone && x.until) found = &x;
    return found;
}

// Status and the working-day counts, once due and completion are known.
Status settle(Deadline& d, const Calendar& cal, Date as_of) {
    if (d.completed) {
        d.status = *d.completed <= d.due ? DeadlineStatus::met : DeadlineStatus::missed;
        auto left = working_days_left(cal, d.due, *d.completed);
        if (!left) return left.error();
        d.working_days_left = *left;
        return ok();
    }
    if (d.cancelled) {
        d.status = DeadlineStatus::not_required;
        return ok();
    }
    d.status = d.due < as_of    ? DeadlineStatus::overdue
               : d.due == as_of ? DeadlineStatus::due_today
                                : DeadlineStatus::pending;
    auto left = working_days_left(cal, d.due, as_of);
    if (!left) return left.error();
    d.working_days_left = *left;
    return ok();
}

void apply_extension(const Case& c, Deadline& d) {
    if (const Extension* x = extension_for(c, d.milestone)) {
        d.original_due = d.due;
        d.extension = *x;
        d.due = *x->until;
    }
}

Deadline base(const Case& c) {
    Deadline d;
    d.case_id = c.id;
    for (std::size_t i = 0; i < c.children.size(); ++i)
        d.children.push_back(child_pseudonym(c, i));
    return d;
}

} // namespace

Result<std::vector<Deadline>> case_deadlines(const Case& c, const ProfileSet& profiles,
                                             const Calendars& calendars, Date as_of) {
    std::vector<Deadline> out;
    int order = 0;
    for (const Milestone* m : profiles.milestones()) {
        ++order;
        if (!m->kinds.empty() &&
            std::find(m->kinds.begin(), m->kinds.end(), c.kind) == m->kinds.end())
            continue;
        const Event* start = start_event(c, *m, as_of);
        if (!start) continue; // the clock has not started: nothing is owed yet
        const Calendar& cal = calendars.of(m->calendar);
        Deadline d = base(c);
        d.milestone = m->id;
        d.title = m->title;
        d.owner = owner_slug(m->owner);
        d.source = m->source;
        d.profile = m->profile;
        d.cutoff = m->cutoff;
        d.order = order;
        auto w = work_out_due(*m, start->date, cal, d.due);
        if (!w)
            return Error{
                {{}, 0, 0, "events", fmt::format("{}: {}", m->id, w.error().diag.message), {}},
                Failure::bad_input};
        d.working = std::move(*w);
        apply_extension(c, d);
        if (const Event* done = first_happened(c, m->done_when, as_of)) d.completed = done->date;
        // What was done stays done: a later decision cancels only what is still owed.
        if (!d.completed) d.cancelled = cancellation(c, *m, as_of);
        if (const Status st = settle(d, cal, as_of); !st) return st.error();
        out.push_back(std::move(d));
    }
    for (const Action& a : c.actions) {
        if (!a.due) continue;
        Deadline d = base(c);
        d.milestone = "action:" + a.id;
        d.title = a.action;
        d.owner = a.owner;
        d.source = "action plan";
        d.profile = "action-plan";
        d.order = ++order;
        d.due = *a.due;
        d.working.from = "action plan";
        d.working.period = "the due date the action plan sets";
        apply_extension(c, d);
        if (a.done && *a.done <= as_of) d.completed = a.done;
        if (const Status st = settle(d, calendars.statutory, as_of); !st) return st.error();
        out.push_back(std::move(d));
    }
    return out;
}

bool case_is_open(const Case& c, Date as_of) {
    // Not referred yet on that date, unless a clock had already started (the local authority
    // may be aware before the partnership receives the referral).
    const bool received = !c.received || *c.received <= as_of;
    if (!received && std::none_of(c.events.begin(), c.events.end(),
                                  [&](const Event& e) { return e.date <= as_of; }))
        return false;
    return std::none_of(c.events.begin(), c.events.end(),
                        [&](const Event& e) { return e.type == "closed" && e.date <= as_of; });
}

Result<long> working_days_left(const Calendar& cal, Date due, Date as_of) {
    if (due >= as_of) return cal.working_days_between(as_of, due);
    auto late = cal.working_days_between(due, as_of);
    if (!late) return late.error();
    return -*late;
}

void sort_deadlines(std::vector<Deadline>& deadlines) {
    // Case IDs in the register's order (2026-999 before 2026-1000), each parsed once.
    std::vector<std::pair<CaseIdKey, std::size_t>> keys;
    keys.reserve(deadlines.size());
    for (std::size_t i = 0; i < deadlines.size(); ++i)
        keys.emplace_back(case_id_key(deadlines[i].case_id), i);
    std::vector<std::size_t> order(deadlines.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Deadline& x = deadlines[a];
        const Deadline& y = deadlines[b];
        if (x.due != y.due) return x.due < y.due;
        if (keys[a].first != keys[b].first) return keys[a].first < keys[b].first;
        return x.order < y.order;
    });
    std::vector<Deadline> sorted;
    sorted.reserve(deadlines.size());
    for (std::size_t i : order)
        sorted.push_back(std::move(deadlines[i]));
    deadlines = std::move(sorted);
}

std::string child_pseudonym(const Case& c, std::size_t index) {
    if (index < c.children.size() && !c.children[index].pseudonym.empty())
        return c.children[index].pseudonym;
    // By position (Child B is the second child), moving on past any label a pseudonym or an
    // earlier child already has, so two children never share one.
    auto letter = [](std::size_t n) {
        std::string label = "Child ";
        if (n >= 26) label += static_cast<char>('A' + n / 26 - 1);
        label += static_cast<char>('A' + n % 26);
        return label;
    };
    std::vector<std::string> used;
    for (const Child& ch : c.children)
        if (!ch.pseudonym.empty()) used.push_back(ch.pseudonym);
    auto is_used = [&](const std::string& l) {
        return std::find(used.begin(), used.end(), l) != used.end();
    };
    std::string label;
    for (std::size_t i = 0; i <= index && i < c.children.size(); ++i) {
        if (!c.children[i].pseudonym.empty()) continue;
        std::size_t n = i;
        while (is_used(letter(n)) && n < 26 * 27)
            ++n;
        label = letter(n);
        used.push_back(label);
    }
    return index < c.children.size() ? label : letter(index);
}

std::string_view status_slug(DeadlineStatus s) {
    switch (s) {
    case DeadlineStatus::met:
        return "met";
    case DeadlineStatus::missed:
        return "missed";
    case DeadlineStatus::overdue:
        return "overdue";
    case DeadlineStatus::due_today:
        return "due-today";
    case DeadlineStatus::pending:
        return "pending";
    case DeadlineStatus::not_required:
        return "not-required";
    }
    return "pending";
}

std::optional<DeadlineStatus> parse_status(std::string_view text) {
    for (auto s :
         {DeadlineStatus::met, DeadlineStatus::missed, DeadlineStatus::overdue,
          DeadlineStatus::due_today, DeadlineStatus::pending, DeadlineStatus::not_required})
        if (status_slug(s) == text) return s;
    return std::nullopt;
}

} // namespace scr
