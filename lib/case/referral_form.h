// The referral forms, section by section: the same questions fill a case from command-line
// flags and from prompts (Croydon COC form sections 1-6 for a case of concern: 000).
#pragma once

#include "case/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// How an answer is read.
enum class AnswerShape {
    line, lines, date, yes_no, yes_no_unknown, household, meeting_outcome, answer, agency
};

/// One question of a form, and the flag that answers it on the command line.
struct FormQuestion {
    std::string_view flag;       // "--referrer-name"
    std::string_view field;      // where it lands, as missing_fields() names it
    std::string_view prompt;     // what a person is asked
    AnswerShape shape;
    std::string_view depends_on; // asked only when this flag has a value
};

/// A titled group of questions.
struct FormSection {
    std::string_view title;
    std::vector<FormQuestion> questions;
};

/// The sections in which a referral of `kind` is asked for, in order.
std::vector<FormSection> referral_form(Kind kind);

/// Every question of every kind's form, each flag once (for registering flags).
std::vector<FormQuestion> all_form_questions();

/// Refuses a form flag that is not part of `kind`'s form (--aware on a learning request); the
/// criteria answers, agencies and household may be given for every kind.
Status check_flag_fits(Kind kind, std::string_view flag);

/// Records one answer in the case; the error names the flag.
Status apply_answer(Case& c, const FormQuestion& q, const std::string& value);

/// Finishes a case after its answers: pseudonyms for children without one (Child A, B, ...),
/// the referral-received event, and a meeting given without a date refused.
Status finish_referral(Case& c);

/// The flag that answers `field` (as missing_fields() names it), or empty.
std::string_view flag_for_field(std::string_view field);

} // namespace scr
