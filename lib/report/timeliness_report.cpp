#include "report/timeliness_report.h"

#include <fmt/format.h>

namespace scr {
namespace {

using json = nlohmann::ordered_json;

std::string number(const std::optional<double>& v) {
    if (!v) return "";
    return *v == static_cast<double>(static_cast<long>(*v))
               ? fmt::format("{}", static_cast<long>(*v))
               : fmt::format("{:.1f}", *v);
}

std::string number(const std::optional<long>& v) {
    return v ? std::to_string(*v) : "";
}

const char* group_title(const std::string& group) {
    if (group == "kind") return "Referrals received, by kind";
    if (group == "screening") return "Screening decisions, by outcome";
    if (group == "recommendation") return "Rapid Reviews submitted to the Panel, by recommendation";
    if (group == "panel") return "National Panel responses, by outcome";
    return "Events in the period";
}

} // namespace

json timeliness_json(const Timeliness& t, bool redacted) {
    json milestones = json::array();
    for (const MilestoneTimeliness& m : t.milestones)
        milestones.push_back(
            {{"milestone", m.milestone},
             {"title", m.title},
             {"fell_due", m.fell_due},
             {"completed", m.completed},
             {"on_time", m.on_time},
             {"late", m.late},
             {"open_overdue", m.open_overdue},
             {"median_working_days",
              m.median_working_days ? json(*m.median_working_days) : json(nullptr)},
             {"longest_working_days",
              m.longest_working_days ? json(*m.longest_working_days) : json(nullptr)}});
    json counts = json::object();
    for (const auto& [group, values] : t.counts) {
        json g = json::object();
        for (const auto& [k, n] : values)
            g[k] = n;
        counts[group] = g;
    }
    return {{"from", format_iso(t.from)},   {"to", format_iso(t.to)},
            {"as_of", format_iso(t.as_of)}, {"redacted", redacted},
            {"milestones", milestones},     {"counts", counts}};
}

Table timeliness_table(const Timeliness& t) {
    Table out{{"group", "item", "fell_due", "completed", "on_time", "late", "open_overdue",
               "median_working_days", "longest_working_days", "count"},
              {}};
    for (const MilestoneTimeliness& m : t.milestones)
        out.rows.push_back({"milestone", m.milestone, std::to_string(m.fell_due),
                            std::to_string(m.completed), std::to_string(m.on_time),
                            std::to_string(m.late), std::to_string(m.open_overdue),
                            number(m.median_working_days), number(m.longest_working_days), ""});
    for (const auto& [group, values] : t.counts)
        for (const auto& [k, n] : values)
            out.rows.push_back({group, k, "", "", "", "", "", "", "", std::to_string(n)});
    return out;
}

Document timeliness_document(const Timeliness& t) {
    Document doc;
    doc.title = fmt::format("Timeliness {} to {}", format_iso(t.from), format_iso(t.to));
    doc.facts.items = {
        {"Period", format_iso(t.from) + " to " + format_iso(t.to)},
        {"Judged as of", format_iso(t.as_of)},
        {"Working days taken", "from the clock's start to completion (median, longest)"}};
    Grid g{{"milestone", "fell due", "completed", "on time", "late", "still overdue",
            "median working days", "longest"},
           {}};
    for (const MilestoneTimeliness& m : t.milestones)
        g.rows.push_back(
            {m.title, std::to_string(m.fell_due), std::to_string(m.completed),
             std::to_string(m.on_time), Cell(std::to_string(m.late), m.late ? "status-missed" : ""),
             Cell(std::to_string(m.open_overdue), m.open_overdue ? "status-overdue" : ""),
             number(m.median_working_days), number(m.longest_working_days)});
    doc.sections.push_back({"Milestones", {g}});
    for (const auto& [group, values] : t.counts) {
        Grid c{{"", "count"}, {}};
        for (const auto& [k, n] : values)
            c.rows.push_back({k, std::to_string(n)});
        doc.sections.push_back({group_title(group), {c}});
    }
    return doc;
}

} // namespace scr
