#include "report/redact.h"

#include "core/text.h"
#include "process/deadlines.h"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

namespace scr {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& ch : out)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

bool word_char(char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || (static_cast<unsigned char>(ch) & 0x80);
}

// Words a name part may share with the case's ordinary vocabulary (agencies, the area, titles):
// replacing those would mangle the report without protecting anyone.
std::set<std::string> shared_words(const Case& c) {
    std::set<std::string> words = {"baby", "child", "mr",  "mrs", "ms",
                                   "miss", "dr",    "the", "and", "of"};
    auto add = [&](std::string_view text) {
        for (const std::string& w : split_trimmed(lower(text), ' '))
            words.insert(w);
    };
    for (const Agency& a : c.agencies)
        add(a.name);
    add(c.referrer.agency);
    add(c.incident.local_authority);
    return words;
}

// Every spelling of a date of birth a report or a hand-typed note might use.
std::vector<std::string> date_spellings(Date day_of) {
    const date::year_month_day d{day_of};
    static const char* months[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
    const unsigned day = static_cast<unsigned>(d.day()), month = static_cast<unsigned>(d.month());
    const int year = static_cast<int>(d.year());
    return {format_iso(day_of), fmt::format("{:02}/{:02}/{}", day, month, year),
            fmt::format("{}/{}/{}", day, month, year),
            fmt::format("{} {} {}", day, months[month - 1], year),
            fmt::format("{:02} {} {}", day, months[month - 1], year)};
}

} // namespace

Redactor::Redactor(const Case& c, Redaction mode) : m_on(mode == Redaction::redact) {
    if (!m_on) return;
    const std::set<std::string> shared = shared_words(c);
    auto name = [&](std::string_view full, const std::string& label) {
        if (full.empty()) return;
        m_replace.emplace_back(std::string(full), label);
        for (const std::string& part : split_trimmed(full, ' '))
            if (part.size() >= 2 && !shared.count(lower(part))) m_replace.emplace_back(part, label);
    };
    auto literal = [&](std::string_view what, const char* label) {
        if (!what.empty()) m_replace.emplace_back(std::string(what), label);
    };
    for (std::size_t i = 0; i < c.children.size(); ++i) {
        const Child& ch = c.children[i];
        name(ch.name, child_pseudonym(c, i));
        literal(ch.address, "[address removed]");
        for (const std::string& part : split_trimmed(ch.address, ','))
            if (part.size() >= 4 && !shared.count(lower(part))) literal(part, "[address removed]");
        for (const std::string* id :
             {&ch.identifiers.nhs, &ch.identifiers.crs, &ch.identifiers.pnc})
            literal(*id, "[identifier removed]");
        if (ch.identifiers.nhs.size() == 10) // as people write it: 943 476 5919
            literal(ch.identifiers.nhs.substr(0, 3) + " " + ch.identifiers.nhs.substr(3, 3) + " " +
                        ch.identifiers.nhs.substr(6),
                    "[identifier removed]");
        if (ch.date_of_birth)
            for (const std::string& s : date_spellings(*ch.date_of_birth))
                literal(s, "[date of birth removed]");
    }
    for (const HouseholdMember& m : c.household)
        m_members.push_back(is_single_line_text(m.relationship) && !m.relationship.empty() &&
                                    m.relationship.size() <= 40
                                ? "[" + m.relationship + "]"
                                : "[household member]");
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
}

std::string Redactor::member_label(std::size_t index) const {
    return index < m_members.size() ? m_members[index] : "[household member]";
}

std::string Redactor::text(std::string_view text) const {
    std::string out(text);
    if (!m_on) return out;
    for (const auto& [what, by] : m_replace) {
        const std::string needle = lower(what);
        std::string hay = lower(out);
        for (std::size_t at = hay.find(needle); at != std::string::npos;
             at = hay.find(needle, at)) {
            const std::size_t end = at + needle.size();
            const bool whole =
                (at == 0 || !word_char(hay[at - 1]) || !word_char(needle.front())) &&
                (end == hay.size() || !word_char(hay[end]) || !word_char(needle.back()));
            if (!whole) {
                ++at;
                continue;
            }
            out.replace(at, needle.size(), by);
            hay = lower(out);
            at += by.size();
        }
    }
    return out;
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
