// Test-only hooks into the library's write steps, set from the environment (ARCHITECTURE.md,
// "Testing the write paths"). Unset, they install nothing.
#pragma once

namespace scr::cli {

/// Reads SCR_TEST_KILL_AT=N and SCR_TEST_STOP_AT=N: the process raises SIGKILL, or SIGSTOP,
/// at the Nth step point of its write paths. Installs no hook when neither is set.
void install_test_hooks();

} // namespace scr::cli
