#include "core/line_diff.h"

#include <algorithm>
#include <cstdint>

namespace scr {
namespace {

using Lines = std::vector<std::string_view>;

// A case file has a few hundred lines; a table this size is a mistake or an attack, and then
// the whole middle is shown as one difference rather than exhausting memory.
constexpr std::size_t max_cells = 4'000'000;

// Marks the lines of a[a0, a1) and b[b0, b1) that one longest common subsequence keeps.
void mark_common(const Lines& a, std::size_t a0, std::size_t a1, const Lines& b, std::size_t b0,
                 std::size_t b1, std::vector<bool>& keep_a, std::vector<bool>& keep_b) {
    const std::size_t n = a1 - a0, m = b1 - b0;
    if (n == 0 || m == 0 || n * m > max_cells) return;
    std::vector<std::uint32_t> t((n + 1) * (m + 1), 0); // t[i][j]: LCS of a[i..] and b[j..]
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return t[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = a[a0 + i] == b[b0 + j] ? at(i + 1, j + 1) + 1
                                              : std::max(at(i + 1, j), at(i, j + 1));
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (a[a0 + i] == b[b0 + j]) {
            keep_a[a0 + i++] = true;
            keep_b[b0 + j++] = true;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
}

// Short shared runs between two differences become part of one difference.
std::vector<LineRun> join_slivers(std::vector<LineRun> runs, std::size_t min_same) {
    std::vector<LineRun> out;
    for (std::size_t k = 0; k < runs.size(); ++k) {
        LineRun& r = runs[k];
        const bool sliver = r.same && r.a.size() < min_same && !out.empty() && !out.back().same &&
                            k + 1 < runs.size();
        if (!sliver && (r.same || out.empty() || out.back().same)) {
            out.push_back(std::move(r));
            continue;
        }
        LineRun& d = out.back();
        d.a.insert(d.a.end(), r.a.begin(), r.a.end());
        d.b.insert(d.b.end(), r.same ? r.a.begin() : r.b.begin(), r.same ? r.a.end() : r.b.end());
    }
    return out;
}

} // namespace

std::vector<std::string_view> split_lines(std::string_view text) {
    Lines out;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t nl = text.find('\n', at);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        out.push_back(text.substr(at, end - at));
        at = end;
    }
    return out;
}

std::vector<LineRun> diff_lines(std::string_view a_text, std::string_view b_text,
                                std::size_t min_same) {
    const Lines a = split_lines(a_text), b = split_lines(b_text);
    std::vector<bool> keep_a(a.size(), false), keep_b(b.size(), false);
    std::size_t pre = 0, post = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre])
        keep_a[pre] = keep_b[pre] = true, ++pre;
    while (post < a.size() - pre && post < b.size() - pre &&
           a[a.size() - 1 - post] == b[b.size() - 1 - post])
        keep_a[a.size() - 1 - post] = keep_b[b.size() - 1 - post] = true, ++post;
    mark_common(a, pre, a.size() - post, b, pre, b.size() - post, keep_a, keep_b);
    std::vector<LineRun> runs;
    for (std::size_t i = 0, j = 0; i < a.size() || j < b.size();) {
        if (i < a.size() && j < b.size() && keep_a[i] && keep_b[j]) {
            if (runs.empty() || !runs.back().same) runs.push_back(LineRun{true, {}, {}});
            runs.back().a.push_back(a[i++]);
            ++j;
            continue;
        }
        LineRun d{false, {}, {}};
        while (i < a.size() && !keep_a[i])
            d.a.push_back(a[i++]);
        while (j < b.size() && !keep_b[j])
            d.b.push_back(b[j++]);
        runs.push_back(std::move(d));
    }
    return join_slivers(std::move(runs), min_same);
}

} // namespace scr
