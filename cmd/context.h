// What every command gets: its streams, the global options, and the partnership and calendar
// they select. Tests build a Context with string streams to call run_<verb> directly.
#pragma once

#include "calendar/calendar.h"
#include "store/cases.h"
#include "store/partnership.h"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace scr::cli {

/// The streams a command talks through, and how it may talk.
struct Io {
    std::ostream& out;
    std::ostream& err;
    std::istream& in;
    bool color = false;       // ANSI colour on stdout
    bool interactive = false; // may prompt: stdin and stdout are TTYs and --no-input not given
    int in_fd = -1;           // when >= 0, streaming verbs read this descriptor as data arrives
    bool pager = false;       // may hand the terminal to a pager: interactive, TERM not dumb
};

/// Exit statuses (PRODUCT.md): 0 success, 1 found what was asked to fail on, 2 bad usage or
/// input, 3 the environment failed.
enum Exit : int { exit_ok = 0, exit_found = 1, exit_usage = 2, exit_env = 3 };

/// Global options as given on the command line or in the environment.
struct Globals {
    std::string chdir;   // -C DIR
    std::string scr_dir; // SCR_DIR
    std::string as_of;   // --as-of, else SCR_TODAY
    std::string as_of_from = "--as-of";
    std::string format; // --format; empty means the command's default
    std::string color = "auto";
    bool no_input = false;
    bool no_cache = false; // --no-cache: read every case file, neither reading nor writing the cache
};

/// Everything a command needs, resolved once after parsing.
struct Context {
    Io io;
    Globals globals;
    Result<Date> today{Date{}};  // an error when SCR_TODAY is bad: fails only where used
    std::function<int()> action; // the verb chosen on the command line

    /// The directory -C names, else the current one.
    fs::path base_dir() const;

    /// The partnership in force (-C, SCR_DIR, then walking up), or nullopt outside one.
    Result<std::optional<Partnership>> find_partnership() const;

    /// The partnership in force, or an error telling the user how to get one.
    Result<Partnership> require_partnership() const;

    /// The calendar for a command: the partnership's, or England and Wales rules outside one,
    /// with the --division and --calendar values given (empty division: the default).
    Result<Calendar> calendar(const std::string& division, const std::string& kind) const;

    /// How bulk commands load the cases: on every core, through the cache unless --no-cache.
    LoadOptions load_options() const;
};

/// Who records an event: git's user.name in the partnership, else $USER; empty when unusable.
std::string default_author(const fs::path& root);

/// Prints an Error as one line on stderr and returns its exit status.
int report(const Io& io, const Error& error);

/// Writes a command's output to the file -o names (atomically, mode 0600), or to standard output
/// when -o is not given or is `-`.
Status write_output(Context& ctx, const std::string& output, const std::string& text);

/// The formats a verb writes, its default first.
using Formats = std::vector<std::string>;

/// Checks that `format` is one of `allowed` (the first is the default) and returns it.
Result<std::string> choose_format(const Context& ctx, const Formats& allowed);

} // namespace scr::cli
