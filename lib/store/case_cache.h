// The parsed-case cache, `.scr/cache` in the partnership (git-ignored, 0600): every valid case
// in binary form, keyed by its file's name and stamp (size, mtime and ctime in nanoseconds,
// inode, device), so a warm `scr deadlines` reads no YAML. Only parsed cases are cached, never
// deadlines: those are worked out afresh on every run (issue 8).
#pragma once

#include "store/fs.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace scr {

/// A file modified this close to the cache's own writing may have changed again within the same
/// timestamp tick without its stamp showing it (git's "racily clean" index entries): such a file
/// is always read again.
inline constexpr std::int64_t racy_window_ns = 2'000'000'000;

/// One case to cache: the file's name without `.yaml`, its stamp, the case in binary form.
struct CacheRecord {
    std::string name;
    FileStamp stamp;
    std::string bytes;
};

/// The cache as read from disk; empty when missing, written by another build, or damaged.
class CaseCache {
public:
    /// Reads the cache at `path`, accepting it only when its header names `build` and every
    /// byte checks out.
    static CaseCache read(const fs::path& path, std::string_view build);

    /// The binary case cached for `name`, when the file's current `stamp` is the one cached and
    /// the file is older than the cache by the racy window; nullopt otherwise.
    std::optional<std::string_view> trusted(std::string_view name, const FileStamp& stamp) const;

    /// How many cases the cache holds.
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        FileStamp stamp;
        std::string_view bytes;
    };
    std::unique_ptr<std::string> m_data; // the entries point into it: it must never move
    std::unordered_map<std::string_view, Entry> m_entries;
    std::int64_t m_written_ns = 0;
};

/// Replaces the cache at `path` atomically with `records` (null entries skipped).
Status write_case_cache(const fs::path& path, std::string_view build,
                        const std::vector<std::optional<CacheRecord>>& records);

} // namespace scr
