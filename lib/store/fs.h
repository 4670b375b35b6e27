// The only file-system access in libscr: bounded reads, atomic private writes, private dirs.
#pragma once

#include "core/result.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <filesystem>
#include <string>
#include <vector>

namespace scr {

namespace fs = std::filesystem;

/// What read_file accepts: anything readable (a pipe from `<(cmd)` too), or only a regular file
/// that is not a symbolic link (case files: a FIFO would hang, a link would be written through).
enum class FileKind { any, regular };

/// What tells one version of a file from another without reading it, as git's index does:
/// replacing a file (a new inode), writing it (size, mtime) or touching its inode (ctime).
struct FileStamp {
    std::uint64_t size = 0, inode = 0, device = 0;
    std::int64_t mtime_ns = 0, ctime_ns = 0;

    bool operator==(const FileStamp&) const = default;
};

/// The stamp of a regular file (not following a symbolic link); nullopt for anything else.
std::optional<FileStamp> file_stamp(const fs::path& path);

/// Reads a whole file, refusing files larger than `max_bytes` (huge input must not exhaust memory).
/// With FileKind::regular and a non-null `stamp`, also gives the stamp of the file read (taken
/// from the open file, so stamp and content always belong together).
Result<std::string> read_file(const fs::path& path, std::size_t max_bytes,
                              FileKind kind = FileKind::any, FileStamp* stamp = nullptr);

/// Replaces `path` with `content` atomically (temporary file, fsync, rename, fsync of the
/// directory), mode 0600 whatever the umask: readers see the old file or the new, never half.
/// Each step ends at a step_point (store/steps.h).
Status write_file_atomic(const fs::path& path, const std::string& content);

/// Removes the temporary files (".NAME.tmp-XXXXXX") a killed write_file_atomic left in `dir`: those
/// for the file names in `names`, or all of them when `names` is empty. Only a writer holding the
/// lock may call this, and only on directories no writer without the lock uses.
void remove_temporaries(const fs::path& dir, const std::vector<std::string>& names = {});

/// Writes an output file the user named (-o): a regular file is replaced atomically as
/// write_file_atomic does; a symbolic link, device or pipe (/dev/stdout, /dev/null) is written
/// through in place, never replaced; a directory is refused.
Status write_output_file(const fs::path& path, const std::string& content);

/// Sets an existing directory to mode 0700 (a git clone or an earlier mkdir may have left 0755).
Status make_dir_private(const fs::path& path);

/// Creates a directory (and its parents) with mode 0700 whatever the umask.
Status make_private_dir(const fs::path& path);

} // namespace scr
