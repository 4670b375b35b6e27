#include "report/case_markdown.h"

#include "case/encode.h"
#include "case/stage.h"

#include <fmt/format.h>

namespace scr {
namespace {

// Table cells hold one line; pipes would end the cell.
std::string cell(std::string_view s) {
    std::string out;
    for (char c : s)
        out += c == '\n' ? std::string(" ") : c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

std::string date_or_blank(const std::optional<Date>& d) {
    return d ? format_iso(*d) : "";
}

std::string event_details(const Event& e) {
    std::string out;
    for (const auto& [key, value] : ordered_fields(e)) {
        std::string v;
        if (const auto* text = std::get_if<std::string>(&value))
            v = *text;
        else
            for (const std::string& item : std::get<std::vector<std::string>>(value))
                v += (v.empty() ? "" : ", ") + item;
        out += fmt::format("{}{}: {}", out.empty() ? "" : "; ", key, v);
    }
    if (!e.note.empty()) out += fmt::format("{}note: {}", out.empty() ? "" : "; ", e.note);
    return cell(out);
}

} // namespace

std::string render_case_markdown(const Case& c) {
    std::string md = fmt::format("# Case {}\n\n", c.id);
    md += fmt::format("- Kind: {}\n- Received: {}\n- Stage: {}\n", kind_slug(c.kind),
                      date_or_blank(c.received), case_stage(c));
    if (!c.referrer.name.empty())
        md += fmt::format("- Referrer: {}{}{}\n", c.referrer.name,
                          c.referrer.role.empty() ? "" : ", " + c.referrer.role,
                          c.referrer.agency.empty() ? "" : ", " + c.referrer.agency);
    if (c.incident.date) md += fmt::format("- Incident: {}\n", format_iso(*c.incident.date));
    if (!c.incident.summary.empty()) md += fmt::format("\n## Summary\n\n{}\n", c.incident.summary);
    md += "\n## Children\n\n| pseudonym | name | date of birth | date of death |\n| --- | --- | "
          "--- | --- |\n";
    for (const Child& ch : c.children)
        md += fmt::format("| {} | {} | {} | {} |\n", cell(ch.pseudonym), cell(ch.name),
                          date_or_blank(ch.date_of_birth), date_or_blank(ch.date_of_death));
    if (!c.answers.empty()) {
        md += "\n## Answers\n\n| question | answer |\n| --- | --- |\n";
        for (const AnswerKey& k : answer_keys())
            if (auto it = c.answers.find(std::string(k.key)); it != c.answers.end())
                md += fmt::format("| {} | {} |\n", k.key, it->second);
    }
    md += "\n## Timeline\n\n| date | event | details |\n| --- | --- | --- |\n";
    for (const Event& e : c.events)
        md += fmt::format("| {} | {} | {} |\n", format_iso(e.date), e.type, event_details(e));
    if (!c.actions.empty()) {
        md += "\n## Actions\n\n| id | action | owner | due | done |\n| --- | --- | --- | --- | --- "
              "|\n";
        for (const Action& a : c.actions)
            md += fmt::format("| {} | {} | {} | {} | {} |\n", cell(a.id), cell(a.action),
                              cell(a.owner), date_or_blank(a.due), date_or_blank(a.done));
    }
    if (!c.extensions.empty()) {
        md += "\n## Extensions\n\n| milestone | until | agreed by | reason |\n| --- | --- | --- | "
              "--- |\n";
        for (const Extension& x : c.extensions)
            md += fmt::format("| {} | {} | {} | {} |\n", cell(x.milestone), date_or_blank(x.until),
                              cell(x.agreed_by), cell(x.reason));
    }
    return md;
}

} // namespace scr
