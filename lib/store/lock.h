// One writer at a time in a partnership directory: an advisory lock on .scr/lock, whose text
// names the writer holding it (pid and command, never argument values).
#pragma once

#include "store/fs.h"

#include <string>

namespace scr {

/// Holds the partnership's write lock until destroyed.
class WriteLock {
public:
    WriteLock(WriteLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    WriteLock& operator=(WriteLock&&) = delete;
    ~WriteLock();

    /// Takes the lock of the partnership at `root`, waiting up to 10 s, and clears what a killed
    /// holder left; fails with an environment error (exit 3) naming the writer that keeps it.
    static Result<WriteLock> acquire(const fs::path& root);

private:
    explicit WriteLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

/// Names the command this process runs ("scr event add") for the lock file, so a writer kept
/// waiting can say who holds the lock. Command words only: argument values may name a child.
void set_lock_holder_command(std::string command);

} // namespace scr
