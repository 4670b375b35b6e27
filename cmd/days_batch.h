// `scr days add -`: batches of "DATE N[unit]" lines, streamed from stdin to stdout.
#pragma once

#include "context.h"

namespace scr::cli {

/// Answers each stdin line with one date a line; stops at the first bad line (exit 2).
int stream_add(const Calendar& cal, Context& ctx);

} // namespace scr::cli
