#include "test_hooks.h"

#include "store/steps.h"

#include <fmt/format.h>

#include <csignal>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace scr::cli {
namespace {

long g_kill_at = 0, g_stop_at = 0, g_steps = 0;

// A positive step number, else 0 (unset or malformed: no hook, as in normal use).
long step_number(const char* name) {
    const char* text = std::getenv(name);
    if (text == nullptr || *text == '\0') return 0;
    char* end = nullptr;
    const long n = std::strtol(text, &end, 10);
    return *end == '\0' && n > 0 ? n : 0;
}

void on_step(std::string_view step) {
    ++g_steps;
    if (g_steps != g_kill_at && g_steps != g_stop_at) return;
    // Straight to the descriptor: the signal leaves no chance to flush a stream.
    const std::string line =
        fmt::format("scr: test hook: {} at step {} ({})\n",
                    g_steps == g_kill_at ? "killed" : "stopped", g_steps, step);
    (void)!::write(STDERR_FILENO, line.data(), line.size());
    std::raise(g_steps == g_kill_at ? SIGKILL : SIGSTOP);
}

} // namespace

void install_test_hooks() {
    g_kill_at = step_number("SCR_TEST_KILL_AT");
    g_stop_at = step_number("SCR_TEST_STOP_AT");
    if (g_kill_at > 0 || g_stop_at > 0) set_step_hook(on_step);
}

} // namespace scr::cli
