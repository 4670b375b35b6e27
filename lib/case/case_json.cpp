#include "case/case_json.h"

#include "case/encode.h"

namespace scr {
namespace {

using json = nlohmann::ordered_json;

void put(json& j, const char* key, const std::string& v) {
    if (!v.empty()) j[key] = v;
}
void put(json& j, const char* key, const std::optional<Date>& d) {
    if (d) j[key] = format_iso(*d);
}
void put(json& j, const char* key, const std::optional<Ternary>& t) {
    if (t) j[key] = std::string(ternary_slug(*t));
}

json child_json(const Child& c) {
    json j = json::object();
    put(j, "name", c.name);
    put(j, "pseudonym", c.pseudonym);
    put(j, "unborn", c.unborn);
    put(j, "date_of_birth", c.date_of_birth);
    put(j, "date_of_death", c.date_of_death);
    put(j, "gender", c.gender);
    put(j, "ethnicity", c.ethnicity);
    put(j, "send", c.send);
    put(j, "address", c.address);
    json ids = json::object();
    put(ids, "nhs", c.identifiers.nhs);
    put(ids, "crs", c.identifiers.crs);
    put(ids, "pnc", c.identifiers.pnc);
    if (!ids.empty()) j["identifiers"] = ids;
    return j;
}

json event_json(const Event& e) {
    json j = {{"date", format_iso(e.date)}, {"type", e.type}};
    // No structured binding: clang 14 (the fuzz preset) cannot capture one in a lambda.
    for (const auto& field : ordered_fields(e))
        std::visit([&j, &field](const auto& v) { j[field.first] = v; }, field.second);
    put(j, "note", e.note);
    put(j, "by", e.by);
    return j;
}

} // namespace

nlohmann::ordered_json case_to_json(const Case& c) {
    json j = {{"id", c.id}, {"kind", std::string(kind_slug(c.kind))}};
    put(j, "received", c.received);
    json r = json::object();
    put(r, "name", c.referrer.name);
    put(r, "role", c.referrer.role);
    put(r, "agency", c.referrer.agency);
    put(r, "email", c.referrer.email);
    if (!r.empty()) j["referrer"] = r;
    j["children"] = json::array();
    for (const Child& child : c.children)
        j["children"].push_back(child_json(child));
    j["household"] = json::array();
    for (const HouseholdMember& m : c.household) {
        json h = json::object();
        put(h, "name", m.name);
        put(h, "relationship", m.relationship);
        put(h, "gender", m.gender);
        put(h, "date_of_birth", m.date_of_birth);
        j["household"].push_back(h);
    }
    json inc = json::object();
    put(inc, "date", c.incident.date);
    put(inc, "summary", c.incident.summary);
    put(inc, "local_authority", c.incident.local_authority);
    if (!inc.empty()) j["incident"] = inc;
    json learn = json::object();
    put(learn, "improvement", c.learning.improvement);
    put(learn, "sharing", c.learning.sharing);
    put(learn, "expectations", c.learning.expectations);
    if (!learn.empty()) j["learning"] = learn;
    json answers = json::object();
    for (const AnswerKey& k : answer_keys())
        if (auto it = c.answers.find(std::string(k.key)); it != c.answers.end())
            answers[std::string(k.key)] = it->second;
    j["answers"] = answers;
    j["agencies"] = json::array();
    for (const Agency& a : c.agencies)
        j["agencies"].push_back({{"name", a.name}});
    j["events"] = json::array();
    for (const Event& e : c.events)
        j["events"].push_back(event_json(e));
    j["actions"] = json::array();
    for (const Action& a : c.actions) {
        json x = {{"id", a.id}, {"action", a.action}};
        put(x, "owner", a.owner);
        put(x, "due", a.due);
        put(x, "done", a.done);
        j["actions"].push_back(x);
    }
    j["extensions"] = json::array();
    for (const Extension& x : c.extensions) {
        json e = {{"milestone", x.milestone}};
        put(e, "until", x.until);
        put(e, "agreed_by", x.agreed_by);
        put(e, "reason", x.reason);
        j["extensions"].push_back(e);
    }
    return j;
}

} // namespace scr
