// Working out one due date, and keeping every step of the working for --explain.
#include "process/deadlines.h"

#include <fmt/format.h>

namespace scr {
namespace {

unsigned day_of_month(Date d) {
    return static_cast<unsigned>(date::year_month_day{d}.day());
}

// Non-working days strictly after `from` up to and including `to` (from < to).
Status collect_skipped(const Calendar& cal, Date from, Date to, std::vector<SkippedDay>& out) {
    for (Date d = from; d < to;) {
        auto next = add_days(d, 1);
        if (!next) return next.error();
        d = *next;
        auto info = cal.day_info(d);
        if (!info) return info.error();
        if (!info->working) out.push_back({d, info->reason});
    }
    return ok();
}

// A calendar period that lands on a non-working day moves to the nearest working day, when the
// profile says so (issue 5: roll rules); the days passed over are part of the working.
Status roll_to_working_day(const Calendar& cal, Roll roll, Date& due, Working& w) {
    auto info = cal.day_info(due);
    if (!info) return info.error();
    if (info->working) return ok();
    if (roll == Roll::none) {
        w.notes.push_back(fmt::format("{} is not a working day ({}); the profile does not roll it",
                                      format_iso(due), info->reason));
        return ok();
    }
    w.unrolled = due;
    const long step = roll == Roll::next_working_day ? 1 : -1;
    while (true) {
        auto i = cal.day_info(due);
        if (!i) return i.error();
        if (i->working) return ok();
        w.skipped.push_back({due, i->reason});
        auto next = add_days(due, step);
        if (!next) return next.error();
        due = *next;
    }
}

} // namespace

Result<Working> work_out_due(const Milestone& m, Date start, const Calendar& cal, Date& due) {
    Working w;
    w.from = m.from;
    w.start = start;
    w.period = describe_period(m.period);
    w.span = m.period;
    w.calendar = m.calendar;
    w.roll = m.roll;
    const long sign = m.period.direction == Direction::before ? -1 : 1;
    auto d = apply_period(start, Period{sign * m.period.count, m.period.unit}, cal, "period");
    if (!d) return d.error();
    due = *d;
    if (m.period.unit == PeriodUnit::working_days) {
        // WORKDAY never counts the start; the days it stepped over are the non-working ones
        // between.
        // Counting back never counts the start day either: (due, start).
        const Status st = sign > 0 ? collect_skipped(cal, start, due, w.skipped)
                                   : collect_skipped(cal, due, start - date::days{1}, w.skipped);
        if (!st) return st.error();
        return w;
    }
    if (m.period.unit == PeriodUnit::months && day_of_month(due) != day_of_month(start))
        w.notes.push_back(fmt::format("{} has no day {}: its last day is used (EDATE)",
                                      format_iso(due).substr(0, 7), day_of_month(start)));
    if (const Status st = roll_to_working_day(cal, m.roll, due, w); !st) return st.error();
    return w;
}

} // namespace scr
