// The partnership's register: one file per case under cases/, named by its ID. Every write
// happens under the partnership's lock, atomically; reads never write (PRODUCT.md, issue 3).
#pragma once

#include "case/decode.h"
#include "store/fs.h"

#include <functional>
#include <string>
#include <vector>

namespace scr {

/// A case file found on disk, decoded or with the problems that stop it loading.
struct StoredCase {
    fs::path path;
    std::string id; // from the file name
    CaseLoad load;
};

/// The file of case `id` (which must already be a valid ID).
fs::path case_path(const fs::path& root, std::string_view id);

/// The names of the case files under cases/ (`*.yaml`, hidden files skipped) in ID order,
/// without reading them.
Result<std::vector<std::string>> list_case_ids(const fs::path& root);

/// Whether a bulk load may use the parsed-case cache (store/case_cache.h); `--no-cache` bypasses it.
enum class CacheUse { use, bypass };

/// How load_cases works: on how many threads, and with or without the cache.
struct LoadOptions {
    unsigned threads = 1;
    CacheUse cache = CacheUse::bypass;
    std::string build; // names the build writing the cache: a cache written by another is not read
    std::vector<std::string> only; // when given, only these cases' files (canonical IDs), no cache
};

/// Every case file under cases/ (`*.yaml`, hidden files skipped), sorted by ID, each decoded; the
/// files are read on `options.threads` threads, and unchanged valid ones come from the cache.
Result<std::vector<StoredCase>> load_cases(const fs::path& root, const LoadOptions& options = {});

/// Where the parsed-case cache of the partnership at `root` lives.
fs::path case_cache_path(const fs::path& root);

/// Reads and decodes case `id`; an unknown or malformed ID is bad input naming `field`.
Result<Case> read_case(const fs::path& root, std::string_view id, std::string_view field);

/// The ID the next referral received in `year` would get (highest sequence + 1).
Result<std::string> next_case_id(const fs::path& root, int year, const std::string& prefix);

/// Gives `c` the next ID for its year and writes it, under the lock; returns the ID.
Result<std::string> create_case(const fs::path& root, Case c, const std::string& prefix);

/// Whether `c` would be written: it must read back as a valid case (dry runs check this too).
Status check_writable(const fs::path& root, const Case& c);

/// Reads case `id` again under the lock, applies `change`, checks and writes it atomically.
Status update_case(const fs::path& root, std::string_view id, std::string_view field,
                   const std::function<Status(Case&)>& change);

/// What `renumber_case` did: the ID kept and the new one given to the other case.
struct Renumbered {
    std::string kept, moved_to;
};

/// Separates two cases that share `id`: the two sides of a merge conflict in its file, or a
/// second file claiming the same id. The first keeps the ID; the other gets the next free one.
Result<Renumbered> renumber_case(const fs::path& root, std::string_view id,
                                 const std::string& prefix);

} // namespace scr
