// Spreading independent work over the machine's cores: bulk loading parses thousands of case
// files, each on its own (issue 8).
#pragma once

#include <cstddef>
#include <functional>

namespace scr {

/// Calls `work(i)` for every i in [0, n), on up to `threads` threads (the calling one among
/// them); returns when all calls have returned. An exception in any call is rethrown here.
void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& work);

} // namespace scr
