// Deadlines for people and programs: JSON (PRODUCT.md contract), a terminal table with relative
// wording, CSV for Excel, Markdown, and iCalendar for Outlook (issue 5).
#pragma once
#include "process/deadlines.h"
#include "report/triage_report.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace scr {

/// Whether the working behind each date is shown.
enum class Explain { no, yes };

/// One deadline as JSON: the contract keys, then owner, children, extension and, when asked,
/// an `explain` object.
nlohmann::ordered_json deadline_to_json(const Deadline& d, Explain explain);

/// The whole list as a JSON array.
nlohmann::ordered_json deadlines_to_json(const std::vector<Deadline>& list, Explain explain);

/// "in 3 working days", "2 working days late", "done 2026-11-23": the status in words.
std::string relative_wording(const Deadline& d);

/// The working, one sentence a line: start, period and calendar, days skipped, roll, cut-off,
/// extension.
std::vector<std::string> explain_lines(const Deadline& d);

/// An aligned table, coloured by status when `styling` is ansi.
std::string render_deadlines_table(const std::vector<Deadline>& list, Explain explain,
                                   Styling styling);

/// RFC 4180 CSV with a header row.
std::string render_deadlines_csv(const std::vector<Deadline>& list, Explain explain);

/// A Markdown page with a table.
std::string render_deadlines_markdown(const std::vector<Deadline>& list, Date as_of,
                                      Explain explain);

/// How the calendar export is built.
struct IcsOptions {
    std::string calendar_name; // X-WR-CALNAME, e.g. the partnership's name
    std::string uid_domain;    // right of '@' in every UID, stable per partnership
    long remind_working_days = 2;
    Date stamp; // DTSTAMP (the as-of date), so re-export gives the same bytes
};

/// RFC 5545: one all-day VEVENT per open milestone, UID per case and milestone, a VALARM
/// `remind_working_days` working days before; no child names.
Result<std::string> render_deadlines_ics(const std::vector<Deadline>& list,
                                         const IcsOptions& options, const Calendars& calendars);

} // namespace scr
