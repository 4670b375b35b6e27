// The deadlines as a terminal table, CSV and Markdown: one row per milestone, with the status
// in words and, when asked, the working beneath.
#include "report/deadlines_report.h"

#include "report/table.h"

#include <fmt/format.h>

#include <sstream>

namespace scr {
namespace {

std::string join(const std::vector<std::string>& items, std::string_view sep) {
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : std::string(sep)) + s;
    return out;
}

Table table_of(const std::vector<Deadline>& list) {
    Table t{{"DUE", "CASE", "CHILD", "MILESTONE", "STATUS", "WHEN", "OWNER"}, {}};
    for (const Deadline& d : list)
        t.rows.push_back({format_iso(d.due), d.case_id, join(d.children, ", "), d.milestone,
                          std::string(status_slug(d.status)), relative_wording(d), d.owner});
    return t;
}

std::string_view colour_of(DeadlineStatus s) {
    switch (s) {
    case DeadlineStatus::overdue:
        return "\x1b[1;31m"; // bold red
    case DeadlineStatus::due_today:
        return "\x1b[1;33m"; // bold yellow
    case DeadlineStatus::missed:
        return "\x1b[35m"; // magenta: done, but late
    case DeadlineStatus::met:
        return "\x1b[32m";
    case DeadlineStatus::not_required:
        return "\x1b[2m"; // dim
    case DeadlineStatus::pending:
        return "";
    }
    return "";
}

std::string md_cell(std::string s) {
    std::string out;
    for (char c : s) {
        if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '<' || c == '[')
            out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

} // namespace

std::string render_deadlines_table(const std::vector<Deadline>& list, Explain explain,
                                   Styling styling) {
    if (list.empty()) return "No deadlines match.\n";
    const std::string text =
        render_table(table_of(list), styling == Styling::ansi ? Emphasis::ansi : Emphasis::none);
    std::istringstream lines(text);
    std::string line, out;
    std::getline(lines, line);
    out += line + "\n";
    for (const Deadline& d : list) {
        std::getline(lines, line);
        const std::string_view colour = styling == Styling::ansi ? colour_of(d.status) : "";
        out += colour.empty() ? line + "\n" : fmt::format("{}{}\x1b[0m\n", colour, line);
        if (explain == Explain::yes)
            for (const std::string& e : explain_lines(d))
                out += "    " + e + "\n";
    }
    return out;
}

std::string render_deadlines_csv(const std::vector<Deadline>& list, Explain explain) {
    Table t{{"case", "milestone", "title", "due", "status", "completed", "working_days_left",
             "owner", "children", "cutoff", "original_due", "agreed_by", "profile", "source"},
            {}};
    if (explain == Explain::yes) t.header.push_back("explain");
    for (const Deadline& d : list) {
        std::vector<std::string> row = {d.case_id,
                                        d.milestone,
                                        d.title,
                                        format_iso(d.due),
                                        std::string(status_slug(d.status)),
                                        d.completed ? format_iso(*d.completed) : "",
                                        d.working_days_left ? std::to_string(*d.working_days_left)
                                                            : "",
                                        d.owner,
                                        join(d.children, ", "),
                                        d.cutoff,
                                        d.original_due ? format_iso(*d.original_due) : "",
                                        d.extension ? d.extension->agreed_by : "",
                                        d.profile,
                                        d.source};
        if (explain == Explain::yes) row.push_back(join(explain_lines(d), "\n"));
        t.rows.push_back(std::move(row));
    }
    return render_csv(t);
}

std::string render_deadlines_markdown(const std::vector<Deadline>& list, Date as_of,
                                      Explain explain) {
    std::string out = fmt::format("# Deadlines as of {}\n\n", format_iso(as_of));
    if (list.empty()) return out + "No deadlines match.\n";
    out += "| Due | Case | Child | Milestone | Status | When | Owner |\n";
    out += "| --- | --- | --- | --- | --- | --- | --- |\n";
    for (const Deadline& d : list)
        out += fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", format_iso(d.due),
                           md_cell(d.case_id), md_cell(join(d.children, ", ")),
                           md_cell(d.title + " (" + d.milestone + ")"), status_slug(d.status),
                           md_cell(relative_wording(d)), md_cell(d.owner));
    if (explain == Explain::no) return out;
    out += "\n## How each date was worked out\n";
    for (const Deadline& d : list) {
        out += fmt::format("\n### {} {}\n\n", md_cell(d.case_id), md_cell(d.milestone));
        for (const std::string& e : explain_lines(d))
            out += "- " + md_cell(e) + "\n";
    }
    return out;
}

} // namespace scr
