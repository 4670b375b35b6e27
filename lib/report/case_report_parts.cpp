// The decision sections of the case report: decisions with their rationale, the LCSPR criteria
// considered with the key questions (002 s4.6-4.7; 004 Appendix 2), the action plan, deadlines.
#include "report/case_report.h"

#include "case/review_terms.h"
#include "case/stage.h"
#include "process/route.h"

#include <array>

namespace scr {

using json = nlohmann::ordered_json;

namespace {

// Each decision on the route, the field holding it, and the words for its values.
struct DecisionKind {
    std::string_view type, field, rationale;
    const std::vector<Term>* terms;
};

const std::array<DecisionKind, 11>& decision_kinds() {
    static const std::array<DecisionKind, 11> kinds = {{
        {"professionals-meeting", "outcome", "rationale", nullptr},
        {"screening", "outcome", "rationale", nullptr},
        {"rapid-review-recommendation", "recommendation", "rationale", &recommendation_terms()},
        {"chair-decision", "decision", "rationale", &recommendation_terms()},
        {"rapid-review-submitted", "recommendation", "rationale", &recommendation_terms()},
        {"panel-response", "outcome", "", &panel_outcome_terms()},
        {"lcspr-decided", "", "", nullptr},
        {"lcspr-model-agreed", "model", "", &lcspr_model_terms()},
        {"publication-planned", "", "", nullptr},
        {"publication-decided", "outcome", "reason", &publication_terms()},
        {"published", "", "", nullptr},
    }};
    return kinds;
}

std::vector<std::string> list_field(const Event* e, std::string_view key) {
    if (e)
        for (const auto& [k, v] : e->fields)
            if (const auto* list = std::get_if<std::vector<std::string>>(&v); list && k == key)
                return *list;
    return {};
}

json checklist(const std::vector<Term>& terms, const std::vector<std::string>& ticked) {
    json out = json::array();
    for (const Term& t : terms)
        out.push_back({{"id", t.id},
                       {"text", t.text},
                       {"source", t.source},
                       {"met", std::find(ticked.begin(), ticked.end(), t.id) != ticked.end()}});
    return out;
}

json date_of(const Event* e) {
    return e ? json(format_iso(e->date)) : json(nullptr);
}

} // namespace

json decisions_json(const Case& c, const Redactor& r) {
    json out = json::array();
    for (const Event& e : c.events)
        for (const DecisionKind& k : decision_kinds()) {
            if (k.type != e.type) continue;
            const std::string value(k.field.empty() ? std::string_view() : event_field(e, k.field));
            const Term* term = k.terms ? find_term(*k.terms, value) : nullptr;
            out.push_back(
                {{"date", format_iso(e.date)},
                 {"decision", e.type},
                 {"outcome", value.empty() ? json(nullptr) : json(value)},
                 {"meaning", term ? std::string(term->text) : std::string()},
                 {"rationale", r.text(k.rationale.empty() ? "" : event_field(e, k.rationale))},
                 {"note", r.text(e.note)}});
        }
    return out;
}

json lcspr_json(const Case& c, const Redactor& r) {
    const Event* basis = latest_event(c, "rapid-review-recommendation");
    if (!basis) basis = latest_event(c, "rapid-review-submitted");
    json questions = json::array();
    for (const std::string& q : list_field(basis, "questions"))
        questions.push_back(r.text(q));
    const Event* model = latest_event(c, "lcspr-model-agreed");
    const Event* decided = latest_event(c, "publication-decided");
    return {{"considered_in", basis
                                  ? json{{"event", basis->type}, {"date", format_iso(basis->date)}}
                                  : json(nullptr)},
            {"criteria", checklist(lcspr_criteria_terms(), list_field(basis, "criteria"))},
            {"circumstances",
             checklist(lcspr_circumstance_terms(), list_field(basis, "circumstances"))},
            {"questions", questions},
            {"decided", date_of(latest_event(c, "lcspr-decided"))},
            {"model", model ? json(std::string(event_field(*model, "model"))) : json(nullptr)},
            {"reviewer", model ? json(r.text(event_field(*model, "reviewer"))) : json(nullptr)},
            {"publication",
             {{"planned", date_of(latest_event(c, "publication-planned"))},
              {"decision",
               decided ? json(std::string(event_field(*decided, "outcome"))) : json(nullptr)},
              {"report_sent", date_of(latest_event(c, "report-sent"))},
              {"published", date_of(latest_event(c, "published"))}}}};
}

json actions_json(const Case& c, const std::vector<Deadline>& deadlines, const Redactor& r) {
    json out = json::array();
    for (const Action& a : c.actions) {
        std::string status = a.done ? "done" : "open";
        for (const Deadline& d : deadlines)
            if (d.milestone == "action:" + a.id) status = std::string(status_slug(d.status));
        out.push_back({{"id", a.id},
                       {"action", r.text(a.action)},
                       {"owner", r.text(a.owner)},
                       {"due", a.due ? json(format_iso(*a.due)) : json(nullptr)},
                       {"done", a.done ? json(format_iso(*a.done)) : json(nullptr)},
                       {"status", status}});
    }
    return out;
}

json report_deadlines_json(const std::vector<Deadline>& deadlines, const Redactor& r) {
    json out = json::array();
    for (const Deadline& d : deadlines) {
        const auto opt_date = [](const std::optional<Date>& x) {
            return x ? json(format_iso(*x)) : json(nullptr);
        };
        out.push_back({{"milestone", d.milestone},
                       {"title", r.text(d.title)},
                       {"owner", r.text(d.owner)},
                       {"started", opt_date(d.working.start)},
                       {"due", format_iso(d.due)},
                       {"original_due", opt_date(d.original_due)},
                       {"completed", opt_date(d.completed)},
                       {"status", status_slug(d.status)},
                       {"working_days_left",
                        d.working_days_left ? json(*d.working_days_left) : json(nullptr)},
                       {"source", d.source}});
    }
    return out;
}

} // namespace scr
