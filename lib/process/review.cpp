#include "process/review.h"

#include "case/decoder.h"
#include "case/review_terms.h"
#include "case/stage.h"
#include "core/text.h"
#include "process/route.h"

#include <fmt/format.h>

namespace scr {
namespace {

Status check_choice(const std::string& value, const std::vector<Term>& terms,
                    const std::string& flag) {
    if (find_term(terms, value)) return ok();
    return bad_input(flag, value.empty() ? "is needed" : "is not one of the choices",
                     "use " + join_choices(term_ids(terms)));
}

Status check_line(const std::string& value, const std::string& flag) {
    if (is_single_line_text(value) && value.size() <= 200) return ok();
    return bad_input(flag, "must be one line of printable text, at most 200 bytes");
}

Status check_text(const std::string& value, const std::string& flag) {
    if (is_multiline_text(value) && value.size() <= 20000) return ok();
    return bad_input(flag, "must be printable text, at most 20000 bytes");
}

Result<Event> start(std::string type, const Recorded& rec) {
    if (auto st = check_text(rec.note, "--note"); !st) return st.error();
    if (auto st = check_line(rec.by, "--by"); !st) return st.error();
    return Event{rec.date, std::move(type), {}, rec.note, rec.by};
}

void add(Event& e, std::string key, FieldValue value) {
    if (const auto* text = std::get_if<std::string>(&value); text && text->empty()) return;
    if (const auto* list = std::get_if<std::vector<std::string>>(&value); list && list->empty())
        return;
    e.fields.emplace_back(std::move(key), std::move(value));
}

std::vector<std::string> list_field(const Event& e, std::string_view key) {
    for (const auto& [k, v] : e.fields)
        if (const auto* list = std::get_if<std::vector<std::string>>(&v); list && k == key)
            return *list;
    return {};
}

bool has_list(const Event& e, std::string_view key) {
    for (const auto& [k, v] : e.fields)
        if (const auto* list = std::get_if<std::vector<std::string>>(&v);
            list && k == key && !list->empty())
            return true;
    return false;
}

} // namespace

Result<Event> make_recommendation(const RecommendationInput& in, const Recorded& rec) {
    if (auto st = check_choice(in.recommendation, recommendation_terms(), "--recommendation"); !st)
        return st.error();
    for (const std::string& c : in.criteria)
        if (auto st = check_choice(c, lcspr_criteria_terms(), "--criteria"); !st) return st.error();
    for (const std::string& c : in.circumstances)
        if (auto st = check_choice(c, lcspr_circumstance_terms(), "--circumstances"); !st)
            return st.error();
    for (const std::string& q : in.questions) {
        if (q.find_first_not_of(" \t") == std::string::npos)
            return bad_input("--question", "is empty", "ask the question the review would answer");
        if (auto st = check_line(q, "--question"); !st) return st.error();
    }
    if (auto st = check_text(in.rationale, "--rationale"); !st) return st.error();
    if (in.rationale.find_first_not_of(" \t\n") == std::string::npos)
        return bad_input("--rationale", "is needed",
                         in.recommendation == "no-review"
                             ? "say why the criteria for a review are not met (002 s4.5)"
                             : "say why this review (002 s4.6; 004 Appendix 2)");
    if (is_review(in.recommendation) && in.criteria.empty())
        return bad_input("--criteria",
                         "a recommendation for a review must name the LCSPR criteria it meets",
                         "use " + join_choices(term_ids(lcspr_criteria_terms())) + " (002 s4.6)");
    if (is_review(in.recommendation) && in.questions.empty())
        return bad_input("--question", "a recommendation for a review must state its key questions",
                         "add --question TEXT for each (004: be explicit about the key questions)");
    auto e = start("rapid-review-recommendation", rec);
    if (!e) return e;
    add(*e, "recommendation", in.recommendation);
    add(*e, "criteria", in.criteria);
    add(*e, "circumstances", in.circumstances);
    add(*e, "questions", in.questions);
    add(*e, "rationale", in.rationale);
    return e;
}

Result<Event> make_chair_decision(const Case& c, const std::string& decision,
                                  const std::string& rationale, const Recorded& rec) {
    if (auto st = check_choice(decision, recommendation_terms(), "--decision"); !st)
        return st.error();
    if (auto st = check_text(rationale, "--rationale"); !st) return st.error();
    const Event* recommended = latest_event(c, "rapid-review-recommendation");
    const std::string_view panel = recommended ? event_field(*recommended, "recommendation") : "";
    if (!panel.empty() && panel != decision &&
        rationale.find_first_not_of(" \t\n") == std::string::npos)
        return bad_input("--rationale", fmt::format("is needed: the panel recommended {}", panel),
                         "say why the chair decided otherwise (003 stage 7)");
    // A review rests on the criteria and key questions (004 Appendix 2): a chair deciding on one
    // that the panel did not recommend needs them on record first.
    if (recommended && is_review(decision) &&
        (!has_list(*recommended, "criteria") || !has_list(*recommended, "questions")))
        return bad_input(
            "--decision",
            fmt::format("a decision for {} needs the LCSPR criteria and key questions on record",
                        decision),
            "record them with scr review decide --criteria C,... --question TEXT first, or use "
            "event add");
    auto e = start("chair-decision", rec);
    if (!e) return e;
    add(*e, "decision", decision);
    add(*e, "rationale", rationale);
    return e;
}

Result<Event> make_submission(const Case& c, const Recorded& rec) {
    auto e = start("rapid-review-submitted", rec);
    if (!e) return e;
    // Only what was decided by the day it went: a later decision was not part of it.
    const Event* recommended = latest_event(c, "rapid-review-recommendation", rec.date);
    const Event* chair = latest_event(c, "chair-decision", rec.date);
    if (!recommended && latest_event(c, "rapid-review-recommendation"))
        return bad_input(
            "rapid-review-submitted",
            fmt::format("is dated {}, before the rapid-review-recommendation it follows",
                        format_iso(rec.date)),
            "check --date");
    if (!recommended)
        return bad_input("rapid-review-submitted", "needs the Rapid Review's recommendation first",
                         "record it with scr review decide");
    const std::string_view decision =
        chair ? event_field(*chair, "decision") : event_field(*recommended, "recommendation");
    std::string_view rationale = event_field(*recommended, "rationale");
    if (chair && !event_field(*chair, "rationale").empty())
        rationale = event_field(*chair, "rationale");
    add(*e, "recommendation", std::string(decision));
    add(*e, "criteria", list_field(*recommended, "criteria"));
    add(*e, "circumstances", list_field(*recommended, "circumstances"));
    add(*e, "questions", list_field(*recommended, "questions"));
    add(*e, "rationale", std::string(rationale));
    return e;
}

Result<Event> make_panel_response(const std::string& outcome, const Recorded& rec) {
    if (auto st = check_choice(outcome, panel_outcome_terms(), "--outcome"); !st) return st.error();
    auto e = start("panel-response", rec);
    if (e) add(*e, "outcome", outcome);
    return e;
}

Result<Event> make_model_agreed(const std::string& model, const std::string& reviewer,
                                const Recorded& rec) {
    if (auto st = check_choice(model, lcspr_model_terms(), "--model"); !st) return st.error();
    if (auto st = check_line(reviewer, "--reviewer"); !st) return st.error();
    auto e = start("lcspr-model-agreed", rec);
    if (!e) return e;
    add(*e, "model", model);
    add(*e, "reviewer", reviewer);
    return e;
}

Result<Event> make_publication_decision(const std::string& outcome, const std::string& reason,
                                        const Recorded& rec) {
    if (auto st = check_choice(outcome, publication_terms(), "--publishable"); !st)
        return st.error();
    if (auto st = check_text(reason, "--reason"); !st) return st.error();
    if (outcome == "not-publishable" && reason.find_first_not_of(" \t\n") == std::string::npos)
        return bad_input("--reason", "is needed when the report is not to be published",
                         "say why (002 s5.5)");
    auto e = start("publication-decided", rec);
    if (!e) return e;
    add(*e, "outcome", outcome);
    add(*e, "reason", reason);
    return e;
}

Result<Event> make_plain_event(std::string type, const Recorded& rec) {
    return start(std::move(type), rec);
}

} // namespace scr
