// Finding words in free text the way people type them: case-insensitive (ASCII and Latin-1
// letters such as Ë/ë), whole words only, with curly quotes, dashes and no-break spaces
// counting as word boundaries (Riley’s), and the spellings of dates and NHS numbers.
#pragma once

#include "calendar/date.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scr::redact_detail {

/// Lower-cases ASCII and Latin-1 letters, keeping every byte offset (so matches map back).
std::string fold_case(std::string_view s);

/// Replaces every whole-word, case-insensitive occurrence of each `what` (longest first) in
/// `text` by its label; text inside `protect` phrases (agency names) is left alone.
std::string replace_words(std::string text, const std::vector<std::pair<std::string, std::string>>& what,
                          const std::vector<std::string>& protect);

/// The ways a date of birth is written in notes: ISO, 02/03/2019, 2/3/19, 02.03.2019,
/// 02-03-2019, 2019/03/02, 2 March 2019, 2nd Mar 2019, March 2, 2019 ...
std::vector<std::string> date_spellings(Date d);

/// The ways an NHS number is written: unbroken, 3-3-4 with spaces or dashes, 4-3-3.
std::vector<std::string> nhs_spellings(const std::string& nhs);

} // namespace scr::redact_detail
