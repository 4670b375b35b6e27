#include "case/review_terms.h"

#include <algorithm>

namespace scr {

const std::vector<Term>& recommendation_terms() {
    static const std::vector<Term> terms = {
        {"national-review", "a National Child Safeguarding Practice Review to be undertaken",
         "003 stage 6"},
        {"local-review-independent",
         "a Local Child Safeguarding Practice Review to be undertaken (independent author)",
         "003 stage 6"},
        {"multi-agency-learning",
         "a multi-agency practice learning review to be undertaken (local reviewer)",
         "003 stage 6"},
        {"single-agency-learning",
         "single-agency practice learning to be undertaken (local reviewer)", "003 stage 6"},
        {"no-review", "no review required, but any local learning will be identified",
         "003 stage 6"},
    };
    return terms;
}

const std::vector<Term>& lcspr_criteria_terms() {
    static const std::vector<Term> terms = {
        {"improvements-needed",
         "highlights or may highlight improvements needed to safeguard and promote the welfare of "
         "children, including where those improvements have been previously identified",
         "002 s4.6; 004 Appendix 2"},
        {"recurrent-themes",
         "highlights or may highlight recurrent themes in safeguarding and promoting the welfare "
         "of children",
         "002 s4.6; 004 Appendix 2"},
        {"multi-agency-working",
         "highlights or may highlight concerns about two or more organisations or agencies working "
         "together effectively to safeguard and promote the welfare of children",
         "002 s4.6; 004 Appendix 2"},
        {"panel-suggested-local",
         "is one the National Panel has considered and concluded a local review may be more "
         "appropriate",
         "002 s4.6; 004 Appendix 2"},
    };
    return terms;
}

const std::vector<Term>& lcspr_circumstance_terms() {
    static const std::vector<Term> terms = {
        {"single-agency-concern", "there is cause for concern about the actions of a single agency",
         "002 s4.7; 004 Appendix 2"},
        {"no-agency-involvement",
         "there has been no agency involvement, and this gives cause for concern",
         "002 s4.7; 004 Appendix 2"},
        {"cross-boundary",
         "more than one local authority, police area or ICB is involved, including where a family "
         "has moved around",
         "002 s4.7; 004 Appendix 2"},
        {"institutional-setting",
         "the case may raise issues about safeguarding children in institutional settings",
         "002 s4.7; 004 Appendix 2"},
    };
    return terms;
}

const std::vector<Term>& panel_outcome_terms() {
    static const std::vector<Term> terms = {
        {"agree-meets", "the National Panel agrees the case meets the criteria for an LCSPR",
         "004"},
        {"agree-not-meets", "the National Panel agrees the case does not meet the criteria", "004"},
        {"disagree", "the National Panel does not agree with the partnership about the criteria",
         "004"},
    };
    return terms;
}

const std::vector<Term>& lcspr_model_terms() {
    static const std::vector<Term> terms = {
        {"learning-circle", "an internal learning circle", "004"},
        {"independent-author", "an independent author commissioned by the Business Unit", "004"},
    };
    return terms;
}

const std::vector<Term>& publication_terms() {
    static const std::vector<Term> terms = {
        {"publishable", "the partnership agreed the report is publishable", "002 s5.5; 004"},
        {"not-publishable", "the partnership decided the report is not to be published",
         "002 s5.5; 004"},
    };
    return terms;
}

std::vector<std::string_view> term_ids(const std::vector<Term>& terms) {
    std::vector<std::string_view> ids;
    for (const Term& t : terms)
        ids.push_back(t.id);
    return ids;
}

const Term* find_term(const std::vector<Term>& terms, std::string_view id) {
    auto it = std::find_if(terms.begin(), terms.end(), [&](const Term& t) { return t.id == id; });
    return it == terms.end() ? nullptr : &*it;
}

bool is_review(std::string_view recommendation) {
    return !recommendation.empty() && recommendation != "no-review";
}

} // namespace scr
