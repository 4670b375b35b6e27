// The list machinery of merge.cpp: a list merged entry by entry (kept, changed, removed or added
// on each side) and both views put in an order that does not depend on which side is ours.
// Internal to lib/case.
#pragma once

#include "case/merge_pair.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <tuple>

namespace scr::merging {

/// A merged list: both views; conflicts as `name[index].field` (index in the view that has the
/// entry, ours first), `name[index]` for a whole entry, `name` for the list; and the reasons of
/// conflicts that a rule of the list, not a field, made.
template <class T> struct ListMerge {
    std::vector<T> ours, theirs;
    std::vector<std::string> conflicts, reasons;
};

/// Merges list `name` three ways: the ancestor's entries as the sides left them, then what
/// either side added; an entry in only one view is part of a conflict.
template <class T> class ListMerger {
public:
    ListMerger(const std::vector<T>& b, const std::vector<T>& o, const std::vector<T>& t,
               const ListRules<T>& r)
        : m_b(b), m_o(o), m_t(t), m_r(r), m_p{pair_side(b, o, r), pair_side(b, t, r)} {}

    ListMerge<T> run(std::string_view name) {
        take_base();
        take_added();
        return views(name);
    }

private:
    enum Side { ours, theirs };
    struct Slot {
        std::optional<T> ov, tv;
        std::vector<std::string> conflicts; // relative to the entry; "" for the entry itself
        int base = -1;                      // the ancestor's entry it is
        int anchor = -1;     // an addition: the ancestor's entry it follows, -1 for none
        int seq = -1;        // an addition: its place among additions
        bool shared = false; // an addition both sides made: one entry
    };

    // The ancestor's entries, each as the sides left it.
    void take_base() {
        for (std::size_t i = 0; i < m_b.size(); ++i) {
            const int j = m_p[ours].to[i], k = m_p[theirs].to[i];
            Slot s;
            s.base = static_cast<int>(i);
            if (j >= 0 && k >= 0) {
                s.ov.emplace();
                s.tv.emplace();
                m_r.merge(m_b[i], m_o[to_size(j)], m_t[to_size(k)], *s.ov, *s.tv, s.conflicts);
            } else if (j < 0 && k < 0) {
                removed_on_both(i);
                continue;
            } else {
                const T& kept = j >= 0 ? m_o[to_size(j)] : m_t[to_size(k)];
                if (kept == m_b[i]) continue;  // removed on one side, left alone on the other
                (j >= 0 ? s.ov : s.tv) = kept; // changed on one side, removed on the other
                s.conflicts.push_back("");
                hold(j >= 0 ? theirs : ours, i);
            }
            m_slots.push_back(std::move(s));
        }
    }

    // Gone from both sides: removed, unless a side's removal may have been an edit, when the
    // merge could hold two versions of one entry.
    void removed_on_both(std::size_t i) {
        const std::string kind = kind_of(m_r, m_b[i]);
        if (!m_p[ours].doubtful(kind) && !m_p[theirs].doubtful(kind)) return;
        hold(ours, i);
        hold(theirs, i);
        m_doubt = true;
    }

    // The side's additions of entry `i`'s kind, one of which may be it edited, are kept to the
    // side's view: the conflict shows them against what the other side made of the entry.
    void hold(Side side, std::size_t i) {
        const std::string kind = kind_of(m_r, m_b[i]);
        if (m_p[side].doubtful(kind)) m_held[side].insert(kind);
    }

    // What the sides added: once when added alike (or, in a list of unique keys, under one key),
    // and kept to its side's view where the rules say both cannot stand.
    void take_added() {
        m_added_from = m_slots.size();
        std::array<std::vector<std::size_t>, 2> seq; // each side's additions, in its order
        for (std::size_t j = 0; j < m_o.size(); ++j)
            if (m_p[ours].from[j] < 0) seq[ours].push_back(add(m_o[j], anchor(ours, j)));
        const std::size_t first_theirs = m_slots.size();
        std::vector<std::optional<std::size_t>> slot_of(m_t.size());
        for (int pass = 0; pass < (m_r.unique ? 2 : 1); ++pass)
            for (std::size_t k = 0; k < m_t.size(); ++k)
                if (m_p[theirs].from[k] < 0 && !slot_of[k])
                    if ((slot_of[k] = twin(first_theirs, m_t[k], pass)))
                        m_slots[*slot_of[k]].anchor =
                            std::min(m_slots[*slot_of[k]].anchor, anchor(theirs, k));
        for (std::size_t k = 0; k < m_t.size(); ++k)
            if (m_p[theirs].from[k] < 0)
                seq[theirs].push_back(slot_of[k] ? *slot_of[k] : add(m_t[k], anchor(theirs, k)));
        separate(first_theirs);
        order_additions(seq[ours], seq[theirs]);
    }

    std::size_t add(const T& e, int after) {
        Slot s;
        s.ov = s.tv = e;
        s.anchor = after;
        m_slots.push_back(std::move(s));
        return m_slots.size() - 1;
    }

    // Ours' addition that theirs' `e` is too: the same entry (pass 0) or under the same key.
    std::optional<std::size_t> twin(std::size_t end, const T& e, int pass) {
        for (std::size_t s = m_added_from; s < end; ++s) {
            Slot& slot = m_slots[s];
            if (slot.shared || (pass == 0 ? !(*slot.ov == e) : m_r.key(*slot.ov) != m_r.key(e)))
                continue;
            slot.shared = true;
            if (pass == 1) {
                const T mine = *slot.ov;
                m_r.merge(T{}, mine, e, *slot.ov, *slot.tv, slot.conflicts);
            }
            return s;
        }
        return std::nullopt;
    }

    // Additions only one side made, kept to that side's view when the other's rule them out,
    // clash with one of the other's, or may be an edit of an entry in conflict.
    void separate(std::size_t first_theirs) {
        std::array<std::vector<std::size_t>, 2> lone;
        std::array<std::vector<T>, 2> e;
        for (std::size_t s = m_added_from; s < m_slots.size(); ++s)
            if (!m_slots[s].shared) {
                const Side side = s < first_theirs ? ours : theirs;
                lone[side].push_back(s);
                e[side].push_back(*m_slots[s].ov);
            }
        std::string why = m_r.excludes ? m_r.excludes(e[ours], e[theirs]) : std::string();
        if (m_r.excludes && why.empty()) why = m_r.excludes(e[theirs], e[ours]);
        if (!why.empty()) {
            m_list_conflict = true;
            m_reasons.push_back(why);
        } else if (m_r.clash) {
            keep_clashes_apart(lone, e);
        }
        for (Side side : {ours, theirs})
            for (std::size_t a = 0; a < lone[side].size(); ++a) {
                const bool held = m_held[side].count(kind_of(m_r, e[side][a])) > 0;
                // Both sides removing an entry conflicts only when what they added differs.
                if (held && m_doubt) m_list_conflict = true;
                if (!why.empty() || held) one_sided(lone[side][a], side);
            }
    }

    void keep_clashes_apart(const std::array<std::vector<std::size_t>, 2>& lone,
                            const std::array<std::vector<T>, 2>& e) {
        bool clashed = false;
        for (std::size_t a = 0; a < lone[ours].size(); ++a)
            for (std::size_t b = 0; b < lone[theirs].size(); ++b)
                if (m_r.clash(e[ours][a], e[theirs][b])) {
                    Slot& mine = m_slots[lone[ours][a]];
                    if (mine.conflicts.empty()) mine.conflicts.push_back("");
                    one_sided(lone[ours][a], ours);
                    one_sided(lone[theirs][b], theirs);
                    clashed = true;
                }
        if (clashed) m_reasons.push_back(m_r.clash_reason);
    }

    void one_sided(std::size_t s, Side side) {
        (side == ours ? m_slots[s].tv : m_slots[s].ov).reset();
    }

    // The ancestor's entry the side's entry `j` follows: the nearest before it paired with one.
    int anchor(Side side, std::size_t j) const {
        while (j-- > 0)
            if (m_p[side].from[j] >= 0) return m_p[side].from[j];
        return -1;
    }

    // Numbers the additions: each side's in its own order, interleaved by place and content,
    // so that either side's additions may come first.
    void order_additions(const std::vector<std::size_t>& a, const std::vector<std::size_t>& b) {
        std::size_t i = 0, k = 0;
        for (int n = 0;; ++n) {
            while (i < a.size() && m_slots[a[i]].seq >= 0)
                ++i;
            while (k < b.size() && m_slots[b[k]].seq >= 0)
                ++k;
            if (i == a.size() && k == b.size()) return;
            const bool mine =
                k == b.size() || (i < a.size() && (a[i] == b[k] || earlier(a[i], b[k])));
            m_slots[mine ? a[i] : b[k]].seq = n;
        }
    }

    bool earlier(std::size_t a, std::size_t b) const {
        const T &x = entry(a), &y = entry(b);
        if (m_r.date && m_r.date(x) != m_r.date(y)) return m_r.date(x) < m_r.date(y);
        if (!m_r.date && m_slots[a].anchor != m_slots[b].anchor)
            return m_slots[a].anchor < m_slots[b].anchor;
        return m_r.before ? m_r.before(x, y) : x < y;
    }

    const T& entry(std::size_t s) const { return m_slots[s].ov ? *m_slots[s].ov : *m_slots[s].tv; }

    // Where a slot's entry goes in a view: by date when the list has dates; the ancestor's
    // entries in its order, additions after them (or after the entry they follow).
    std::tuple<long, int, int> place(std::size_t s, std::optional<T> Slot::*view) const {
        const Slot& slot = m_slots[s];
        const bool added = slot.base < 0;
        if (m_r.date)
            return {m_r.date(*(slot.*view)).time_since_epoch().count(), added,
                    added ? slot.seq : slot.base};
        return {added ? slot.anchor : slot.base, added, slot.seq};
    }

    std::vector<std::size_t> order(std::optional<T> Slot::*view) const {
        std::vector<std::size_t> ids;
        for (std::size_t s = 0; s < m_slots.size(); ++s)
            if (m_slots[s].*view) ids.push_back(s);
        std::stable_sort(ids.begin(), ids.end(), [&](std::size_t a, std::size_t b) {
            return place(a, view) < place(b, view);
        });
        return ids;
    }

    ListMerge<T> views(std::string_view name) {
        ListMerge<T> out;
        const std::vector<std::size_t> ov = order(&Slot::ov), tv = order(&Slot::tv);
        std::vector<int> at(m_slots.size(), -1); // index in ours' view, else in theirs'
        for (std::size_t i = tv.size(); i-- > 0;)
            at[tv[i]] = static_cast<int>(i);
        for (std::size_t i = 0; i < ov.size(); ++i)
            at[ov[i]] = static_cast<int>(i);
        if (m_list_conflict) out.conflicts.emplace_back(name);
        std::vector<std::size_t> named = ov;
        for (std::size_t s : tv)
            if (!m_slots[s].ov) named.push_back(s);
        for (std::size_t s : named)
            for (const std::string& c : m_slots[s].conflicts)
                out.conflicts.push_back(c.empty() ? fmt::format("{}[{}]", name, at[s])
                                                  : fmt::format("{}[{}].{}", name, at[s], c));
        for (std::size_t s : ov)
            out.ours.push_back(*m_slots[s].ov);
        for (std::size_t s : tv)
            out.theirs.push_back(*m_slots[s].tv);
        out.reasons = m_reasons;
        // Sides that made the same of an entry each in their own way do not disagree.
        if (out.ours == out.theirs) {
            out.conflicts.clear();
            out.reasons.clear();
        }
        return out;
    }

    static std::size_t to_size(int i) { return static_cast<std::size_t>(i); }

    const std::vector<T>&m_b, &m_o, &m_t;
    const ListRules<T>& m_r;
    std::array<Pairing, 2> m_p;                  // each side paired with the ancestor
    std::array<std::set<std::string>, 2> m_held; // kinds whose additions stay in their view
    std::vector<Slot> m_slots;                   // the ancestor's entries, then additions
    std::size_t m_added_from = 0;                // the first addition's slot
    bool m_doubt = false; // an entry both removed, one of them maybe by an edit
    bool m_list_conflict = false;
    std::vector<std::string> m_reasons;
};

} // namespace scr::merging
