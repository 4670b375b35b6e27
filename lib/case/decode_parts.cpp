// The parts of a case below the top level: people, the incident, answers and the timeline.
#include "case/decode_parts.h"

#include "case/decode.h"

#include <fmt/format.h>

namespace scr {

void decode_referrer(Decoder& d, const YAML::Node& n, const std::string& w, Referrer& r) {
    d.mapping(n, w, {{"name", [&](auto& v, auto& f) { d.text(v, f, r.name); }},
                     {"role", [&](auto& v, auto& f) { d.text(v, f, r.role); }},
                     {"agency", [&](auto& v, auto& f) { d.text(v, f, r.agency); }},
                     {"email", [&](auto& v, auto& f) { d.text(v, f, r.email); }}});
}

void decode_child(Decoder& d, const YAML::Node& n, const std::string& w, Child& c) {
    YAML::Node death_node;
    d.mapping(n, w,
              {{"name", [&](auto& v, auto& f) { d.text(v, f, c.name); }},
               {"pseudonym", [&](auto& v, auto& f) { d.text(v, f, c.pseudonym); }},
               {"unborn", [&](auto& v, auto& f) { d.ternary(v, f, c.unborn, false); }},
               {"date_of_birth", [&](auto& v, auto& f) { d.date(v, f, c.date_of_birth); }},
               {"date_of_death",
                [&](auto& v, auto& f) {
                    death_node = v;
                    d.date(v, f, c.date_of_death);
                }},
               {"gender", [&](auto& v, auto& f) { d.text(v, f, c.gender); }},
               {"ethnicity", [&](auto& v, auto& f) { d.text(v, f, c.ethnicity); }},
               {"send", [&](auto& v, auto& f) { d.ternary(v, f, c.send, true); }},
               {"address", [&](auto& v, auto& f) { d.text(v, f, c.address); }},
               {"identifiers", [&](auto& v, auto& f) {
                    Identifiers& id = c.identifiers;
                    d.mapping(v, f,
                              {{"nhs",
                                [&](auto& v2, auto& f2) {
                                    d.text(v2, f2, id.nhs);
                                    if (!id.nhs.empty() && !valid_nhs_number(id.nhs))
                                        d.problem(v2, f2, "is not a valid NHS number",
                                                  "ten digits, the last a check digit; leave it "
                                                  "out if unsure");
                                }},
                               {"crs", [&](auto& v2, auto& f2) { d.text(v2, f2, id.crs); }},
                               {"pnc", [&](auto& v2, auto& f2) { d.text(v2, f2, id.pnc); }}});
                }}});
    if (c.date_of_birth && c.date_of_death && *c.date_of_death < *c.date_of_birth)
        d.problem(death_node, w + ".date_of_death", "is before date_of_birth",
                  "check both dates");
}

void decode_member(Decoder& d, const YAML::Node& n, const std::string& w, HouseholdMember& m) {
    d.mapping(n, w, {{"name", [&](auto& v, auto& f) { d.text(v, f, m.name); }},
                     {"relationship", [&](auto& v, auto& f) { d.text(v, f, m.relationship); }},
                     {"gender", [&](auto& v, auto& f) { d.text(v, f, m.gender); }},
                     {"date_of_birth",
                      [&](auto& v, auto& f) { d.date(v, f, m.date_of_birth, DateRange::birth); }}});
    if (n.IsMap() && m.name.empty() && m.relationship.empty())
        d.problem(n, w + ".relationship", "is missing", "give a name or a relationship to the child");
}

void decode_incident(Decoder& d, const YAML::Node& n, const std::string& w, Incident& i) {
    d.mapping(n, w,
              {{"date", [&](auto& v, auto& f) { d.date(v, f, i.date); }},
               {"summary", [&](auto& v, auto& f) { d.text(v, f, i.summary, TextShape::lines); }},
               {"local_authority", [&](auto& v, auto& f) { d.text(v, f, i.local_authority); }}});
}

void decode_learning(Decoder& d, const YAML::Node& n, const std::string& w, Learning& l) {
    auto lines = [&](std::string& out) {
        return [&d, &out](auto& v, auto& f) { d.text(v, f, out, TextShape::lines); };
    };
    d.mapping(n, w, {{"improvement", lines(l.improvement)},
                     {"sharing", lines(l.sharing)},
                     {"expectations", lines(l.expectations)}});
}

void decode_answers(Decoder& d, const YAML::Node& n, const std::string& w,
                    std::map<std::string, std::string>& answers) {
    if (n.IsNull()) return;
    Decoder::Keys keys;
    for (const AnswerKey& k : answer_keys()) {
        keys.emplace_back(k.key, [&d, &answers, &k](const YAML::Node& v, const std::string& f) {
            if (v.IsNull()) return;
            if (!v.IsScalar() || !valid_answer(k, v.Scalar())) {
                d.problem(v, f,
                          k.four_valued ? "must be known, suspected, no or unknown"
                                        : "must be yes, no or unknown");
                return;
            }
            answers[std::string(k.key)] = v.Scalar();
        });
    }
    d.mapping(n, w, keys);
}

void decode_action(Decoder& d, const YAML::Node& n, const std::string& w, Action& a) {
    if (!d.mapping(n, w,
                   {{"id", [&](auto& v, auto& f) { d.text(v, f, a.id); }},
                    {"action", [&](auto& v, auto& f) { d.text(v, f, a.action, TextShape::lines); }},
                    {"owner", [&](auto& v, auto& f) { d.text(v, f, a.owner); }},
                    {"due", [&](auto& v, auto& f) { d.date(v, f, a.due); }},
                    {"done", [&](auto& v, auto& f) { d.date(v, f, a.done); }}}))
        return;
    if (a.id.empty()) d.problem(n, w + ".id", "is missing", "give each action an id such as A1");
    if (a.action.empty()) d.problem(n, w + ".action", "is missing", "say what is to be done");
}

void decode_extension(Decoder& d, const YAML::Node& n, const std::string& w, Extension& e) {
    if (!d.mapping(n, w,
                   {{"milestone", [&](auto& v, auto& f) { d.text(v, f, e.milestone); }},
                    {"until", [&](auto& v, auto& f) { d.date(v, f, e.until); }},
                    {"agreed_by", [&](auto& v, auto& f) { d.text(v, f, e.agreed_by); }},
                    {"reason", [&](auto& v, auto& f) { d.text(v, f, e.reason, TextShape::lines); }}}))
        return;
    for (auto [missing, name] : {std::pair{e.milestone.empty(), "milestone"},
                                 std::pair{!e.until.has_value(), "until"},
                                 std::pair{e.agreed_by.empty(), "agreed_by"}})
        if (missing) d.problem(n, w + "." + name, "is missing", "an extension says which "
                               "milestone moves, until when, and who agreed");
}

} // namespace scr
