// Runs the real scr binary as a user would: in a temporary directory, with chosen input,
// environment and working directory, capturing stdout, stderr and the exit status.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace e2e {

namespace fs = std::filesystem;

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

struct Options {
    std::string input;                                    // fed on stdin
    std::vector<std::pair<std::string, std::string>> env; // added to a clean environment
    fs::path cwd;                                         // default: a fresh temporary dir
};

/// A directory removed when the test ends.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return m_path; }
    fs::path operator/(const std::string& name) const { return m_path / name; }

private:
    fs::path m_path;
};

/// Runs `scr ARGS...`.
Run scr(const std::vector<std::string>& args, const Options& opt = {});

/// `scr ARGS...` started in the background, as `scr` runs it; killed (even when stopped) and
/// reaped when destroyed unless it has ended, so a failing assertion leaves no process behind.
class Child {
public:
    explicit Child(const std::vector<std::string>& args, const Options& opt = {});
    ~Child();
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;
    int pid() const { return m_pid; }
    /// Waits up to `seconds` for it to end: its run, or nullopt while it still runs.
    std::optional<Run> wait_for(double seconds);
    /// What it has written on stderr so far.
    std::string err() const;

private:
    TempDir m_io, m_scratch;
    int m_pid = -1;
    bool m_ended = false;
};

/// Runs a shell command line (for script(1) and pipes), with SCR set to the binary.
Run shell(const std::string& command, const Options& opt = {});

std::string read_text(const fs::path& p);
void write_text(const fs::path& p, const std::string& text);
unsigned mode_of(const fs::path& p);

/// A serious incident whose triage still has open questions (where it happened is not known).
inline constexpr const char* open_questions_referral =
    R"({"kind": "serious-incident", "received": "2026-09-07",
 "referrer": {"name": "Pat Referrer"},
 "children": [{"name": "Robin Example", "date_of_birth": "2024-06-01"}],
 "incident": {"date": "2026-09-04", "summary": "Fractures found at hospital."},
 "answers": {"abuse_or_neglect": "suspected", "died": "no", "seriously_harmed": "yes"},
 "events": [{"date": "2026-09-07", "type": "aware"}]})";

/// A new partnership in a temporary directory holding one referral, read from a JSON document by
/// `scr referral new --from -`: the desk most end-to-end tests start at.
struct Desk {
    TempDir t;
    fs::path p = t / "p";
    std::string id;
    explicit Desk(const std::string& referral);
    /// The text of the referral's case file.
    std::string file() const;
};

/// A copy of examples/demo in `t` (its schemas link kept a link), without the cache a run of the
/// README's commands leaves in the checkout.
fs::path copy_demo(const TempDir& t);

/// The path of the built scr binary and of the test data folder.
std::string binary();
std::string data(const std::string& name);

} // namespace e2e
