// Three-valued logic that remembers why: every value carries the facts that decide it and, when
// it is unknown, the questions whose answers would decide it (DOMAIN.md "Criteria": an unknown
// never silently counts as no).
#pragma once

#include "case/model.h"

#include <string>
#include <vector>

namespace scr {

/// A question still open: the key `scr triage --set` takes, and what to ask the referrer.
struct Question {
    std::string key;
    std::string question;
};

/// A yes / no / unknown with its deciding facts (plain sentences) and open questions.
struct Truth {
    Ternary value = Ternary::unknown;
    std::vector<std::string> because;
    std::vector<Question> open; // non-empty only when value is unknown
};

/// A settled fact.
Truth fact(Ternary value, std::string sentence);
/// An unknown that the answer to `q` would settle.
Truth unknown_fact(std::string sentence, Question q);

/// Kleene AND: no if any is no (those are the reasons), yes if all are yes, else unknown.
Truth all_of(const std::vector<Truth>& parts);
/// Kleene OR: yes if any is yes (those are the reasons), no if all are no, else unknown.
Truth any_of(const std::vector<Truth>& parts);

/// The case's answer to `key` as a Truth; `abuse_or_neglect` known or suspected counts as yes.
/// An absent answer is unknown, and asks the key's question.
Truth answer(const Case& c, std::string_view key);

/// Whether a child of the case has died: a recorded date of death settles it, else `died`.
Truth death(const Case& c);

} // namespace scr
