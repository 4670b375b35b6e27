// One writer at a time in a partnership directory: an advisory lock on .scr/lock.
#pragma once

#include "store/fs.h"

namespace scr {

/// Holds the partnership's write lock until destroyed.
class WriteLock {
public:
    WriteLock(WriteLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    WriteLock& operator=(WriteLock&&) = delete;
    ~WriteLock();

    /// Takes the lock of the partnership at `root`, waiting up to about `attempts` x 50 ms;
    /// fails with an environment error (exit 3) when another writer keeps it.
    static Result<WriteLock> acquire(const fs::path& root, int attempts = 200);

private:
    explicit WriteLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace scr
