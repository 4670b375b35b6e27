#include "case/action_plan.h"

#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace scr {
namespace {

Action* find_action(Case& c, std::string_view id) {
    auto it = std::find_if(c.actions.begin(), c.actions.end(),
                           [&](const Action& a) { return a.id == id; });
    return it == c.actions.end() ? nullptr : &*it;
}

// The next number after every `A<n>` id, so hand-written ids such as `R3` never collide.
int next_number(const Case& c) {
    int top = 0;
    for (const Action& a : c.actions) {
        if (a.id.size() < 2 || a.id[0] != 'A') continue;
        int n = 0;
        const char* end = a.id.data() + a.id.size();
        if (auto [p, ec] = std::from_chars(a.id.data() + 1, end, n); ec == std::errc{} && p == end)
            top = std::max(top, n);
    }
    return top + 1;
}

} // namespace

Result<std::string> add_action(Case& c, const std::string& action, const std::string& owner,
                               Date due) {
    if (action.find_first_not_of(" \t\n") == std::string::npos)
        return bad_input("--action", "is needed", "say what is to be done");
    if (!is_multiline_text(action) || action.size() > 20000)
        return bad_input("--action", "must be printable text, at most 20000 bytes");
    if (owner.find_first_not_of(" \t") == std::string::npos)
        return bad_input("--owner", "is needed", "say who will do it, e.g. 'Business Unit'");
    if (!is_single_line_text(owner) || owner.size() > 200)
        return bad_input("--owner", "must be one line of printable text, at most 200 bytes");
    std::string id = fmt::format("A{}", next_number(c));
    while (find_action(c, id))
        id += "a"; // cannot happen with A<n> numbering, but never reuse
    c.actions.push_back(Action{id, action, owner, due, std::nullopt});
    return id;
}

Status check_action_known(const Case& c, std::string_view id) {
    if (std::any_of(c.actions.begin(), c.actions.end(),
                    [&](const Action& a) { return a.id == id; }))
        return ok();
    std::string known;
    for (const Action& a : c.actions)
        known += (known.empty() ? "" : ", ") + a.id;
    return bad_input("ACTION", fmt::format("case {} has no action {}", c.id, excerpt(id)),
                     known.empty() ? "its action plan is empty: add one with scr review action add"
                                   : "its actions: " + known);
}

Status check_action_open(const Case& c, std::string_view id) {
    for (const Action& a : c.actions)
        if (a.id == id && a.done)
            return bad_input("ACTION",
                             fmt::format("{} was already done on {}", a.id, format_iso(*a.done)),
                             "use --force to record another date");
    return ok();
}

void complete_action(Case& c, std::string_view id, Date date) {
    if (Action* a = find_action(c, id)) a->done = date;
}

} // namespace scr
