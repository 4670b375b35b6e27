// How the entries of one list are told apart in a merge, and how one side's entries are paired
// with the common ancestor's: the same entry, the one changed under the same key, or the one of a
// kind removed where one of that kind was added (an edit, the key included). Internal to lib/case.
#pragma once

#include "calendar/date.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace scr::merging {

/// How the entries of one list are told apart, placed and merged.
template <class T> struct ListRules {
    std::function<std::string(const T&)> key;  // pairs a changed entry with its original
    std::function<std::string(const T&)> kind; // what an edit cannot change (null: one kind)
    bool unique = false; // one entry a key: entries added on both sides under one key are one
    std::function<Date(const T&)> date; // when set, the list is kept in date order
    // Merges one entry into both views, naming conflicts relative to it ("note").
    std::function<void(const T&, const T&, const T&, T&, T&, std::vector<std::string>&)> merge;
    // Whether two different entries, one added on each side, cannot both stand; and why not.
    std::function<bool(const T&, const T&)> clash;
    std::string clash_reason;
    // Why one side's additions rule out all of the other's, or "" when they do not.
    std::function<std::string(const std::vector<T>&, const std::vector<T>&)> excludes;
    // The order of entries both sides added at one place (null: operator<).
    std::function<bool(const T&, const T&)> before;
};

/// How one side's list relates to the ancestor's.
struct Pairing {
    std::vector<int> to;               // ancestor's entry -> the side's, or -1: removed
    std::vector<int> from;             // side's entry -> the ancestor's, or -1: added
    std::set<std::string> added_kinds; // the kinds of the side's additions

    /// Whether the side's removal of an entry of `kind` may have been an edit past telling.
    bool doubtful(const std::string& kind) const { return added_kinds.count(kind) > 0; }
};

/// The kind of entry `e` under rules `r`.
template <class T> std::string kind_of(const ListRules<T>& r, const T& e) {
    return r.kind ? r.kind(e) : std::string();
}

namespace detail {

inline void link(Pairing& p, std::size_t i, std::size_t j) {
    p.to[i] = static_cast<int>(j);
    p.from[j] = static_cast<int>(i);
}

// Pairs entries still unpaired where exactly one on each side has one value of `by`: with more
// candidates the pairing would be a guess, so they stay a removal and an addition.
template <class T, class By>
void pair_single(Pairing& p, const std::vector<T>& base, const std::vector<T>& side, const By& by) {
    std::map<std::string, std::pair<std::vector<std::size_t>, std::vector<std::size_t>>> groups;
    for (std::size_t i = 0; i < base.size(); ++i)
        if (p.to[i] < 0) groups[by(base[i])].first.push_back(i);
    for (std::size_t j = 0; j < side.size(); ++j)
        if (p.from[j] < 0) groups[by(side[j])].second.push_back(j);
    for (const auto& [value, g] : groups)
        if (g.first.size() == 1 && g.second.size() == 1) link(p, g.first[0], g.second[0]);
}

} // namespace detail

/// Pairs `side`'s entries with `base`'s: equal ones in order; then, among those left, the one on
/// each side under one key (changed); then the one on each side of one kind (edited).
template <class T>
Pairing pair_side(const std::vector<T>& base, const std::vector<T>& side, const ListRules<T>& r) {
    Pairing p{std::vector<int>(base.size(), -1), std::vector<int>(side.size(), -1), {}};
    for (std::size_t i = 0; i < base.size(); ++i)
        for (std::size_t j = 0; j < side.size() && p.to[i] < 0; ++j)
            if (p.from[j] < 0 && side[j] == base[i]) detail::link(p, i, j);
    detail::pair_single(p, base, side, r.key);
    detail::pair_single(p, base, side, [&](const T& e) { return kind_of(r, e); });
    for (std::size_t j = 0; j < side.size(); ++j)
        if (p.from[j] < 0) p.added_kinds.insert(kind_of(r, side[j]));
    return p;
}

} // namespace scr::merging
