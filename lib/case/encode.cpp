#include "case/encode.h"

#include "case/event_types.h"
#include "case/yaml_write.h"

#include <algorithm>

namespace scr {
namespace {

void opt_text(YamlWriter& w, int indent, std::string_view key, const std::string& v) {
    if (!v.empty()) w.field(indent, key, v);
}

void opt_date(YamlWriter& w, int indent, std::string_view key, const std::optional<Date>& d) {
    if (d) w.word(indent, key, format_iso(*d));
}

void opt_ternary(YamlWriter& w, int indent, std::string_view key, const std::optional<Ternary>& t) {
    if (t) w.word(indent, key, ternary_slug(*t));
}

void write_child(YamlWriter& w, const Child& c) {
    w.item_start(1);
    opt_text(w, 2, "name", c.name);
    opt_text(w, 2, "pseudonym", c.pseudonym);
    opt_ternary(w, 2, "unborn", c.unborn);
    opt_date(w, 2, "date_of_birth", c.date_of_birth);
    opt_date(w, 2, "date_of_death", c.date_of_death);
    opt_text(w, 2, "gender", c.gender);
    opt_text(w, 2, "ethnicity", c.ethnicity);
    opt_ternary(w, 2, "send", c.send);
    opt_text(w, 2, "address", c.address);
    const Identifiers& id = c.identifiers;
    if (id.nhs.empty() && id.crs.empty() && id.pnc.empty()) return;
    w.open(2, "identifiers");
    opt_text(w, 3, "nhs", id.nhs);
    opt_text(w, 3, "crs", id.crs);
    opt_text(w, 3, "pnc", id.pnc);
}

void write_event(YamlWriter& w, const Event& e) {
    w.item_start(1);
    w.word(2, "date", format_iso(e.date));
    w.word(2, "type", e.type);
    const EventType* known = find_event_type(e.type);
    for (const auto& [key, value] : ordered_fields(e)) {
        const FieldSpec* spec = known ? find_field(*known, key) : nullptr;
        if (const auto* text = std::get_if<std::string>(&value)) {
            if (spec && spec->kind == FieldKind::choice)
                w.word(2, key, *text);
            else
                w.field(2, key, *text);
            continue;
        }
        const auto& items = std::get<std::vector<std::string>>(value);
        if (spec && spec->kind == FieldKind::choice_list) {
            w.flow_list(2, key, items);
        } else {
            w.open(2, key);
            for (const std::string& item : items) w.item(3, item);
        }
    }
    opt_text(w, 2, "note", e.note);
    opt_text(w, 2, "by", e.by);
}

} // namespace

std::vector<std::pair<std::string, FieldValue>> ordered_fields(const Event& e) {
    auto fields = e.fields;
    const EventType* known = find_event_type(e.type);
    if (!known) return fields;
    auto rank = [known](const std::string& key) {
        for (std::size_t i = 0; i < known->fields.size(); ++i)
            if (known->fields[i].key == key) return i;
        return known->fields.size();
    };
    std::stable_sort(fields.begin(), fields.end(),
                     [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
    return fields;
}

std::string format_case(const Case& c) {
    YamlWriter w;
    w.raw(case_schema_line);
    w.word(0, "id", c.id);
    w.word(0, "kind", kind_slug(c.kind));
    opt_date(w, 0, "received", c.received);
    const Referrer& r = c.referrer;
    if (!r.name.empty() || !r.role.empty() || !r.agency.empty() || !r.email.empty()) {
        w.open(0, "referrer");
        opt_text(w, 1, "name", r.name);
        opt_text(w, 1, "role", r.role);
        opt_text(w, 1, "agency", r.agency);
        opt_text(w, 1, "email", r.email);
    }
    if (!c.children.empty()) w.open(0, "children");
    for (const Child& child : c.children) write_child(w, child);
    if (!c.household.empty()) w.open(0, "household");
    for (const HouseholdMember& m : c.household) {
        w.item_start(1);
        opt_text(w, 2, "name", m.name);
        opt_text(w, 2, "relationship", m.relationship);
        opt_text(w, 2, "gender", m.gender);
        opt_date(w, 2, "date_of_birth", m.date_of_birth);
    }
    const Incident& i = c.incident;
    if (i.date || !i.summary.empty() || !i.local_authority.empty()) {
        w.open(0, "incident");
        opt_date(w, 1, "date", i.date);
        opt_text(w, 1, "summary", i.summary);
        opt_text(w, 1, "local_authority", i.local_authority);
    }
    const Learning& l = c.learning;
    if (!l.improvement.empty() || !l.sharing.empty() || !l.expectations.empty()) {
        w.open(0, "learning");
        opt_text(w, 1, "improvement", l.improvement);
        opt_text(w, 1, "sharing", l.sharing);
        opt_text(w, 1, "expectations", l.expectations);
    }
    if (!c.answers.empty()) w.open(0, "answers");
    for (const AnswerKey& k : answer_keys())
        if (auto it = c.answers.find(std::string(k.key)); it != c.answers.end())
            w.word(1, k.key, it->second);
    if (!c.agencies.empty()) w.open(0, "agencies");
    for (const Agency& a : c.agencies) {
        w.item_start(1);
        w.field(2, "name", a.name);
    }
    if (!c.events.empty()) w.open(0, "events");
    for (const Event& e : c.events) write_event(w, e);
    if (!c.actions.empty()) w.open(0, "actions");
    for (const Action& a : c.actions) {
        w.item_start(1);
        w.field(2, "id", a.id);
        w.field(2, "action", a.action);
        opt_text(w, 2, "owner", a.owner);
        opt_date(w, 2, "due", a.due);
        opt_date(w, 2, "done", a.done);
    }
    if (!c.extensions.empty()) w.open(0, "extensions");
    for (const Extension& x : c.extensions) {
        w.item_start(1);
        w.field(2, "milestone", x.milestone);
        opt_date(w, 2, "until", x.until);
        opt_text(w, 2, "agreed_by", x.agreed_by);
        opt_text(w, 2, "reason", x.reason);
    }
    return w.text();
}

} // namespace scr
