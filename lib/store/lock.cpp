#include "store/lock.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scr {

WriteLock::~WriteLock() {
    if (m_fd >= 0) ::close(m_fd); // closing releases the flock
}

Result<WriteLock> WriteLock::acquire(const fs::path& root, int attempts) {
    const fs::path dir = root / ".scr";
    if (auto st = make_private_dir(dir); !st) return st.error();
    const fs::path path = dir / "lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return env_failure(path.string(),
                           fmt::format("cannot open the lock: {}", std::strerror(errno)));
    ::fchmod(fd, 0600); // open's mode passes through the umask; the lock stays usable whatever it is
    // Polling with a fixed number of short sleeps keeps the library off the clock.
    for (int i = 0; i < attempts; ++i) {
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return WriteLock(fd);
        if (errno != EWOULDBLOCK && errno != EINTR) break;
        ::usleep(50 * 1000);
    }
    ::close(fd);
    return env_failure(path.string(), "another scr command is writing to this partnership",
                       "wait for it to finish and try again");
}

} // namespace scr
