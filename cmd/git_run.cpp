#include "git_run.h"
#include "child_process.h"

#include <fmt/format.h>

extern char** environ;

namespace scr::cli {
namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
        s.pop_back();
    return s;
}

} // namespace

std::optional<GitOutput> run_git(const fs::path& dir, const std::vector<std::string>& args) {
    const std::string where = dir.string();
    Argv argv{"git", "-C", where.c_str()};
    for (const std::string& a : args)
        argv.push_back(a.c_str());
    GitOutput out;
    const Ran ran = run_program(argv, "", environ, &out.out);
    if (ran == Ran::not_started) return std::nullopt; // not installed, or not runnable
    out.ok = ran == Ran::ok;
    return out;
}

std::optional<fs::path> git_work_tree(const fs::path& dir) {
    auto top = run_git(dir, {"rev-parse", "--show-toplevel"});
    if (!top || !top->ok || trimmed(top->out).empty()) return std::nullopt;
    return fs::path(trimmed(top->out));
}

Result<std::vector<GitSetting>> set_merge_driver(const fs::path& dir) {
    const std::string prefix = fmt::format("merge.{}.", merge_driver_name);
    std::vector<GitSetting> settings{{prefix + "name", "scr: case files merged by meaning", false},
                                     {prefix + "driver", merge_driver_command, false}};
    for (GitSetting& s : settings) {
        auto now = run_git(dir, {"config", "--local", "--get", s.key});
        if (!now) return env_failure("git", "cannot be run", "install git, then run scr git setup");
        if (now->ok && trimmed(now->out) == s.value) continue;
        auto set = run_git(dir, {"config", "--local", s.key, s.value});
        if (!set || !set->ok)
            return env_failure(dir.string(), fmt::format("git config could not set {}", s.key),
                               "check the repository's .git/config is writable");
        s.changed = true;
    }
    return settings;
}

} // namespace scr::cli
