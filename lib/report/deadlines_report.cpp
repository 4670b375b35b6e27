#include "report/deadlines_report.h"

#include "process/select.h"

#include <fmt/format.h>

namespace scr {
namespace {

using json = nlohmann::ordered_json;

json date_or_null(const std::optional<Date>& d) {
    return d ? json(format_iso(*d)) : json(nullptr);
}

std::string days(long n) {
    return fmt::format("{} working day{}", n, n == 1 ? "" : "s");
}

std::string_view calendar_words(CalendarKind k) {
    return k == CalendarKind::local ? "the local calendar (bank holidays and office closures)"
                                    : "the statutory calendar (bank holidays only)";
}

json explain_json(const Deadline& d) {
    const Working& w = d.working;
    json skipped = json::array();
    for (const SkippedDay& s : w.skipped)
        skipped.push_back({{"date", format_iso(s.date)}, {"reason", s.reason}});
    json out = {{"from", w.from},
                {"start", date_or_null(w.start)},
                {"period", w.period},
                {"calendar", w.calendar == CalendarKind::local ? "local" : "statutory"},
                {"skipped", skipped},
                {"roll", roll_slug(w.roll)},
                {"unrolled", date_or_null(w.unrolled)},
                {"cutoff", d.cutoff.empty() ? json(nullptr) : json(d.cutoff)},
                {"notes", w.notes},
                {"steps", explain_lines(d)}};
    return out;
}

} // namespace

json deadline_to_json(const Deadline& d, Explain explain) {
    json out = {
        {"case", d.case_id},
        {"milestone", d.milestone},
        {"title", d.title},
        {"due", format_iso(d.due)},
        {"status", status_slug(d.status)},
        {"completed", date_or_null(d.completed)},
        {"working_days_left", d.working_days_left ? json(*d.working_days_left) : json(nullptr)},
        {"owner", d.owner},
        {"children", d.children},
        {"cutoff", d.cutoff.empty() ? json(nullptr) : json(d.cutoff)},
        {"original_due", date_or_null(d.original_due)},
        {"extension", nullptr},
        {"not_required_because", nullptr},
        {"profile", d.profile},
        {"source", d.source}};
    if (d.extension)
        out["extension"] = {{"until", format_iso(*d.extension->until)},
                            {"agreed_by", d.extension->agreed_by},
                            {"reason", d.extension->reason}};
    if (d.cancelled)
        out["not_required_because"] = {{"event", d.cancelled->event},
                                       {"date", format_iso(d.cancelled->date)},
                                       {"value", d.cancelled->value}};
    if (explain == Explain::yes) out["explain"] = explain_json(d);
    return out;
}

json deadlines_to_json(const std::vector<Deadline>& list, Explain explain) {
    json out = json::array();
    for (const Deadline& d : list)
        out.push_back(deadline_to_json(d, explain));
    return out;
}

std::string relative_wording(const Deadline& d) {
    const long n = d.working_days_left.value_or(0);
    std::string s;
    switch (d.status) {
    case DeadlineStatus::pending:
        s = "in " + days(n);
        break;
    case DeadlineStatus::due_today:
        s = "today";
        break;
    case DeadlineStatus::overdue:
        s = days(-n) + " late";
        break;
    case DeadlineStatus::met:
        s = fmt::format("done {}", format_iso(*d.completed));
        break;
    case DeadlineStatus::missed:
        s = fmt::format("done {}, {} late", format_iso(*d.completed), days(-n));
        break;
    case DeadlineStatus::not_required:
        s = fmt::format("not required: {} {} on {}", d.cancelled->event, d.cancelled->value,
                        format_iso(d.cancelled->date));
        break;
    }
    if (is_open(d) && !d.cutoff.empty()) s += ", by " + d.cutoff;
    if (d.original_due) s += fmt::format(" (extended from {})", format_iso(*d.original_due));
    return s;
}

std::vector<std::string> explain_lines(const Deadline& d) {
    const Working& w = d.working;
    std::vector<std::string> lines;
    if (!w.start) {
        lines.push_back(
            fmt::format("due {}: {}", format_iso(d.original_due.value_or(d.due)), w.period));
    } else {
        const Date computed = d.original_due.value_or(d.due);
        const bool before = w.span && w.span->direction == Direction::before;
        lines.push_back(fmt::format(
            "{}{} {} on {} {}, on {}: {} {}", w.period, before ? "" : " after", w.from,
            weekday_name(*w.start).substr(0, 3), format_iso(*w.start), calendar_words(w.calendar),
            weekday_name(computed).substr(0, 3), format_iso(computed)));
        std::string skipped;
        for (const SkippedDay& s : w.skipped) {
            if (!skipped.empty()) skipped += "; ";
            skipped += fmt::format("{} {} ({})", weekday_name(s.date).substr(0, 3),
                                   format_iso(s.date), s.reason);
        }
        const bool working_days = w.span && w.span->unit == PeriodUnit::working_days;
        if (w.unrolled)
            lines.push_back(fmt::format(
                "{} fell on a non-working day and moves to the {}: passed {}",
                format_iso(*w.unrolled),
                w.roll == Roll::next_working_day ? "next working day" : "previous working day",
                skipped));
        else if (!skipped.empty())
            lines.push_back("not counted: " + skipped);
        else if (working_days)
            lines.push_back("no weekend, bank holiday or closure fell in the count");
        for (const std::string& note : w.notes)
            lines.push_back(note);
    }
    if (!d.cutoff.empty()) lines.push_back("by " + d.cutoff + " on the due date");
    if (d.extension)
        lines.push_back(
            fmt::format("extended from {} to {}, agreed by {}{}", format_iso(*d.original_due),
                        format_iso(d.due),
                        d.extension->agreed_by.empty() ? "(not recorded)" : d.extension->agreed_by,
                        d.extension->reason.empty() ? "" : ": " + d.extension->reason));
    if (d.cancelled)
        lines.push_back(fmt::format("not required: {} on {} decided {}", d.cancelled->event,
                                    format_iso(d.cancelled->date), d.cancelled->value));
    lines.push_back("source: " + d.source);
    return lines;
}

} // namespace scr
