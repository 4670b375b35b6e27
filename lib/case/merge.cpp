#include "case/merge.h"

#include "case/merge_items.h"
#include "case/merge_list.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

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
    merge_answers(base.answers, ours.answers, theirs.answers, out.ours.answers, out.theirs.answers,
                  out.conflicts);
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
