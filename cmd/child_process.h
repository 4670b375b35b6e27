// Running another program (man, mandoc) with text on its standard input. Programs are started
// here, in cmd/, with posix_spawnp; lib/ never starts one.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <signal.h>

namespace scr::cli {

using Argv = std::vector<const char*>;

/// How a program run went: exit status 0, anything else, or it could not be started at all.
enum class Ran { ok, failed, not_started };

/// Runs `argv` (looked up on PATH) with `input` on its stdin and waits for it; its stdout goes
/// into `output` with its stderr discarded, or, when `output` is null, to scr's own streams.
Ran run_program(const Argv& argv, std::string_view input, char* const* envp, std::string* output);

/// Ignores the signals given until destroyed, then puts their handling back.
class IgnoredSignals {
public:
    IgnoredSignals(std::initializer_list<int> signals);
    ~IgnoredSignals();
    IgnoredSignals(const IgnoredSignals&) = delete;
    IgnoredSignals& operator=(const IgnoredSignals&) = delete;

private:
    std::vector<std::pair<int, struct sigaction>> m_saved;
};

} // namespace scr::cli
