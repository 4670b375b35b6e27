// `scr days add -`: batches of "DATE N[unit]" lines, streamed from stdin to stdout.
#pragma once

#include "context.h"

namespace scr::cli {

/// Renames the field of a failed result: arithmetic that leaves the range is the count's fault.
Result<Date> about(Result<Date> r, const char* field);

/// Answers each stdin line with one date a line; stops at the first bad line (exit 2).
int stream_add(const Calendar& cal, Context& ctx);

} // namespace scr::cli
