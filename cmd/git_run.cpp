#include "git_run.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace scr::cli {
namespace {

// A pipe and the file actions that make its write end git's stdout; closed on every path.
struct Spawn {
    int fds[2] = {-1, -1};
    posix_spawn_file_actions_t actions{};
    bool have_actions = false;

    ~Spawn() {
        for (int fd : fds)
            if (fd >= 0) ::close(fd);
        if (have_actions) posix_spawn_file_actions_destroy(&actions);
    }
};

std::string read_all(int fd) {
    std::string out;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return out;
        out.append(buf, static_cast<std::size_t>(n));
    }
}

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
        s.pop_back();
    return s;
}

} // namespace

std::optional<GitOutput> run_git(const fs::path& dir, const std::vector<std::string>& args) {
    Spawn s;
    if (::pipe2(s.fds, O_CLOEXEC) != 0 || posix_spawn_file_actions_init(&s.actions) != 0)
        return std::nullopt;
    s.have_actions = true;
    posix_spawn_file_actions_addopen(&s.actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&s.actions, s.fds[1], 1);
    posix_spawn_file_actions_addopen(&s.actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<std::string> argv{"git", "-C", dir.string()};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char*> raw;
    for (std::string& a : argv)
        raw.push_back(a.data());
    raw.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawnp(&pid, "git", &s.actions, nullptr, raw.data(), environ) != 0)
        return std::nullopt; // not installed, or not runnable
    ::close(s.fds[1]);
    s.fds[1] = -1;
    GitOutput out;
    out.out = read_all(s.fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    out.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128;
    return out;
}

std::optional<fs::path> git_work_tree(const fs::path& dir) {
    auto top = run_git(dir, {"rev-parse", "--show-toplevel"});
    if (!top || top->status != 0 || trimmed(top->out).empty()) return std::nullopt;
    return fs::path(trimmed(top->out));
}

Result<std::vector<GitSetting>> set_merge_driver(const fs::path& dir) {
    const std::string prefix = fmt::format("merge.{}.", merge_driver_name);
    std::vector<GitSetting> settings{{prefix + "name", "scr: case files merged by meaning", false},
                                     {prefix + "driver", merge_driver_command, false}};
    for (GitSetting& s : settings) {
        auto now = run_git(dir, {"config", "--local", "--get", s.key});
        if (!now) return env_failure("git", "cannot be run", "install git, then run scr git setup");
        if (now->status == 0 && trimmed(now->out) == s.value) continue;
        auto set = run_git(dir, {"config", "--local", s.key, s.value});
        if (!set || set->status != 0)
            return env_failure(dir.string(), fmt::format("git config could not set {}", s.key),
                               "check the repository's .git/config is writable");
        s.changed = true;
    }
    return settings;
}

} // namespace scr::cli
