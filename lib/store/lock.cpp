#include "store/lock.h"

#include "store/partnership.h"
#include "store/steps.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scr {
namespace {

// A fixed number of fixed sleeps keeps the library off the clock. Polls 10 ms apart let a
// queue of a hundred writers through well inside the 10 s.
constexpr int poll_interval_us = 10 * 1000;
constexpr int polls = 1000;
constexpr int wait_seconds = polls * poll_interval_us / 1000000;

std::string g_command = "scr";

// The holder as the lock file names it ("pid 4242, scr event add"), or empty when its first
// line is not one scr writes: the file lies in the partnership, anything could be put there.
std::string read_holder(int fd) {
    char buf[128];
    const ssize_t n = ::pread(fd, buf, sizeof buf, 0);
    if (n <= 0) return "";
    std::string line(buf, static_cast<std::size_t>(n));
    const auto end = line.find('\n');
    if (end == std::string::npos) return "";
    line.resize(end);
    const auto comma = line.find(", scr");
    if (line.rfind("pid ", 0) != 0 || comma == std::string::npos || comma == 4 || comma > 13)
        return "";
    const auto digits = [](char c) { return c >= '0' && c <= '9'; };
    const auto words = [](char c) { return (c >= 'a' && c <= 'z') || c == ' ' || c == '-'; };
    if (!std::all_of(line.begin() + 4, line.begin() + static_cast<long>(comma), digits) ||
        !std::all_of(line.begin() + static_cast<long>(comma) + 2, line.end(), words))
        return "";
    // A foreign flock (flock(1)) writes nothing: the text may be a killed scr's, not the holder's.
    const long pid = std::strtol(line.c_str() + 4, nullptr, 10);
    if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)) return "";
    return line;
}

// The new text first, then the file cut to its length: a waiter reading in between still sees
// a whole first line.
void write_holder(int fd) {
    const std::string line = fmt::format("pid {}, {}\n", ::getpid(), g_command);
    if (::pwrite(fd, line.data(), line.size(), 0) == static_cast<ssize_t>(line.size()))
        (void)::ftruncate(fd, static_cast<off_t>(line.size()));
}

Error held_too_long(const fs::path& path, const std::string& first, const std::string& last) {
    const std::string who =
        last.empty() ? "another process" : fmt::format("another scr command ({})", last);
    const std::string what =
        !first.empty() && !last.empty() && first != last
            ? fmt::format("{} holds the write lock, and writers have kept it for over {} s", who,
                          wait_seconds)
            : fmt::format("{} has held the write lock for over {} s", who, wait_seconds);
    return env_failure(path.string(), what, "wait for it to finish, or stop it");
}

// Only lock holders write these files, so temporaries found by the new holder were left by one
// that was killed. The root also holds files written without the lock (-o output, git's merge
// files): only the partnership's own files' temporaries are removed there. The parsed-case
// cache is written by readers without the lock; one whose temporary goes here only loses that
// write (the rename fails, the next run writes the cache again).
void clear_killed_writers(const fs::path& root) {
    remove_temporaries(root,
                       {config_file_name, holidays_file_name, ".gitignore", ".gitattributes"});
    remove_temporaries(root / "cases");
    remove_temporaries(root / "schemas");
    remove_temporaries(root / ".scr", {"cache"});
}

} // namespace

void set_lock_holder_command(std::string command) {
    g_command = std::move(command);
}

WriteLock::~WriteLock() {
    if (m_fd < 0) return;
    // Nobody holds it now. A killed holder's line stays, but is never read while nobody does.
    (void)::ftruncate(m_fd, 0);
    ::close(m_fd); // closing releases the flock
}

Result<WriteLock> WriteLock::acquire(const fs::path& root) {
    const fs::path dir = root / ".scr";
    if (auto st = make_private_dir(dir); !st) return st.error();
    const fs::path path = dir / "lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return env_failure(path.string(),
                           fmt::format("cannot open the lock: {}", std::strerror(errno)));
    // open's mode passes through the umask; the lock stays usable whatever it is.
    ::fchmod(fd, 0600);
    std::string first_holder;
    for (int i = 0; i < polls; ++i) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            write_holder(fd);
            WriteLock lock(fd);
            step_point("lock-taken");
            clear_killed_writers(root);
            return lock;
        }
        if (errno != EWOULDBLOCK && errno != EINTR) {
            Error e = env_failure(path.string(),
                                  fmt::format("cannot take the lock: {}", std::strerror(errno)));
            ::close(fd);
            return e;
        }
        // Read only while someone holds the flock: a holder that died released it with its text.
        if (i == 0) first_holder = read_holder(fd);
        ::usleep(poll_interval_us);
    }
    const std::string last_holder = read_holder(fd);
    ::close(fd);
    return held_too_long(path, first_holder, last_holder);
}

} // namespace scr
