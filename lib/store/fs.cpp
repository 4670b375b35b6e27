#include "store/fs.h"

#include "store/steps.h"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace scr {
namespace {

Error os_error(const fs::path& path, std::string_view what) {
    return env_failure(path.string(), fmt::format("{}: {}", what, std::strerror(errno)),
                       "check the directory exists and you may write to it");
}

bool write_all(int fd, const std::string& content) {
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

FileStamp stamp_of(const struct stat& st) {
    auto ns = [](const struct timespec& t) { return std::int64_t{t.tv_sec} * 1'000'000'000 + t.tv_nsec; };
    return FileStamp{static_cast<std::uint64_t>(st.st_size), static_cast<std::uint64_t>(st.st_ino),
                     static_cast<std::uint64_t>(st.st_dev), ns(st.st_mtim), ns(st.st_ctim)};
}

// The start of write_file_atomic's temporary file for `name`: hidden, so that no command takes
// it for a case while it exists.
std::string temporary_prefix(const std::string& name) {
    return "." + name + ".tmp-";
}

} // namespace

std::optional<FileStamp> file_stamp(const fs::path& path) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return stamp_of(st);
}

Result<std::string> read_file(const fs::path& path, std::size_t max_bytes, FileKind kind,
                              FileStamp* stamp) {
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return Error{Diagnostic{path.string(), 0, 0, "", "is a directory, not a file",
                                "give the path of the file itself"},
                     Failure::bad_input};
    const int flags = kind == FileKind::regular ? O_NOFOLLOW | O_NONBLOCK : 0;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | flags);
    if (fd < 0 && errno == ELOOP && kind == FileKind::regular)
        return Error{Diagnostic{path.string(), 0, 0, "",
                                "is a symbolic link, not a file of its own",
                                "replace the link with the file itself"},
                     Failure::bad_input};
    struct stat st {};
    if (fd >= 0 && kind == FileKind::regular && (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
        ::close(fd);
        return Error{Diagnostic{path.string(), 0, 0, "", "is not a regular file",
                                "put a plain file there, or move this out of the way"},
                     Failure::bad_input};
    }
    if (fd >= 0 && kind == FileKind::regular && stamp) *stamp = stamp_of(st);
    if (fd < 0) {
        if (errno == ENOENT)
            return Error{Diagnostic{path.string(), 0, 0, "", "no such file", "check the path"},
                         Failure::bad_input};
        return env_failure(path.string(), fmt::format("cannot read: {}", std::strerror(errno)),
                           "check you may read it");
    }
    std::string out;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            Error e =
                env_failure(path.string(), fmt::format("cannot read: {}", std::strerror(errno)));
            ::close(fd);
            return e;
        }
        if (n == 0) break;
        if (out.size() + static_cast<std::size_t>(n) > max_bytes) {
            ::close(fd);
            Error e =
                bad_input("", fmt::format("larger than {} bytes; refusing to read it", max_bytes),
                          "check this is the file you meant");
            e.diag.file = path.string();
            return e;
        }
        out.append(buf, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return out;
}

Status write_file_atomic(const fs::path& path, const std::string& content) {
    const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
    std::string tmpl = (dir / temporary_prefix(path.filename().string())).string() + "XXXXXX";
    const int fd = ::mkstemp(tmpl.data()); // mkstemp creates 0600
    if (fd < 0) return os_error(path, "cannot create a temporary file");
    step_point("temporary-created");
    bool done = ::fchmod(fd, 0600) == 0 && write_all(fd, content);
    if (done) step_point("temporary-written");
    done = done && ::fsync(fd) == 0;
    const int saved = errno;
    if (::close(fd) != 0 || !done) {
        errno = done ? errno : saved;
        Error e = os_error(path, "cannot write");
        ::unlink(tmpl.c_str());
        return e;
    }
    step_point("temporary-synced");
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        Error e = os_error(path, "cannot replace");
        ::unlink(tmpl.c_str());
        return e;
    }
    step_point("renamed");
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd); // the rename itself must survive a crash
        ::close(dfd);
    }
    step_point("directory-synced");
    return ok();
}

void remove_temporaries(const fs::path& dir, const std::vector<std::string>& names) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string file = entry.path().filename().string();
        const auto pos = file.rfind(".tmp-");
        if (file.size() < 2 || file[0] != '.' || pos == std::string::npos || pos < 2) continue;
        const std::string of = file.substr(1, pos - 1);
        if (names.empty() || std::find(names.begin(), names.end(), of) != names.end())
            fs::remove(entry.path(), ec);
    }
}

Status write_output_file(const fs::path& path, const std::string& content) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        return Error{
            Diagnostic{path.string(), 0, 0, "", "is a directory", "give a file name with -o"},
            Failure::bad_input};
    struct stat link {};
    if (::lstat(path.c_str(), &link) != 0 || S_ISREG(link.st_mode))
        return write_file_atomic(path, content);
    // A link, a device or a pipe (/dev/stdout, /dev/null) is written through, never renamed
    // over: that would replace the link or the device with a file.
    const int fd = ::open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return os_error(path, "cannot open");
    const bool written = write_all(fd, content);
    const int saved = errno;
    if (::close(fd) != 0 || !written) {
        errno = written ? errno : saved;
        return os_error(path, "cannot write");
    }
    return ok();
}

Status make_dir_private(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return os_error(path, "cannot read permissions");
    if ((st.st_mode & 07777) == 0700) return ok();
    if (::chmod(path.c_str(), 0700) != 0) return os_error(path, "cannot set permissions");
    return ok();
}

Status make_private_dir(const fs::path& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) return ok();
    if (fs::exists(fs::symlink_status(path, ec)))
        return Error{Diagnostic{path.string(), 0, 0, "", "exists and is not a directory",
                                "choose another path, or move that file away"},
                     Failure::bad_input};
    if (path.has_parent_path() && path.parent_path() != path) {
        if (auto st = make_private_dir(path.parent_path()); !st) return st;
    }
    if (::mkdir(path.c_str(), 0700) != 0) return os_error(path, "cannot create directory");
    // mkdir's mode is filtered by the umask; the directory must be private whatever it is.
    if (::chmod(path.c_str(), 0700) != 0) return os_error(path, "cannot set permissions");
    return ok();
}

} // namespace scr
