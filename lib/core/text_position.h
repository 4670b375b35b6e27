// Turning byte offsets into line and column numbers, for diagnostics that name a line.
#pragma once

#include "core/result.h"

#include <cstddef>
#include <string_view>

namespace scr {

/// A 1-based line and column in a text.
struct TextPosition {
    int line = 0;
    int col = 0;
};

/// The line and column of byte `offset` in `text`.
TextPosition position_of(std::string_view text, std::size_t offset);

/// Refuses JSON/YAML flow nesting deeper than `max_depth` before any recursive parser sees it.
Status check_nesting(std::string_view text, int max_depth);

} // namespace scr
