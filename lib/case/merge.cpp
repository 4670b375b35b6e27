#include "case/merge.h"

#include "case/merge_list.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace scr {
namespace {

using merging::ListRules;
using merging::Members;
using Conflicts = std::vector<std::string>;

void merge_child(const Child& b, const Child& o, const Child& t, Child& ov, Child& tv,
                 Conflicts& c) {
    const Members<Child> m{b, o, t, ov, tv, c, ""};
    m(&Child::name, "name");
    m(&Child::pseudonym, "pseudonym");
    m(&Child::unborn, "unborn");
    m(&Child::date_of_birth, "date_of_birth");
    m(&Child::date_of_death, "date_of_death");
    m(&Child::gender, "gender");
    m(&Child::ethnicity, "ethnicity");
    m(&Child::send, "send");
    m(&Child::address, "address");
    const Members<Identifiers> id{b.identifiers,  o.identifiers,  t.identifiers,
                                  ov.identifiers, tv.identifiers, c,
                                  "identifiers."};
    id(&Identifiers::nhs, "nhs");
    id(&Identifiers::crs, "crs");
    id(&Identifiers::pnc, "pnc");
}

void merge_member(const HouseholdMember& b, const HouseholdMember& o, const HouseholdMember& t,
                  HouseholdMember& ov, HouseholdMember& tv, Conflicts& c) {
    const Members<HouseholdMember> m{b, o, t, ov, tv, c, ""};
    m(&HouseholdMember::name, "name");
    m(&HouseholdMember::relationship, "relationship");
    m(&HouseholdMember::gender, "gender");
    m(&HouseholdMember::date_of_birth, "date_of_birth");
}

// Keyed values (an event's own fields, the answers) merged key by key: a key absent on a side
// is a value too, so adding, changing and removing one all merge alike.
template <class Pairs, class Find, class Put>
void merge_keyed(const Pairs& b, const Pairs& o, const Pairs& t, Pairs& ov, Pairs& tv, Conflicts& c,
                 const std::string& prefix, Find find, Put put) {
    std::vector<std::string> keys;
    for (const Pairs* side : {&o, &t, &b})
        for (const auto& kv : *side)
            if (std::find(keys.begin(), keys.end(), kv.first) == keys.end())
                keys.push_back(kv.first);
    ov = {};
    tv = {};
    for (const std::string& key : keys) {
        auto mine = find(o, key), yours = find(t, key), was = find(b, key);
        decltype(mine) left, right;
        if (!merging::merge_value(was, mine, yours, left, right)) c.push_back(prefix + key);
        if (left) put(ov, key, *left);
        if (right) put(tv, key, *right);
    }
}

void merge_event(const Event& b, const Event& o, const Event& t, Event& ov, Event& tv,
                 Conflicts& c) {
    const Members<Event> m{b, o, t, ov, tv, c, ""};
    m(&Event::date, "date");
    m(&Event::type, "type");
    using Fields = std::vector<std::pair<std::string, FieldValue>>;
    merge_keyed(
        b.fields, o.fields, t.fields, ov.fields, tv.fields, c, "",
        [](const Fields& f, const std::string& key) -> std::optional<FieldValue> {
            for (const auto& [k, v] : f)
                if (k == key) return v;
            return std::nullopt;
        },
        [](Fields& f, const std::string& key, const FieldValue& v) { f.emplace_back(key, v); });
    m(&Event::note, "note");
    m(&Event::by, "by");
}

void merge_answers(const Case& b, const Case& o, const Case& t, CaseMerge& out) {
    using Answers = std::map<std::string, std::string>;
    merge_keyed(
        b.answers, o.answers, t.answers, out.ours.answers, out.theirs.answers, out.conflicts,
        "answers.",
        [](const Answers& a, const std::string& key) -> std::optional<std::string> {
            auto it = a.find(key);
            return it == a.end() ? std::nullopt : std::optional<std::string>(it->second);
        },
        [](Answers& a, const std::string& key, const std::string& v) { a[key] = v; });
}

void merge_action(const Action& b, const Action& o, const Action& t, Action& ov, Action& tv,
                  Conflicts& c) {
    const Members<Action> m{b, o, t, ov, tv, c, ""};
    m(&Action::id, "id");
    m(&Action::action, "action");
    m(&Action::owner, "owner");
    m(&Action::due, "due");
    m(&Action::done, "done");
}

void merge_extension(const Extension& b, const Extension& o, const Extension& t, Extension& ov,
                     Extension& tv, Conflicts& c) {
    const Members<Extension> m{b, o, t, ov, tv, c, ""};
    m(&Extension::milestone, "milestone");
    m(&Extension::until, "until");
    m(&Extension::agreed_by, "agreed_by");
    m(&Extension::reason, "reason");
}

void merge_agency(const Agency& b, const Agency& o, const Agency& t, Agency& ov, Agency& tv,
                  Conflicts& c) {
    Members<Agency>{b, o, t, ov, tv, c, ""}(&Agency::name, "name");
}

template <class T>
void merge_entries(std::vector<T> Case::*list, std::string_view name, const Case& b, const Case& o,
                   const Case& t, const ListRules<T>& rules, CaseMerge& out) {
    auto merged = merging::ListMerger<T>(b.*list, o.*list, t.*list, rules).run(name);
    out.ours.*list = std::move(merged.ours);
    out.theirs.*list = std::move(merged.theirs);
    out.conflicts.insert(out.conflicts.end(), merged.conflicts.begin(), merged.conflicts.end());
}

} // namespace

namespace {

// The n of an `A<n>` action id, else 0.
int action_number(const std::string& id) {
    int n = 0;
    const char* end = id.data() + id.size();
    if (id.size() < 2 || id[0] != 'A') return 0;
    auto [p, ec] = std::from_chars(id.data() + 1, end, n);
    return ec == std::errc{} && p == end ? n : 0;
}

const Action* find_action(const Case& c, const std::string& id) {
    auto it = std::find_if(c.actions.begin(), c.actions.end(),
                           [&](const Action& a) { return a.id == id; });
    return it == c.actions.end() ? nullptr : &*it;
}

// Both clones numbered their new actions from the same plan, so two different actions may
// share an id: theirs moves to the next free one (and its extensions with it). The same action
// text under one id is one action, merged field by field.
std::vector<ActionRenumbered> renumber_clashes(const Case& base, const Case& ours, Case& theirs) {
    int top = 0;
    for (const Case* c : {&base, &ours, static_cast<const Case*>(&theirs)})
        for (const Action& a : c->actions)
            top = std::max(top, action_number(a.id));
    std::vector<ActionRenumbered> out;
    for (Action& a : theirs.actions) {
        const Action* mine = find_action(ours, a.id);
        if (find_action(base, a.id) || !mine || mine->action == a.action) continue;
        ActionRenumbered moved{a.id, fmt::format("A{}", ++top)};
        a.id = moved.to;
        for (Extension& x : theirs.extensions)
            if (x.milestone == "action:" + moved.from) x.milestone = "action:" + moved.to;
        out.push_back(std::move(moved));
    }
    return out;
}

} // namespace

CaseMerge merge_cases(const Case& base, const Case& ours, const Case& theirs_given) {
    CaseMerge out;
    Case theirs = theirs_given;
    out.renumbered = renumber_clashes(base, ours, theirs);
    const Members<Case> top{base, ours, theirs, out.ours, out.theirs, out.conflicts, ""};
    top(&Case::id, "id");
    top(&Case::kind, "kind");
    top(&Case::received, "received");
    const Members<Referrer> ref{base.referrer,     ours.referrer,       theirs.referrer,
                                out.ours.referrer, out.theirs.referrer, out.conflicts,
                                "referrer."};
    ref(&Referrer::name, "name");
    ref(&Referrer::role, "role");
    ref(&Referrer::agency, "agency");
    ref(&Referrer::email, "email");
    merge_entries(
        &Case::children, "children", base, ours, theirs,
        ListRules<Child>{[](const Child& c) { return c.pseudonym.empty() ? c.name : c.pseudonym; },
                         true, nullptr, merge_child},
        out);
    merge_entries(&Case::household, "household", base, ours, theirs,
                  ListRules<HouseholdMember>{[](const HouseholdMember& m) {
                                                 return m.name.empty() ? m.relationship : m.name;
                                             },
                                             true, nullptr, merge_member},
                  out);
    const Members<Incident> inc{base.incident,     ours.incident,       theirs.incident,
                                out.ours.incident, out.theirs.incident, out.conflicts,
                                "incident."};
    inc(&Incident::date, "date");
    inc(&Incident::summary, "summary");
    inc(&Incident::local_authority, "local_authority");
    const Members<Learning> learn{base.learning,     ours.learning,       theirs.learning,
                                  out.ours.learning, out.theirs.learning, out.conflicts,
                                  "learning."};
    learn(&Learning::improvement, "improvement");
    learn(&Learning::sharing, "sharing");
    learn(&Learning::expectations, "expectations");
    merge_answers(base, ours, theirs, out);
    merge_entries(
        &Case::agencies, "agencies", base, ours, theirs,
        ListRules<Agency>{[](const Agency& a) { return a.name; }, true, nullptr, merge_agency},
        out);
    merge_entries(&Case::events, "events", base, ours, theirs,
                  ListRules<Event>{[](const Event& e) { return format_iso(e.date) + ' ' + e.type; },
                                   false, [](const Event& e) { return e.date; }, merge_event},
                  out);
    merge_entries(
        &Case::actions, "actions", base, ours, theirs,
        ListRules<Action>{[](const Action& a) { return a.id; }, true, nullptr, merge_action}, out);
    merge_entries(&Case::extensions, "extensions", base, ours, theirs,
                  ListRules<Extension>{[](const Extension& x) { return x.milestone; }, true,
                                       nullptr, merge_extension},
                  out);
    return out;
}

} // namespace scr
