// One case as a Markdown page for reading (`scr case show --format md`).
#pragma once

#include "case/model.h"

#include <string>

namespace scr {

/// The case as Markdown: summary, children, household, answers, timeline, actions, extensions.
std::string render_case_markdown(const Case& c);

} // namespace scr
