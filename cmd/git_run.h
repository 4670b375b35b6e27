// Running git from scr: only cmd/ does it, only `git config` and `git rev-parse`, and only when
// git is installed (scr init and scr git setup set the case files' merge driver).
#pragma once

#include "core/result.h"
#include "store/fs.h"

#include <optional>
#include <string>
#include <vector>

namespace scr::cli {

/// The merge driver's name in git's configuration: `merge=scr` in .gitattributes.
inline constexpr const char* merge_driver_name = "scr";
/// The command git runs to merge a case file (`%O` ancestor, `%A` ours, `%B` theirs, `%P` path).
inline constexpr const char* merge_driver_command = "scr merge-file %O %A %B %P";

/// Whether git succeeded (exit status 0), and what it printed on stdout.
struct GitOutput {
    bool ok = false;
    std::string out;
};

/// Runs `git -C DIR ARGS...` without a shell (run_program), its stderr discarded; nullopt when
/// git cannot be started (not installed).
std::optional<GitOutput> run_git(const fs::path& dir, const std::vector<std::string>& args);

/// The top of the git work tree holding `dir`; nullopt outside one or without git.
std::optional<fs::path> git_work_tree(const fs::path& dir);

/// One git setting scr makes, and whether it was already so.
struct GitSetting {
    std::string key, value;
    bool changed = false;
};

/// Sets the scr merge driver in the configuration of the repository holding `dir`
/// (merge.scr.name, merge.scr.driver), leaving settings that already match alone.
Result<std::vector<GitSetting>> set_merge_driver(const fs::path& dir);

} // namespace scr::cli
