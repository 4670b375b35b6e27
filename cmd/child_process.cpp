#include "child_process.h"

#include <cerrno>
#include <csignal>
#include <utility>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace scr::cli {

IgnoredSignals::IgnoredSignals(std::initializer_list<int> signals) {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    for (int s : signals) {
        struct sigaction old {};
        sigaction(s, &ignore, &old);
        m_saved.emplace_back(s, old);
    }
}

IgnoredSignals::~IgnoredSignals() {
    for (const auto& [s, old] : m_saved)
        sigaction(s, &old, nullptr);
}

namespace {

// Starts `argv` from PATH reading `in` and, when `out` >= 0, writing `out` with its stderr
// discarded; the child gets default signal handling back. Returns posix_spawnp's error.
int spawn(const Argv& argv, int in, int out, char* const* envp, pid_t& pid) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in, STDIN_FILENO);
    if (out >= 0) {
        posix_spawn_file_actions_adddup2(&actions, out, STDOUT_FILENO);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
    }
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (int s : {SIGINT, SIGQUIT, SIGPIPE})
        sigaddset(&defaults, s);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
    std::vector<char*> args;
    for (const char* a : argv)
        args.push_back(const_cast<char*>(a));
    args.push_back(nullptr);
    const int rc = posix_spawnp(&pid, args[0], &actions, &attr, args.data(), envp);
    posix_spawnattr_destroy(&attr);
    posix_spawn_file_actions_destroy(&actions);
    return rc;
}

// Writes `input` to `to` while reading `from` (when >= 0) into `output`, both at once so
// neither side waits on a full pipe; closes both.
void pump(int to, std::string_view input, int from, std::string& output) {
    fcntl(to, F_SETFL, fcntl(to, F_GETFL) | O_NONBLOCK);
    while (to >= 0 || from >= 0) {
        pollfd fds[2];
        nfds_t n = 0;
        if (to >= 0) fds[n++] = {to, POLLOUT, 0};
        if (from >= 0) fds[n++] = {from, POLLIN, 0};
        if (::poll(fds, n, -1) < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (to >= 0 && fds[0].revents != 0) {
            const ssize_t w = ::write(to, input.data(), input.size());
            if (w > 0) input.remove_prefix(static_cast<std::size_t>(w));
            if (input.empty() || (w < 0 && errno != EAGAIN && errno != EINTR)) {
                ::close(std::exchange(to, -1)); // done, or the formatter stopped reading
            }
        }
        if (from >= 0 && fds[n - 1].revents != 0) {
            char buf[1 << 13];
            const ssize_t r = ::read(from, buf, sizeof buf);
            if (r > 0) output.append(buf, static_cast<std::size_t>(r));
            if (r == 0 || (r < 0 && errno != EAGAIN && errno != EINTR))
                ::close(std::exchange(from, -1));
        }
    }
    if (to >= 0) ::close(to);
    if (from >= 0) ::close(from);
}

} // namespace

Ran run_program(const Argv& argv, std::string_view input, char* const* envp, std::string* output) {
    int in[2], out[2] = {-1, -1};
    if (::pipe2(in, O_CLOEXEC) != 0) return Ran::failed;
    if (output != nullptr && ::pipe2(out, O_CLOEXEC) != 0) {
        ::close(in[0]);
        ::close(in[1]);
        return Ran::failed;
    }
    const IgnoredSignals writing{SIGPIPE}; // a child that stops reading must not end scr
    pid_t pid = 0;
    const int rc = spawn(argv, in[0], out[1], envp, pid);
    ::close(in[0]);
    if (out[1] >= 0) ::close(out[1]);
    if (rc != 0) {
        ::close(in[1]);
        if (out[0] >= 0) ::close(out[0]);
        return Ran::not_started;
    }
    std::string discarded;
    pump(in[1], input, out[0], output != nullptr ? *output : discarded);
    int status = 0;
    pid_t waited;
    while ((waited = ::waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
    }
    return waited == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0 ? Ran::ok : Ran::failed;
}

} // namespace scr::cli
