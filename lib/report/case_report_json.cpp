#include "report/case_report.h"

#include "case/event_types.h"
#include "case/review_terms.h"
#include "case/stage.h"
#include "process/route.h"
#include "report/triage_report.h"

namespace scr {
namespace {

using json = nlohmann::ordered_json;

json date_or_null(const std::optional<Date>& d) {
    return d ? json(format_iso(*d)) : json(nullptr);
}

json ternary_or_null(const std::optional<Ternary>& t) {
    return t ? json(std::string(ternary_slug(*t))) : json(nullptr);
}

// The date ages are given on: the incident's, else the referral's, else the report's.
Date age_date(const Case& c, Date as_of) {
    return c.incident.date ? *c.incident.date : c.received ? *c.received : as_of;
}

json child_json(const Case& c, std::size_t i, const Redactor& r, Date as_of) {
    const Child& ch = c.children[i];
    json j = {{"pseudonym", child_pseudonym(c, i)}};
    if (!r.on()) j["name"] = ch.name;
    j["unborn"] = ternary_or_null(ch.unborn);
    const Date at = ch.date_of_death ? *ch.date_of_death : age_date(c, as_of);
    j["age"] = ch.date_of_birth ? json(age_text(*ch.date_of_birth, at)) : json(nullptr);
    j["died"] = ch.date_of_death.has_value();
    if (!r.on()) {
        j["date_of_birth"] = date_or_null(ch.date_of_birth);
        j["date_of_death"] = date_or_null(ch.date_of_death);
        j["address"] = ch.address;
        j["identifiers"] = {
            {"nhs", ch.identifiers.nhs}, {"crs", ch.identifiers.crs}, {"pnc", ch.identifiers.pnc}};
    }
    j["gender"] = ch.gender;
    j["ethnicity"] = ch.ethnicity;
    j["send"] = ternary_or_null(ch.send);
    return j;
}

json household_json(const Case& c, const Redactor& r, Date as_of) {
    json out = json::array();
    for (std::size_t i = 0; i < c.household.size(); ++i) {
        const HouseholdMember& m = c.household[i];
        json j = r.on() ? json{{"label", r.member_label(i)}} : json{{"name", m.name}};
        j["relationship"] = r.text(m.relationship);
        j["gender"] = m.gender;
        j["age"] =
            m.date_of_birth ? json(age_text(*m.date_of_birth, age_date(c, as_of))) : json(nullptr);
        if (!r.on()) j["date_of_birth"] = date_or_null(m.date_of_birth);
        out.push_back(j);
    }
    return out;
}

json fields_json(const Event& e, const Redactor& r) {
    json out = json::object();
    for (const auto& [k, v] : e.fields) {
        if (const auto* text = std::get_if<std::string>(&v))
            out[k] = r.text(*text);
        else {
            json items = json::array();
            for (const std::string& s : std::get<std::vector<std::string>>(v))
                items.push_back(r.text(s));
            out[k] = items;
        }
    }
    return out;
}

json chronology_json(const Case& c, const Redactor& r) {
    json out = json::array();
    for (const Event& e : c.events) {
        const EventType* type = find_event_type(e.type);
        json j = {{"date", format_iso(e.date)},
                  {"event", e.type},
                  {"meaning", type ? std::string(type->meaning) : std::string()},
                  {"fields", fields_json(e, r)},
                  {"note", r.text(e.note)}};
        if (!r.on()) j["by"] = e.by;
        out.push_back(j);
    }
    return out;
}

} // namespace

json decisions_json(const Case& c, const Redactor& r);
json lcspr_json(const Case& c, const Redactor& r);
json actions_json(const Case& c, const std::vector<Deadline>& deadlines, const Redactor& r);
json report_deadlines_json(const std::vector<Deadline>& deadlines, const Redactor& r);

json case_report_json(const CaseReportInput& in) {
    const Case& c = in.c;
    const Redactor r(c, in.redaction);
    json j = {{"case", c.id},
              {"kind", kind_slug(c.kind)},
              {"received", date_or_null(c.received)},
              {"stage", case_stage(c)},
              {"as_of", format_iso(in.as_of)},
              {"redacted", r.on()}};
    j["incident"] = {{"date", date_or_null(c.incident.date)},
                     {"local_authority", c.incident.local_authority},
                     {"summary", r.text(c.incident.summary)}};
    j["referrer"] = r.on() ? json{{"role", r.text(c.referrer.role)}, {"agency", c.referrer.agency}}
                           : json{{"name", c.referrer.name},
                                  {"role", c.referrer.role},
                                  {"agency", c.referrer.agency},
                                  {"email", c.referrer.email}};
    json children = json::array();
    for (std::size_t i = 0; i < c.children.size(); ++i)
        children.push_back(child_json(c, i, r, in.as_of));
    j["children"] = children;
    j["household"] = household_json(c, r, in.as_of);
    j["learning"] = {{"improvement", r.text(c.learning.improvement)},
                     {"sharing", r.text(c.learning.sharing)},
                     {"expectations", r.text(c.learning.expectations)}};
    j["chronology"] = chronology_json(c, r);
    json triage = triage_to_json(c, in.as_of, in.triage);
    for (json& check : triage["checks"])
        for (json& reason : check["reasons"])
            reason = r.text(reason.get<std::string>());
    j["criteria"] = {{"checks", triage["checks"]}, {"recommendation", triage["recommendation"]}};
    json agencies = json::array();
    for (const Agency& a : c.agencies)
        agencies.push_back(r.text(a.name));
    j["agencies"] = agencies;
    j["decisions"] = decisions_json(c, r);
    j["lcspr"] = lcspr_json(c, r);
    j["actions"] = actions_json(c, in.deadlines, r);
    j["deadlines"] = report_deadlines_json(in.deadlines, r);
    return j;
}

} // namespace scr
