// How one entry of each list of a case merges three ways, field by field, and the answers key
// by key: the pieces merge.cpp puts together. Internal to lib/case.
#pragma once

#include "case/model.h"

#include <map>
#include <string>
#include <vector>

namespace scr::merging {

using Conflicts = std::vector<std::string>; // field paths relative to what is merged

/// Merges one value into both views; false when the sides changed it differently.
template <class T> bool merge_value(const T& b, const T& o, const T& t, T& ov, T& tv) {
    if (o == t || t == b) {
        ov = tv = o;
        return true;
    }
    ov = tv = t;
    if (o == b) return true;
    ov = o;
    return false;
}

/// Three versions of a struct and its two views; each call merges one member, a conflict named
/// `prefix` + the member's name.
template <class S> struct Members {
    const S &b, &o, &t;
    S &ov, &tv;
    std::vector<std::string>& conflicts;
    std::string prefix;

    template <class T> void operator()(T S::*member, std::string_view name) const {
        if (!merge_value(b.*member, o.*member, t.*member, ov.*member, tv.*member))
            conflicts.push_back(prefix + std::string(name));
    }
};

using Answers = std::map<std::string, std::string>;

/// Each of these merges one entry three ways into both views, naming conflicts ("gender").
void merge_child(const Child& b, const Child& o, const Child& t, Child& ov, Child& tv,
                 Conflicts& c);
void merge_member(const HouseholdMember& b, const HouseholdMember& o, const HouseholdMember& t,
                  HouseholdMember& ov, HouseholdMember& tv, Conflicts& c);
void merge_event(const Event& b, const Event& o, const Event& t, Event& ov, Event& tv,
                 Conflicts& c);
void merge_action(const Action& b, const Action& o, const Action& t, Action& ov, Action& tv,
                  Conflicts& c);
void merge_extension(const Extension& b, const Extension& o, const Extension& t, Extension& ov,
                     Extension& tv, Conflicts& c);
void merge_agency(const Agency& b, const Agency& o, const Agency& t, Agency& ov, Agency& tv,
                  Conflicts& c);

/// The answers merged key by key: an answer given, changed or removed on one side takes it.
void merge_answers(const Answers& b, const Answers& o, const Answers& t, Answers& ov, Answers& tv,
                   Conflicts& c);

} // namespace scr::merging
