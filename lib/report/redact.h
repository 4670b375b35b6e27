// What a report may show of a case when it leaves the business unit (DOMAIN.md "Sensitive
// data"; issue 6): children by pseudonym, no names of children, household or referrer, no
// identifiers, addresses, e-mail addresses or dates of birth, ages instead.
#pragma once

#include "case/model.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scr {

/// Whether a report is for inside the business unit or for anyone else.
enum class Redaction { none, redact };

/// Takes names and identifiers out of one case's free text, and labels its people.
class Redactor {
public:
    Redactor(const Case& c, Redaction mode);
    /// Whether output is being redacted.
    bool on() const { return m_on; }
    /// `text` with every name, identifier, address, e-mail and date of birth of the case
    /// replaced by a label (`Child A`, `[mother]`, `[identifier removed]`); unchanged when off.
    std::string text(std::string_view text) const;
    /// A household member's label when redacting: their relationship in brackets.
    std::string member_label(std::size_t index) const;

private:
    bool m_on = false;
    std::vector<std::pair<std::string, std::string>> m_replace; // what, by what; longest first
    std::vector<std::string> m_members;                         // household labels
    std::vector<std::string> m_protect; // agency and area names, never taken apart
};

/// A person's age on `on` as a person says it: "4 years", "7 months", "12 days".
std::string age_text(Date born, Date on);

} // namespace scr
