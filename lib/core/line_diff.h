// Which lines two texts share and where they part, for writing a conflict only around the lines
// that differ (as git does), not around whole files.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace scr {

/// A run of lines: the same in both texts (`same`), or lines of `a` that `b` replaces.
struct LineRun {
    bool same = true;
    std::vector<std::string_view> a, b; // for a run that is the same, `a` holds its lines
};

/// Splits text into lines, each keeping its newline (the last may have none).
std::vector<std::string_view> split_lines(std::string_view text);

/// `a` and `b` as alternating runs of shared and differing lines (a longest common subsequence
/// of lines). Shared runs shorter than `min_same` between two differences join them, so one
/// conflict does not break into slivers; very long differing middles become one run.
std::vector<LineRun> diff_lines(std::string_view a, std::string_view b, std::size_t min_same = 3);

} // namespace scr
