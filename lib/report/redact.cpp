#include "report/redact.h"

#include "core/text.h"
#include "process/deadlines.h"
#include "report/redact_match.h"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace scr {
namespace {

using namespace redact_detail;

// Words of a name that are not names: replacing them would mangle the report, protect no one.
bool not_a_name(const std::string& part) {
    static const std::set<std::string> words = {"baby", "child", "mr",  "mrs", "ms", "miss",
                                                "mx",   "dr",    "the", "and", "of", "unborn"};
    return part.size() < 2 || words.count(fold_case(part));
}

// The household label shown in place of a name: the relationship when it is one of the usual
// words, never free text (which may itself name the child: "Riley's mother").
std::string member_label_for(const HouseholdMember& m) {
    static const std::set<std::string> usual = {
        "mother",           "father",        "parent",      "step-mother",      "stepmother",
        "step-father",      "stepfather",    "step-parent", "partner",          "mother's partner",
        "father's partner", "sibling",       "brother",     "sister",           "half-brother",
        "half-sister",      "step-brother",  "step-sister", "grandmother",      "grandfather",
        "grandparent",      "aunt",          "uncle",       "cousin",           "carer",
        "foster carer",     "kinship carer", "guardian",    "special guardian", "lodger",
        "family friend"};
    const std::string r = fold_case(m.relationship);
    return usual.count(r) ? "[" + r + "]" : "[household member]";
}

} // namespace

Redactor::Redactor(const Case& c, Redaction mode) : m_on(mode == Redaction::redact) {
    if (!m_on) return;
    auto name = [&](std::string_view full, const std::string& label) {
        if (full.empty()) return;
        m_replace.emplace_back(std::string(full), label);
        for (const std::string& part : split_trimmed(full, ' '))
            if (!not_a_name(part)) m_replace.emplace_back(part, label);
    };
    auto literal = [&](const std::string& what, const char* label) {
        if (!what.empty()) m_replace.emplace_back(what, label);
    };
    for (std::size_t i = 0; i < c.children.size(); ++i) {
        const Child& ch = c.children[i];
        name(ch.name, child_pseudonym(c, i));
        literal(ch.address, "[address removed]");
        for (const std::string& part : split_trimmed(ch.address, ','))
            if (part.size() >= 4) literal(part, "[address removed]");
        for (const std::string& nhs : nhs_spellings(ch.identifiers.nhs))
            literal(nhs, "[identifier removed]");
        literal(ch.identifiers.crs, "[identifier removed]");
        literal(ch.identifiers.pnc, "[identifier removed]");
        if (ch.date_of_birth)
            for (const std::string& s : date_spellings(*ch.date_of_birth))
                literal(s, "[date of birth removed]");
    }
    for (const HouseholdMember& m : c.household)
        m_members.push_back(member_label_for(m));
    for (std::size_t i = 0; i < c.household.size(); ++i) {
        name(c.household[i].name, member_label(i));
        if (c.household[i].date_of_birth)
            for (const std::string& s : date_spellings(*c.household[i].date_of_birth))
                literal(s, "[date of birth removed]");
    }
    name(c.referrer.name, "[referrer]");
    literal(c.referrer.email, "[e-mail removed]");
    std::stable_sort(m_replace.begin(), m_replace.end(),
                     [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    // Agency and area names stay whole even where a surname is one of their words.
    for (const Agency& a : c.agencies)
        m_protect.push_back(a.name);
    m_protect.push_back(c.referrer.agency);
    m_protect.push_back(c.incident.local_authority);
    std::stable_sort(m_protect.begin(), m_protect.end(),
                     [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

std::string Redactor::member_label(std::size_t index) const {
    return index < m_members.size() ? m_members[index] : "[household member]";
}

std::string Redactor::text(std::string_view text) const {
    if (!m_on) return std::string(text);
    return replace_words(std::string(text), m_replace, m_protect);
}

std::string age_text(Date born_on, Date on_day) {
    if (on_day < born_on) return "not yet born";
    const date::year_month_day born{born_on}, on{on_day};
    const bool before_birthday =
        on.month() < born.month() || (on.month() == born.month() && on.day() < born.day());
    const int years =
        static_cast<int>(on.year()) - static_cast<int>(born.year()) - (before_birthday ? 1 : 0);
    if (years >= 2) return fmt::format("{} years", years);
    const int months = (static_cast<int>(on.year()) - static_cast<int>(born.year())) * 12 +
                       static_cast<int>(static_cast<unsigned>(on.month())) -
                       static_cast<int>(static_cast<unsigned>(born.month())) -
                       (on.day() < born.day() ? 1 : 0);
    if (months >= 1) return fmt::format("{} month{}", months, months == 1 ? "" : "s");
    const auto days = (on_day - born_on).count();
    return fmt::format("{} day{}", days, days == 1 ? "" : "s");
}

} // namespace scr
