// Named boundaries inside every write path (lock taken, temporary written, renamed ...), so a
// test can stop or kill the process between two steps and check what a crash there leaves.
#pragma once

#include <string_view>

namespace scr {

/// What `step_point` calls: installed by cmd/ from a test-only setting, absent otherwise.
using StepHook = void (*)(std::string_view step);

/// Installs the process-wide hook `step_point` calls; nullptr removes it.
void set_step_hook(StepHook hook);

/// Marks the boundary `step` of a write path; without a hook (always, outside tests) a no-op.
void step_point(std::string_view step);

} // namespace scr
