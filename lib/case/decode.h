// Reading a case file: structure, types, enums, real dates, duplicate and unknown keys, and the
// rules between fields, each problem a diagnostic `file:line:col: field: message`.
#pragma once

#include "case/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// A decoded case, or the problems that stop it being one (never both empty).
struct CaseLoad {
    std::optional<Case> value; // set only when there are no problems
    std::vector<Diagnostic> problems;
    std::string id; // the id the file claims, when it could be read, even with problems
    bool has_kind = false; // whether the document named its kind
};

/// What is being read: a stored case file, or a new referral's document (`--from`), which has
/// no id yet and whose required fields are checked after flags are merged in.
enum class DecodeMode { case_file, referral_document };

/// Decodes a case from YAML or JSON text; `file` names it in diagnostics. In case_file mode a
/// non-empty `expected_id` (from the file name) must match the id inside.
CaseLoad decode_case(std::string_view text, std::string_view file, DecodeMode mode,
                     std::string_view expected_id = {});

/// Checks a case built in memory (from flags or a document) by every rule a file meets; the
/// error names the field (`children[0].date_of_death`), with no file or line.
Status validate_case(const Case& c);

/// decode_case without its safety net for yaml-cpp exceptions.
CaseLoad decode_checked(std::string_view text, std::string_view file, DecodeMode mode,
                        std::string_view expected_id);

/// Fields the case's kind requires that are absent, as paths (`incident.summary`).
std::vector<std::string> missing_fields(const Case& c);

/// Whether `nhs` is a valid NHS number: ten digits whose last is the modulus 11 check digit.
bool valid_nhs_number(std::string_view nhs);

} // namespace scr
