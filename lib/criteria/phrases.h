// The sentences a panel member reads out: what each answer means, and how a child is named.
#pragma once

#include "case/model.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace scr {

/// One sentence stating an answer (`died: no` -> "The child has not died."); `spelling` is the
/// answer as filed, or "unknown".
std::string answer_phrase(std::string_view key, std::string_view spelling);

/// The reason stating that `question` is still open ("Not yet known: Has the child died?").
std::string not_yet_known(std::string_view question);

/// How reasons name the child at `index`: the pseudonym, never the name ("child 2" without one).
std::string child_label(const Child& child, std::size_t index);

} // namespace scr
