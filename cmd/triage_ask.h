// Asking a triage's open questions at a terminal.
#pragma once

#include "context.h"

#include "case/model.h"

#include <string>
#include <vector>

namespace scr::cli {

/// Offers to ask `c`'s open triage questions one by one, skipping those an earlier answer
/// settles; returns the answers given as KEY=VALUE, checked, for `--set`.
std::vector<std::string> ask_open_questions(const Case& c, Context& ctx, const Calendar& cal);

} // namespace scr::cli
