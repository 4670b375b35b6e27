// The list machinery of merge.cpp: a list merged entry by entry (kept, changed, removed or added
// on each side), entries paired by identity and placed in order. Internal to lib/case.
#pragma once

#include "calendar/date.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace scr::merging {

/// How the entries of one list are told apart, placed and merged.
template <class T> struct ListRules {
    std::function<std::string(const T&)> key; // pairs a changed entry with its original
    bool unique = false; // one entry a key: entries added on both sides under one key are one
    std::function<Date(const T&)> date; // when set, added entries go after those on or before it
    // Merges one entry into both views, naming conflicts relative to it ("note").
    std::function<void(const T&, const T&, const T&, T&, T&, std::vector<std::string>&)> merge;
};

/// A merged list: both views, and conflicts as `name[index].field` (index in the view that has
/// the entry, ours first); `name[index]` alone when one side removed what the other changed.
template <class T> struct ListMerge {
    std::vector<T> ours, theirs;
    std::vector<std::string> conflicts;
};

namespace detail {

template <class T> struct Slot {
    std::optional<T> ov, tv;
    std::vector<std::string> conflicts; // "" for the entry itself
    bool ours_added = false, paired = false;
};

// For each base entry, the side's entry that is it (equal first, then the same key), or -1.
template <class T>
std::vector<int> match(const std::vector<T>& base, const std::vector<T>& side,
                       const ListRules<T>& r) {
    std::vector<int> to(base.size(), -1);
    std::vector<bool> used(side.size(), false);
    for (int pass = 0; pass < 2; ++pass)
        for (std::size_t i = 0; i < base.size(); ++i)
            for (std::size_t j = 0; to[i] < 0 && j < side.size(); ++j)
                if (!used[j] &&
                    (pass == 0 ? side[j] == base[i] : r.key(side[j]) == r.key(base[i]))) {
                    to[i] = static_cast<int>(j);
                    used[j] = true;
                }
    return to;
}

inline std::vector<int> invert(const std::vector<int>& to, std::size_t n) {
    std::vector<int> from(n, -1);
    for (std::size_t i = 0; i < to.size(); ++i)
        if (to[i] >= 0) from[static_cast<std::size_t>(to[i])] = static_cast<int>(i);
    return from;
}

// An entry ours added that theirs added too: the same entry, else (unique lists) the same key.
template <class T>
std::optional<std::size_t> added_by_ours(const std::vector<Slot<T>>& slots, const T& e,
                                         const ListRules<T>& r) {
    for (int pass = 0; pass < (r.unique ? 2 : 1); ++pass)
        for (std::size_t s = 0; s < slots.size(); ++s)
            if (slots[s].ours_added && !slots[s].paired &&
                (pass == 0 ? *slots[s].ov == e : r.key(*slots[s].ov) == r.key(e)))
                return s;
    return std::nullopt;
}

} // namespace detail

/// Merges list `name` three ways. Ours' entries keep their order; theirs' go by date (when the
/// rules have one) or after the entry theirs had before them, ours' additions there first.
template <class T> class ListMerger {
public:
    ListMerger(const std::vector<T>& b, const std::vector<T>& o, const std::vector<T>& t,
               const ListRules<T>& r)
        : m_b(b), m_o(o), m_t(t), m_r(r), m_bt(detail::match(b, t, r)), m_t_slot(t.size(), -1) {}

    ListMerge<T> run(std::string_view name) {
        take_ours();
        take_theirs();
        return views(name);
    }

private:
    using Slot = detail::Slot<T>;

    // Ours' entries in ours' order, each merged with what theirs made of it.
    void take_ours() {
        const std::vector<int> ob = detail::invert(detail::match(m_b, m_o, m_r), m_o.size());
        for (std::size_t j = 0; j < m_o.size(); ++j) {
            Slot s;
            const int i = ob[j];
            const int k = i < 0 ? -1 : m_bt[static_cast<std::size_t>(i)];
            if (i < 0) {
                s.ov = s.tv = m_o[j];
                s.ours_added = true;
            } else if (k >= 0) {
                s.ov.emplace();
                s.tv.emplace();
                m_r.merge(m_b[to_size(i)], m_o[j], m_t[to_size(k)], *s.ov, *s.tv, s.conflicts);
                m_t_slot[to_size(k)] = static_cast<int>(m_slots.size());
            } else if (m_o[j] == m_b[to_size(i)]) {
                continue; // theirs removed it, ours left it alone
            } else {
                s.ov = m_o[j]; // ours changed what theirs removed
                s.conflicts.push_back("");
            }
            m_order.push_back(m_slots.size());
            m_slots.push_back(std::move(s));
        }
    }

    // Theirs' entries that ours does not hold already: added, or changed where ours removed.
    void take_theirs() {
        const std::vector<int> tb = detail::invert(m_bt, m_t.size());
        for (std::size_t k = 0; k < m_t.size(); ++k) {
            if (m_t_slot[k] >= 0) continue;
            Slot s;
            if (const int i = tb[k]; i >= 0) {
                if (m_t[k] == m_b[to_size(i)]) continue; // ours removed it
                s.tv = m_t[k];                           // theirs changed what ours removed
                s.conflicts.push_back("");
            } else if (auto same = detail::added_by_ours(m_slots, m_t[k], m_r)) {
                Slot& both = m_slots[*same];
                both.paired = true;
                m_t_slot[k] = static_cast<int>(*same);
                const T mine = *both.ov;
                m_r.merge(T{}, mine, m_t[k], *both.ov, *both.tv, both.conflicts);
                continue;
            } else {
                s.ov = s.tv = m_t[k];
            }
            const std::size_t pos = place(k);
            m_t_slot[k] = static_cast<int>(m_slots.size());
            m_slots.push_back(std::move(s));
            m_order.insert(m_order.begin() + static_cast<std::ptrdiff_t>(pos), m_slots.size() - 1);
        }
    }

    // Where theirs' entry `k` goes in the merged order.
    std::size_t place(std::size_t k) const {
        if (m_r.date) {
            const Date d = m_r.date(m_t[k]);
            std::size_t pos = m_order.size();
            while (pos > 0 && m_r.date(entry(m_order[pos - 1])) > d)
                --pos;
            return pos;
        }
        std::size_t pos = 0;
        for (std::size_t before = k; before-- > 0;)
            if (m_t_slot[before] >= 0) {
                const auto at =
                    std::find(m_order.begin(), m_order.end(), to_size(m_t_slot[before]));
                pos = static_cast<std::size_t>(at - m_order.begin()) + 1;
                break;
            }
        // Ours' entries added at the same place come first, as same-day events do.
        while (pos < m_order.size() && m_slots[m_order[pos]].ours_added)
            ++pos;
        return pos;
    }

    const T& entry(std::size_t slot) const {
        return m_slots[slot].ov ? *m_slots[slot].ov : *m_slots[slot].tv;
    }

    ListMerge<T> views(std::string_view name) {
        ListMerge<T> out;
        for (std::size_t s : m_order) {
            Slot& slot = m_slots[s];
            const std::size_t index = slot.ov ? out.ours.size() : out.theirs.size();
            for (const std::string& c : slot.conflicts)
                out.conflicts.push_back(c.empty() ? fmt::format("{}[{}]", name, index)
                                                  : fmt::format("{}[{}].{}", name, index, c));
            if (slot.ov) out.ours.push_back(std::move(*slot.ov));
            if (slot.tv) out.theirs.push_back(std::move(*slot.tv));
        }
        return out;
    }

    static std::size_t to_size(int i) { return static_cast<std::size_t>(i); }

    const std::vector<T>&m_b, &m_o, &m_t;
    const ListRules<T>& m_r;
    std::vector<int> m_bt;     // base entry -> theirs' entry
    std::vector<int> m_t_slot; // theirs' entry -> its slot
    std::vector<Slot> m_slots;
    std::vector<std::size_t> m_order; // slots in merged order
};

} // namespace scr::merging
