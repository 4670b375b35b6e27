#include "core/parallel.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace scr {

void parallel_for(std::size_t n, unsigned threads, const std::function<void(std::size_t)>& work) {
    // Small batches keep the cores evenly busy; few items are not worth a thread's start-up.
    constexpr std::size_t batch = 16;
    const std::size_t useful = (n + batch - 1) / batch;
    const std::size_t count = std::min<std::size_t>(std::max(threads, 1u), useful);
    if (count <= 1) {
        for (std::size_t i = 0; i < n; ++i) work(i);
        return;
    }
    std::atomic<std::size_t> next{0};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto run = [&] {
        try {
            for (std::size_t start; (start = next.fetch_add(batch)) < n;)
                for (std::size_t i = start; i < std::min(n, start + batch); ++i) work(i);
        } catch (...) {
            const std::lock_guard<std::mutex> guard(failure_mutex);
            if (!failure) failure = std::current_exception();
            next = n; // the others stop at their next batch
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < count; ++t) helpers.emplace_back(run);
    run();
    for (std::thread& t : helpers) t.join();
    if (failure) std::rethrow_exception(failure);
}

} // namespace scr
