// The vocabulary of review decisions, each term with the words people read and the clause it
// comes from: recommendations (003 stage 6), LCSPR criteria and circumstances (002 s4.6-4.7,
// 004 Appendix 2), the Panel's response (004), LCSPR models (004) and publication (002 s5.5).
#pragma once

#include <string_view>
#include <vector>

namespace scr {

/// One choice a decision may take: its file spelling, what it means, and where it comes from.
struct Term {
    std::string_view id;
    std::string_view text;
    std::string_view source;
};

/// The Rapid Review's five possible recommendations (003 stage 6).
const std::vector<Term>& recommendation_terms();
/// The LCSPR criteria partners must consider (002 s4.6; 004 Appendix 2).
const std::vector<Term>& lcspr_criteria_terms();
/// The circumstances partners should have regard to (002 s4.7; 004 Appendix 2).
const std::vector<Term>& lcspr_circumstance_terms();
/// The National Panel's three possible responses (004).
const std::vector<Term>& panel_outcome_terms();
/// The two ways Bury runs an LCSPR (004).
const std::vector<Term>& lcspr_model_terms();
/// Whether a finished review is published (002 s5.5; 004).
const std::vector<Term>& publication_terms();

/// The ids of `terms`, for event field choices and option checks.
std::vector<std::string_view> term_ids(const std::vector<Term>& terms);
/// The term spelled `id`, or nullptr.
const Term* find_term(const std::vector<Term>& terms, std::string_view id);

/// Whether a recommendation or decision asks for a review of some kind (not `no-review`).
bool is_review(std::string_view recommendation);

} // namespace scr
