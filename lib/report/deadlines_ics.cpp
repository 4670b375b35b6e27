// iCalendar (RFC 5545) for Outlook and other calendars: all-day events for open milestones.
// Re-exporting gives the same UIDs and, for the same as-of date, the same bytes, so a
// subscribed calendar updates in place.
#include "report/deadlines_report.h"

#include "process/select.h"

#include <fmt/format.h>

namespace scr {
namespace {

std::string ics_date(Date d) {
    std::string iso = format_iso(d);
    return iso.substr(0, 4) + iso.substr(5, 2) + iso.substr(8, 2);
}

// RFC 5545 s3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
std::string escape_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == '\\' || c == ';' || c == ',') out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c != '\r')
            out += c;
    }
    return out;
}

// RFC 5545 s3.1: lines longer than 75 octets are folded with CRLF and one space, never inside a
// UTF-8 sequence.
void emit(std::string& out, std::string_view line) {
    std::size_t limit = 75;
    while (line.size() > limit) {
        std::size_t cut = limit;
        while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(line.substr(0, cut));
        out += "\r\n ";
        line.remove_prefix(cut);
        limit = 74; // the leading space counts towards the next line's 75
    }
    out.append(line);
    out += "\r\n";
}

// A UID part keeps letters, digits, '.', '_' and '-'; anything else is percent-encoded, so two
// different action ids never share a UID and nothing in it needs escaping.
std::string uid_part(std::string_view s) {
    std::string out;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '.' || c == '_' || c == '-')
            out += c;
        else
            out += fmt::format("%{:02X}", static_cast<unsigned>(u));
    }
    return out;
}

// The alarm fires at 09:00 on the working day `n` working days before the due date; the trigger
// is relative to the start of the all-day event (00:00 on the due date).
Result<std::string> trigger(const Deadline& d, long n, const Calendars& calendars) {
    auto day = calendars.of(d.working.calendar).add_working_days(d.due, -n);
    if (!day) return day.error();
    const long before = (d.due - *day).count();
    if (before <= 0) return std::string("PT9H");
    return fmt::format("-P{}DT15H", before - 1);
}

} // namespace

Result<std::string> render_deadlines_ics(const std::vector<Deadline>& list,
                                         const IcsOptions& options, const Calendars& calendars) {
    std::string out;
    emit(out, "BEGIN:VCALENDAR");
    emit(out, "VERSION:2.0");
    emit(out, "PRODID:-//scr//scr deadlines//EN");
    emit(out, "CALSCALE:GREGORIAN");
    emit(out, "METHOD:PUBLISH");
    if (!options.calendar_name.empty())
        emit(out, "X-WR-CALNAME:" + escape_text(options.calendar_name + " deadlines"));
    for (const Deadline& d : list) {
        if (!is_open(d)) continue;
        std::string who;
        for (const std::string& c : d.children)
            who += (who.empty() ? " " : ", ") + c;
        // An action's text is free text and may name someone: the calendar carries its id only.
        const bool action = d.milestone.rfind("action:", 0) == 0;
        const std::string what =
            !action           ? d.title
            : d.owner.empty() ? fmt::format("action {}", d.milestone.substr(7))
                              : fmt::format("action {} ({})", d.milestone.substr(7), d.owner);
        std::string description =
            fmt::format("Due {}{}. Owner: {}. Status on {}: {}.", format_iso(d.due),
                        d.cutoff.empty() ? "" : " by " + d.cutoff, d.owner,
                        format_iso(options.stamp), relative_wording(d));
        if (d.extension)
            description += fmt::format(" Extended from {}, agreed by {}.",
                                       format_iso(*d.original_due), d.extension->agreed_by);
        description += " Source: " + d.source + ".";
        auto alarm = trigger(d, options.remind_working_days, calendars);
        if (!alarm) return alarm.error();
        auto end = add_days(d.due, 1);
        if (!end) return end.error();
        emit(out, "BEGIN:VEVENT");
        emit(out, fmt::format("UID:{}-{}@{}", uid_part(d.case_id), uid_part(d.milestone),
                              options.uid_domain));
        emit(out, "DTSTAMP:" + ics_date(options.stamp) + "T000000Z");
        emit(out, "DTSTART;VALUE=DATE:" + ics_date(d.due));
        emit(out, "DTEND;VALUE=DATE:" + ics_date(*end));
        emit(out, "SUMMARY:" + escape_text(fmt::format("{}{}: {}", d.case_id, who, what)));
        emit(out, "DESCRIPTION:" + escape_text(description));
        emit(out, "CATEGORIES:" + escape_text(std::string(status_slug(d.status))));
        emit(out, "TRANSP:TRANSPARENT");
        emit(out, "BEGIN:VALARM");
        emit(out, "ACTION:DISPLAY");
        emit(out, "DESCRIPTION:" +
                      escape_text(fmt::format("{} {} due {}", d.case_id, what, format_iso(d.due))));
        emit(out, "TRIGGER:" + *alarm);
        emit(out, "END:VALARM");
        emit(out, "END:VEVENT");
    }
    emit(out, "END:VCALENDAR");
    return out;
}

} // namespace scr
