// The date parser, counts with units and date words: each line of the input is tried as an ISO
// date, a count (`5wd`), a date word (`today`, `+5wd`) and a profile period (`5 working days`),
// applied with the England and Wales calendars. A date that parses becomes `today` for the lines
// after it, so the fuzzer reaches the edges of the supported range.
#include "fuzz.h"

#include "calendar/period.h"
#include "process/deadlines.h"

#include <algorithm>
#include <string>

using namespace scr;

namespace {

const Calendar& statutory() {
    static const Calendar cal(Division::england_and_wales, {}, {}, CalendarKind::statutory);
    return cal;
}

// A local calendar with an office closure over Christmas 2026, as a partnership might set.
const Calendar& local() {
    static const Calendar cal(Division::england_and_wales, {},
                              {{make_date(2026, 12, 29), make_date(2026, 12, 31), "shutdown"}},
                              CalendarKind::local);
    return cal;
}

void try_date(std::string_view line, Date& today) {
    const auto d = parse_iso_date(line, "date");
    if (!d) return;
    fuzz::require(format_iso(*d) == line, "a parsed date prints differently");
    fuzz::require(*parse_iso_date(format_iso(*d), "date") == *d, "a printed date parses apart");
    if (!in_supported_range(*d)) return;
    for (const Calendar* cal : {&statutory(), &local()}) {
        fuzz::require(cal->day_info(*d).ok(), "day_info refuses a date in range");
        fuzz::require(*cal->add_working_days(*d, 0) == *d, "WORKDAY(d, 0) is not d");
        const auto n = cal->networkdays(today, *d);
        const auto between = cal->working_days_between(today, *d);
        fuzz::require(n.ok() && between.ok(), "counts refuse dates in range");
        const auto back = cal->add_working_days(today, *between);
        // WORKDAY lands only on working days, so it gives back d exactly when d is one.
        if (back && cal->day_info(*d)->working)
            fuzz::require(*back == *d, "WORKDAY does not invert working_days_between");
    }
    today = *d;
}

void try_period(std::string_view line, Date today) {
    const auto p = parse_period(line, "count");
    if (!p) return;
    const std::string again = std::to_string(p->count) + std::string(period_unit_suffix(p->unit));
    const auto q = parse_period(again, "count");
    fuzz::require(q && q->count == p->count && q->unit == p->unit, "a count reads back apart");
    for (const Calendar* cal : {&statutory(), &local()}) {
        const auto r = apply_period(today, *p, *cal, "count");
        if (!r) continue;
        fuzz::require(in_supported_range(*r), "apply_period left the supported range");
        const long days = (*r - today).count();
        if (p->unit == PeriodUnit::working_days)
            fuzz::require(*cal->working_days_between(today, *r) == p->count,
                          "working_days_between does not invert WORKDAY");
        else if (p->unit == PeriodUnit::days)
            fuzz::require(days == p->count, "days counted wrongly");
        else if (p->unit == PeriodUnit::weeks)
            fuzz::require(days == 7 * p->count, "weeks counted wrongly");
    }
}

void try_word(std::string_view line, Date today) {
    for (const Calendar* cal : {&statutory(), &local()}) {
        const auto r = resolve_date(line, today, *cal, "date");
        if (r) fuzz::require(in_supported_range(*r), "resolve_date left the supported range");
    }
    const Result<Date> no_today = bad_input("today", "no clock");
    (void)resolve_date(line, no_today, statutory(), "date");
}

void try_milestone_period(std::string_view line, Date today) {
    const auto p = parse_milestone_period(line, "period");
    if (!p) return;
    const auto q = parse_milestone_period(describe_period(*p), "period");
    fuzz::require(q && q->count == p->count && q->unit == p->unit && q->direction == p->direction,
                  "a profile period reads back apart");
    Milestone m;
    m.period = *p;
    m.from = "aware";
    for (Roll roll : {Roll::none, Roll::previous_working_day, Roll::next_working_day}) {
        m.roll = roll;
        Date due{};
        if (auto w = work_out_due(m, today, local(), due); w)
            fuzz::require(in_supported_range(due), "a due date left the supported range");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    Date today = make_date(2026, 6, 15);
    int lines = 0;
    for (std::size_t at = 0; at <= text.size() && lines < 64; ++lines) {
        const std::size_t nl = std::min(text.find('\n', at), text.size());
        const std::string_view line = text.substr(at, nl - at);
        at = nl + 1;
        try_date(line, today);
        try_period(line, today);
        try_word(line, today);
        try_milestone_period(line, today);
    }
    return 0;
}
