#include "case/event_types.h"

#include "case/review_terms.h"

#include <algorithm>

namespace scr {
namespace {

bool valid_name(std::string_view s, char joiner) {
    if (s.empty() || s.size() > 40 || s.front() < 'a' || s.front() > 'z' || s.back() == joiner)
        return false;
    char prev = 0;
    for (char c : s) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!word && (c != joiner || prev == joiner)) return false;
        prev = c;
    }
    return true;
}

} // namespace

const std::vector<EventType>& event_types() {
    using K = FieldKind;
    // Outcomes: screening 004 (four outcomes); recommendation 003 stage 6; LCSPR criteria and
    // circumstances 002 s4.6-4.7 and 004 Appendix 2; Panel response 004; COC decision A/B 000 s5.
    // A trailing `true`: a case has at most one (one incident, one notification, one step of each
    // kind on the review route); plans and meetings may recur, screening may be asked again.
    // Laid out by hand: tests/docs/schemas.sh reads the screening outcomes from this table.
    // clang-format off
    static const std::vector<EventType> types = {
        {"aware", "the local authority became aware of the incident", {}, true},
        {"referral-received", "the partnership received the referral (day 0)", {}, true},
        {"professionals-meeting",
         "the professionals meeting reviewed a case of concern (000 section 5)",
         {{"outcome", K::choice, {"criteria-met", "criteria-not-met"}, true},
          {"agencies", K::text_list, {}},
          {"themes", K::multiline, {}},
          {"rationale", K::multiline, {}}}},
        {"screening", "the screening panel, DSP or Review Group decided",
         {{"outcome", K::choice,
           {"meets-rapid-review", "no-further-action", "single-agency-learning",
            "queries-to-referrer"},
           true},
          {"rationale", K::multiline, {}},
          {"panel", K::text_list, {}}}}, // who decided (scr triage --panel)
        {"notified", "the serious incident notification was made to the National Panel", {}, true},
        {"rapid-review-meeting", "the Rapid Review meeting was held", {}},
        {"rapid-review-recommendation",
         "the Rapid Review panel made its recommendation to the partnership chair (003 stage 6)",
         {{"recommendation", K::choice, term_ids(recommendation_terms()), true},
          {"criteria", K::choice_list, term_ids(lcspr_criteria_terms())},
          {"circumstances", K::choice_list, term_ids(lcspr_circumstance_terms())},
          {"questions", K::text_list, {}},
          {"rationale", K::multiline, {}}}, true},
        {"chair-decision", "the partnership chair decided how to progress the case (003 stage 7)",
         {{"decision", K::choice, term_ids(recommendation_terms()), true},
          {"rationale", K::multiline, {}}}, true},
        {"rapid-review-submitted", "the Rapid Review report and decision went to the Panel",
         {{"recommendation", K::choice, term_ids(recommendation_terms()), true},
          {"criteria", K::choice_list, term_ids(lcspr_criteria_terms())},
          {"circumstances", K::choice_list, term_ids(lcspr_circumstance_terms())},
          {"questions", K::text_list, {}},
          {"rationale", K::multiline, {}}}, true},
        {"panel-response", "the National Panel answered",
         {{"outcome", K::choice, term_ids(panel_outcome_terms()), true}}, true},
        {"lcspr-decided", "the partnership decided to undertake an LCSPR", {}, true},
        {"lcspr-model-agreed", "the LCSPR model was agreed",
         {{"model", K::choice, term_ids(lcspr_model_terms()), true},
          {"reviewer", K::text, {}}}, true},
        {"publication-decided", "the partnership decided whether the report is publishable (002 s5.5)",
         {{"outcome", K::choice, term_ids(publication_terms()), true},
          {"reason", K::multiline, {}}}, true},
        {"publication-planned", "the planned publication date", {}},
        {"report-sent", "the final report went to the Panel, Secretary of State and Ofsted", {}, true},
        {"published", "the review was published", {}, true},
        {"closed", "the case needs nothing more", {}, true},
    };
    // clang-format on
    return types;
}

const EventType* find_event_type(std::string_view type) {
    const auto& types = event_types();
    auto it = std::find_if(types.begin(), types.end(),
                           [&](const EventType& t) { return t.type == type; });
    return it == types.end() ? nullptr : &*it;
}

bool happens_once(std::string_view type) {
    const EventType* t = find_event_type(type);
    return t && t->once;
}

bool records_decision(std::string_view type) {
    const EventType* t = find_event_type(type);
    return t && std::any_of(t->fields.begin(), t->fields.end(), [](const FieldSpec& f) {
               return f.required && f.kind == FieldKind::choice;
           });
}

const FieldSpec* find_field(const EventType& type, std::string_view key) {
    auto it = std::find_if(type.fields.begin(), type.fields.end(),
                           [&](const FieldSpec& f) { return f.key == key; });
    return it == type.fields.end() ? nullptr : &*it;
}

bool valid_type_name(std::string_view type) {
    return valid_name(type, '-');
}

bool valid_field_name(std::string_view key) {
    return valid_name(key, '_');
}

} // namespace scr
