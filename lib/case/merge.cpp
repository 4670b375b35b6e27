#include "case/merge.h"

#include "case/merge_events.h"
#include "case/merge_items.h"
#include "case/merge_list.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <tuple>

namespace scr {
namespace {

using namespace merging;

template <class T>
void merge_entries(std::vector<T> Case::*list, std::string_view name, const Case& b, const Case& o,
                   const Case& t, const ListRules<T>& rules, CaseMerge& out) {
    auto merged = ListMerger<T>(b.*list, o.*list, t.*list, rules).run(name);
    out.ours.*list = std::move(merged.ours);
    out.theirs.*list = std::move(merged.theirs);
    out.conflicts.insert(out.conflicts.end(), merged.conflicts.begin(), merged.conflicts.end());
    out.reasons.insert(out.reasons.end(), merged.reasons.begin(), merged.reasons.end());
}

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

// Which of two different actions under one new id keeps it: the one due first (one with a due
// date before one without), then by text; so either side may pull first and get the same plan.
bool keeps_id(const Action& a, const Action& b) {
    if (a.due.has_value() != b.due.has_value()) return a.due.has_value();
    return std::tie(a.due, a.action, a.owner, a.done) < std::tie(b.due, b.action, b.owner, b.done);
}

// Both clones numbered their new actions from the same plan, so two different actions may
// share an id: one of them moves to the next free id (and its extensions with it). The same
// action text under one id is one action, merged field by field.
std::vector<ActionRenumbered> renumber_clashes(const Case& base, Case& ours, Case& theirs) {
    int top = 0;
    std::vector<std::string> ids;
    for (const Case* c :
         {&base, static_cast<const Case*>(&ours), static_cast<const Case*>(&theirs)})
        for (const Action& a : c->actions)
            top = std::max(top, action_number(a.id));
    for (const Action& a : ours.actions)
        if (const Action* yours = find_action(theirs, a.id);
            yours && !find_action(base, a.id) && yours->action != a.action)
            ids.push_back(a.id);
    std::sort(ids.begin(), ids.end(), [](const std::string& a, const std::string& b) {
        return std::pair(action_number(a), a) < std::pair(action_number(b), b);
    });
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<ActionRenumbered> out;
    for (const std::string& id : ids) {
        const bool move_ours = keeps_id(*find_action(theirs, id), *find_action(ours, id));
        Case& side = move_ours ? ours : theirs;
        ActionRenumbered moved{id, fmt::format("A{}", ++top), move_ours};
        for (Action& a : side.actions)
            if (a.id == id) a.id = moved.to;
        for (Extension& x : side.extensions)
            if (x.milestone == "action:" + id) x.milestone = "action:" + moved.to;
        out.push_back(std::move(moved));
    }
    return out;
}

// The rules of a list whose entries have a unique identity `key`.
template <class T>
ListRules<T> unique_rules(
    std::function<std::string(const T&)> key,
    std::function<void(const T&, const T&, const T&, T&, T&, std::vector<std::string>&)> merge) {
    ListRules<T> r;
    r.key = std::move(key);
    r.unique = true;
    r.merge = std::move(merge);
    return r;
}

} // namespace

CaseMerge merge_cases(const Case& base, const Case& ours_given, const Case& theirs_given) {
    CaseMerge out;
    Case ours = ours_given, theirs = theirs_given;
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
        unique_rules<Child>(
            [](const Child& c) { return c.pseudonym.empty() ? c.name : c.pseudonym; }, merge_child),
        out);
    merge_entries(
        &Case::household, "household", base, ours, theirs,
        unique_rules<HouseholdMember>(
            [](const HouseholdMember& m) { return m.name.empty() ? m.relationship : m.name; },
            merge_member),
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
    merge_answers(base.answers, ours.answers, theirs.answers, out.ours.answers, out.theirs.answers,
                  out.conflicts);
    merge_entries(&Case::agencies, "agencies", base, ours, theirs,
                  unique_rules<Agency>([](const Agency& a) { return a.name; }, merge_agency), out);
    merge_entries(&Case::events, "events", base, ours, theirs, event_rules(), out);
    merge_entries(&Case::actions, "actions", base, ours, theirs,
                  unique_rules<Action>([](const Action& a) { return a.id; }, merge_action), out);
    merge_entries(
        &Case::extensions, "extensions", base, ours, theirs,
        unique_rules<Extension>([](const Extension& x) { return x.milestone; }, merge_extension),
        out);
    return out;
}

} // namespace scr
