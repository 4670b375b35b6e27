// The case report for reading, built from its JSON so every format says the same.
#include "report/case_report.h"

#include "report/svg.h"

#include <fmt/format.h>

namespace scr {
namespace {

using json = nlohmann::ordered_json;

std::string str(const json& j) {
    if (j.is_string()) return j.get<std::string>();
    if (j.is_null()) return "";
    if (j.is_boolean()) return j.get<bool>() ? "yes" : "no";
    return j.dump();
}

std::string status_style(const std::string& status) {
    return status.empty() ? "" : "status-" + status;
}

std::optional<Date> date_of(const json& j) {
    if (!j.is_string()) return std::nullopt;
    auto d = parse_iso_date(j.get<std::string>(), "date");
    return d ? std::optional<Date>(*d) : std::nullopt;
}

// "role, agency" without a dangling comma when either is missing.
std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const std::string& p : parts)
        if (!p.empty()) out += (out.empty() ? "" : ", ") + p;
    return out;
}

MarkState mark(const std::string& status) {
    if (status == "met") return MarkState::met;
    if (status == "missed") return MarkState::missed;
    if (status == "overdue") return MarkState::overdue;
    if (status == "not-required") return MarkState::not_required;
    return MarkState::open;
}

Figure timeline(const json& r) {
    CaseTimeline t{*date_of(r["as_of"]), {}, {}};
    for (const json& e : r["chronology"])
        t.events.push_back({*date_of(e["date"]), str(e["event"])});
    for (const json& d : r["deadlines"])
        t.milestones.push_back({str(d["title"]), date_of(d["started"]), *date_of(d["due"]),
                                date_of(d["completed"]), mark(str(d["status"]))});
    return {svg_case_timeline(t),
            "Timeline: events above the axis; each milestone from its clock start to its "
            "due date, done marked, late in red"};
}

Section people(const json& r) {
    Section s{"The children", {}};
    Grid children{{"child", "age", "unborn", "died", "gender", "ethnicity", "SEND"}, {}};
    const bool redacted = r["redacted"].get<bool>();
    if (!redacted) children.header.insert(children.header.begin() + 1, "name");
    for (const json& ch : r["children"]) {
        std::vector<Cell> row = {str(ch["pseudonym"]), str(ch["age"]),    str(ch["unborn"]),
                                 str(ch["died"]),      str(ch["gender"]), str(ch["ethnicity"]),
                                 str(ch["send"])};
        if (!redacted) row.insert(row.begin() + 1, Cell(str(ch["name"])));
        children.rows.push_back(row);
    }
    s.blocks.push_back(children);
    if (!r["household"].empty()) {
        Grid household{{redacted ? "member" : "name", "relationship", "gender", "age"}, {}};
        for (const json& m : r["household"])
            household.rows.push_back({str(redacted ? m["label"] : m["name"]),
                                      str(m["relationship"]), str(m["gender"]), str(m["age"])});
        s.blocks.push_back(Paragraph{"Household:"});
        s.blocks.push_back(household);
    }
    return s;
}

Section criteria(const json& r) {
    Section s{"Criteria", {}};
    Grid t{{"check", "result", "reasons", "source"}, {}};
    for (const json& c : r["criteria"]["checks"]) {
        std::string reasons;
        for (const json& reason : c["reasons"])
            reasons += (reasons.empty() ? "" : "\n") + str(reason);
        t.rows.push_back({str(c["title"]), Cell(str(c["result"]), "verdict-" + str(c["result"])),
                          reasons, str(c["source"])});
    }
    s.blocks.push_back(t);
    s.blocks.push_back(Paragraph{"Next step: " + str(r["criteria"]["recommendation"]["text"])});
    return s;
}

} // namespace

Section decision_sections_lcspr(const json& r);

Document case_report_document(const json& r) {
    Document doc;
    doc.title = fmt::format("Rapid Review report: case {}", str(r["case"]));
    if (r["redacted"].get<bool>())
        doc.banner =
            "Redacted: no names of the children, their family or the referrer; no identifiers, "
            "addresses or dates of birth. Children are named by pseudonym, with ages.";
    doc.facts.items = {{"Kind", str(r["kind"])},
                       {"Received", str(r["received"])},
                       {"Stage", str(r["stage"])},
                       {"As of", str(r["as_of"])}};
    Section summary{"Summary", {}};
    summary.blocks.push_back(Facts{
        {{"Incident date", str(r["incident"]["date"])},
         {"Local authority", str(r["incident"]["local_authority"])},
         {"Referred by", joined({str(r["referrer"]["role"]), str(r["referrer"]["agency"])})}}});
    if (!str(r["incident"]["summary"]).empty())
        summary.blocks.push_back(Paragraph{str(r["incident"]["summary"])});
    doc.sections.push_back(summary);
    doc.sections.push_back(people(r));
    Section chronology{"Chronology", {timeline(r)}};
    Grid events{{"date", "event", "details", "note"}, {}};
    for (const json& e : r["chronology"]) {
        std::string details;
        for (const auto& [k, v] : e["fields"].items()) {
            std::string value = v.is_array() ? "" : str(v);
            if (v.is_array())
                for (const json& item : v)
                    value += (value.empty() ? "" : "; ") + str(item);
            details += (details.empty() ? "" : "\n") + k + ": " + value;
        }
        events.rows.push_back({str(e["date"]), str(e["event"]), details, str(e["note"])});
    }
    chronology.blocks.push_back(events);
    doc.sections.push_back(chronology);
    doc.sections.push_back(criteria(r));
    Section agencies{"Agencies involved", {}};
    List names;
    for (const json& a : r["agencies"])
        names.items.push_back(str(a));
    if (names.items.empty())
        agencies.blocks.push_back(Paragraph{"None recorded."});
    else
        agencies.blocks.push_back(names);
    doc.sections.push_back(agencies);
    Section decisions{"Decisions", {}};
    Grid d{{"date", "decision", "outcome", "rationale"}, {}};
    for (const json& x : r["decisions"])
        d.rows.push_back({str(x["date"]), str(x["decision"]),
                          str(x["meaning"]).empty() ? str(x["outcome"])
                                                    : str(x["outcome"]) + ": " + str(x["meaning"]),
                          str(x["rationale"])});
    if (d.rows.empty())
        decisions.blocks.push_back(Paragraph{"None recorded yet."});
    else
        decisions.blocks.push_back(d);
    doc.sections.push_back(decisions);
    doc.sections.push_back(decision_sections_lcspr(r));
    Section actions{"Action plan", {}};
    Grid a{{"id", "action", "owner", "due", "done", "status"}, {}};
    for (const json& x : r["actions"])
        a.rows.push_back({str(x["id"]), str(x["action"]), str(x["owner"]), str(x["due"]),
                          str(x["done"]), Cell(str(x["status"]), status_style(str(x["status"])))});
    if (a.rows.empty())
        actions.blocks.push_back(Paragraph{"No actions recorded."});
    else
        actions.blocks.push_back(a);
    doc.sections.push_back(actions);
    Section deadlines{"Deadlines", {}};
    Grid t{{"milestone", "due", "status", "done", "source"}, {}};
    for (const json& x : r["deadlines"])
        t.rows.push_back({str(x["title"]), str(x["due"]),
                          Cell(str(x["status"]), status_style(str(x["status"]))),
                          str(x["completed"]), str(x["source"])});
    if (t.rows.empty())
        deadlines.blocks.push_back(Paragraph{"No clock has started."});
    else
        deadlines.blocks.push_back(t);
    doc.sections.push_back(deadlines);
    return doc;
}

Section decision_sections_lcspr(const json& r) {
    const json& l = r["lcspr"];
    Section s{"LCSPR criteria considered", {}};
    if (l["considered_in"].is_null()) {
        s.blocks.push_back(Paragraph{"No Rapid Review recommendation recorded yet."});
        return s;
    }
    s.blocks.push_back(
        Paragraph{fmt::format("As recorded in {} on {} (002 s4.6-4.7; 004 Appendix 2).",
                              str(l["considered_in"]["event"]), str(l["considered_in"]["date"]))});
    Grid t{{"", "the case highlights or may highlight", "source"}, {}};
    for (const json& c : l["criteria"])
        t.rows.push_back({c["met"].get<bool>() ? "[x]" : "[ ]", str(c["text"]), str(c["source"])});
    s.blocks.push_back(t);
    Grid circ{{"", "circumstances had regard to", "source"}, {}};
    for (const json& c : l["circumstances"])
        circ.rows.push_back(
            {c["met"].get<bool>() ? "[x]" : "[ ]", str(c["text"]), str(c["source"])});
    s.blocks.push_back(circ);
    List q{{}, true};
    for (const json& x : l["questions"])
        q.items.push_back(str(x));
    s.blocks.push_back(Paragraph{"Key questions:"});
    if (q.items.empty())
        s.blocks.push_back(Paragraph{"None recorded."});
    else
        s.blocks.push_back(q);
    Facts review;
    const json& pub = l["publication"];
    for (const auto& [label, value] :
         {std::pair{"LCSPR decided", l["decided"]}, std::pair{"Model", l["model"]},
          std::pair{"Reviewer", l["reviewer"]}, std::pair{"Publication planned", pub["planned"]},
          std::pair{"Publishable", pub["decision"]}, std::pair{"Report sent", pub["report_sent"]},
          std::pair{"Published", pub["published"]}})
        if (!str(value).empty()) review.items.emplace_back(label, str(value));
    if (!review.items.empty()) s.blocks.push_back(review);
    return s;
}

} // namespace scr
