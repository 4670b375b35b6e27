#include "report/register_report.h"

#include "case/stage.h"
#include "process/route.h"
#include "report/svg.h"

#include <fmt/format.h>

namespace scr {
namespace {

using json = nlohmann::ordered_json;

bool is_open(DeadlineStatus s) {
    return s == DeadlineStatus::overdue || s == DeadlineStatus::due_today ||
           s == DeadlineStatus::pending;
}

json latest_value(const Case& c, std::string_view type, std::string_view key) {
    const Event* e = latest_event(c, type);
    return e && !event_field(*e, key).empty() ? json(std::string(event_field(*e, key)))
                                              : json(nullptr);
}

json next_milestone(const std::vector<Deadline>& deadlines, const Redactor& r) {
    const Deadline* next = nullptr;
    for (const Deadline& d : deadlines)
        if (is_open(d.status) && (!next || d.due < next->due)) next = &d;
    if (!next) return nullptr;
    return {{"milestone", next->milestone},
            {"title", r.text(next->title)},
            {"due", format_iso(next->due)},
            {"status", status_slug(next->status)},
            {"working_days_left",
             next->working_days_left ? json(*next->working_days_left) : json(nullptr)}};
}

std::string str(const json& j) {
    return j.is_string() ? j.get<std::string>() : j.is_null() ? "" : j.dump();
}

} // namespace

json register_json(const std::vector<RegisterEntry>& entries, Date as_of, Redaction redaction) {
    json cases = json::array();
    for (const RegisterEntry& e : entries) {
        const Case& c = *e.c;
        const Redactor r(c, redaction);
        json children = json::array();
        for (std::size_t i = 0; i < c.children.size(); ++i)
            children.push_back(child_pseudonym(c, i));
        const auto [decision, event] = review_decision(c);
        int overdue = 0;
        for (const Deadline& d : e.deadlines)
            overdue += d.status == DeadlineStatus::overdue;
        cases.push_back(
            {{"case", c.id},
             {"kind", kind_slug(c.kind)},
             {"received", c.received ? json(format_iso(*c.received)) : json(nullptr)},
             {"children", children},
             {"stage", case_stage(c)},
             {"screening", latest_value(c, "screening", "outcome")},
             {"recommendation", decision.empty() ? json(nullptr) : json(std::string(decision))},
             {"panel", latest_value(c, "panel-response", "outcome")},
             {"next", next_milestone(e.deadlines, r)},
             {"overdue", overdue}});
    }
    return {{"as_of", format_iso(as_of)},
            {"redacted", redaction == Redaction::redact},
            {"cases", cases}};
}

Table register_table(const json& reg) {
    Table t{{"case", "kind", "received", "children", "stage", "screening", "recommendation",
             "panel", "next milestone", "due", "status"},
            {}};
    for (const json& c : reg["cases"]) {
        std::string children;
        for (const json& ch : c["children"])
            children += (children.empty() ? "" : ", ") + str(ch);
        const json& next = c["next"];
        t.rows.push_back({str(c["case"]), str(c["kind"]), str(c["received"]), children,
                          str(c["stage"]), str(c["screening"]), str(c["recommendation"]),
                          str(c["panel"]), next.is_null() ? "" : str(next["title"]),
                          next.is_null() ? "" : str(next["due"]),
                          next.is_null() ? "" : str(next["status"])});
    }
    return t;
}

Document register_document(const json& reg, const std::vector<RegisterEntry>& entries) {
    Document doc;
    doc.title = "Case register";
    if (reg["redacted"].get<bool>())
        doc.banner = "Redacted: children are named by pseudonym; no names of the children, their "
                     "family or the referrer.";
    const Date as_of = *parse_iso_date(str(reg["as_of"]), "as_of");
    std::vector<OpenMilestone> open;
    for (const RegisterEntry& e : entries)
        for (const Deadline& d : e.deadlines)
            if (is_open(d.status))
                open.push_back({d.due, d.status == DeadlineStatus::overdue ? MarkState::overdue
                                                                           : MarkState::open});
    doc.facts.items = {{"As of", str(reg["as_of"])},
                       {"Cases", std::to_string(reg["cases"].size())},
                       {"Open milestones", std::to_string(open.size())}};
    doc.sections.push_back(
        {"Open milestones by due date",
         {Figure{svg_due_chart(as_of, open), "Open milestones: overdue, then by week due"}}});
    const Table t = register_table(reg);
    Grid g{t.header, {}};
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        std::vector<Cell> row(t.rows[i].begin(), t.rows[i].end());
        if (!row.back().text.empty()) row.back().style = "status-" + row.back().text;
        g.rows.push_back(row);
    }
    doc.sections.push_back({"Cases", {g}});
    return doc;
}

} // namespace scr
