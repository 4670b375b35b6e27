#include "store/steps.h"

namespace scr {
namespace {

StepHook g_hook = nullptr; // set once at start-up, before any write; writes run on one thread

} // namespace

void set_step_hook(StepHook hook) {
    g_hook = hook;
}

void step_point(std::string_view step) {
    if (g_hook != nullptr) g_hook(step);
}

} // namespace scr
