#include "store/cases.h"

#include "case/case_id.h"
#include "case/conflict.h"
#include "case/encode.h"
#include "core/parallel.h"
#include "store/cache_codec.h"
#include "store/case_cache.h"
#include "store/lock.h"
#include "store/renumber_note.h"
#include "store/steps.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <map>
#include <tuple>

namespace scr {
namespace {

// A case file is a few kilobytes; a megabyte is a mistake (or an attack), not a case.
constexpr std::size_t max_case_bytes = 1 << 20;

fs::path cases_dir_of(const fs::path& root) {
    return root / "cases";
}

Error no_such_case(std::string_view id, std::string_view field) {
    return bad_input(std::string(field), fmt::format("no case {}", id),
                     "scr case list shows the cases there are");
}

StoredCase load_one(const fs::path& path, FileStamp* stamp = nullptr) {
    StoredCase s{path, path.stem().string(), {}};
    auto text = read_file(path, max_case_bytes, FileKind::regular, stamp);
    if (!text) {
        s.load.problems.push_back(text.error().diag);
        return s;
    }
    const bool named_by_id = parse_case_id(s.id, "file").ok();
    s.load = decode_case(*text, path.string(), DecodeMode::case_file, named_by_id ? s.id : "");
    if (!named_by_id)
        s.load.problems.insert(s.load.problems.begin(),
                               Diagnostic{path.string(), 0, 0, "file", "is not named after a case ID",
                                          "case files are named ID.yaml, e.g. 2026-014.yaml"});
    return s;
}

// The case cached for `stem` when its file has not changed since; the record goes into the next
// cache as it is.
bool load_cached(const CaseCache& cache, const fs::path& path, const std::string& stem,
                 StoredCase& s, std::optional<CacheRecord>& record) {
    const auto stamp = file_stamp(path);
    const auto bytes = stamp ? cache.trusted(stem, *stamp) : std::nullopt;
    auto c = bytes ? decode_case_binary(*bytes) : std::nullopt;
    if (!c) return false;
    s = StoredCase{path, stem, CaseLoad{}};
    s.load.id = c->id;
    s.load.has_kind = true; // a valid case file always names its kind
    s.load.value = std::move(*c);
    record = CacheRecord{stem, *stamp, std::string(*bytes)};
    return true;
}

// Reads and decodes every file, spread over the threads; with a cache, unchanged files come from
// it. Returns how many new records (files read again) the next cache should hold.
std::size_t load_all(const fs::path& root, const std::vector<std::string>& stems,
                     const LoadOptions& options, const CaseCache* cache,
                     std::vector<StoredCase>& out, std::vector<std::optional<CacheRecord>>& records) {
    std::atomic<std::size_t> fresh{0};
    parallel_for(stems.size(), options.threads, [&](std::size_t i) {
        const fs::path path = cases_dir_of(root) / (stems[i] + ".yaml");
        if (cache && load_cached(*cache, path, stems[i], out[i], records[i])) return;
        FileStamp stamp;
        out[i] = load_one(path, &stamp);
        if (!cache || !out[i].load.value || !out[i].load.problems.empty()) return;
        ByteWriter bytes;
        encode_case_binary(bytes, *out[i].load.value);
        records[i] = CacheRecord{stems[i], stamp, std::move(bytes.bytes())};
        ++fresh;
    });
    return fresh;
}

// Two files claiming one id (a copy, or a rename by hand): name both (issue 3).
void flag_shared_ids(std::vector<StoredCase>& cases) {
    std::map<std::string, std::vector<std::size_t>> by_id;
    for (std::size_t i = 0; i < cases.size(); ++i)
        if (!cases[i].load.id.empty()) by_id[cases[i].load.id].push_back(i);
    for (const auto& [id, files] : by_id) {
        if (files.size() < 2) continue;
        for (std::size_t i : files) {
            if (cases[i].id == id) continue;
            const std::size_t other = files.front() == i ? files[1] : files.front();
            cases[i].load.value.reset();
            cases[i].load.problems.push_back(Diagnostic{
                cases[i].path.string(), 0, 0, "id",
                fmt::format("{} is also the id of {}", id, cases[other].path.string()),
                fmt::format("run scr case renumber {} to give this one a new ID", id)});
        }
    }
}

} // namespace

Result<std::vector<std::string>> list_case_ids(const fs::path& root) {
    std::vector<std::string> out;
    std::error_code ec;
    // git keeps no empty folder: a clone made before the first case has no cases/ yet.
    if (!fs::exists(fs::symlink_status(cases_dir_of(root), ec))) return out;
    fs::directory_iterator it(cases_dir_of(root), ec);
    if (ec)
        return env_failure(cases_dir_of(root).string(), "cannot list the cases: " + ec.message(),
                           "check the partnership directory has a cases/ folder (scr init makes it)");
    for (const auto& entry : it) {
        // Every *.yaml entry, whatever it is: one that is not a file is reported, not skipped.
        const fs::path& p = entry.path();
        if (p.extension() == ".yaml" && p.filename().string()[0] != '.')
            out.push_back(p.stem().string());
    }
    // In ID order, so 2026-1000 follows 2026-999; other names after the IDs, by name.
    std::vector<std::pair<CaseIdKey, std::string>> keyed; // each name parsed once, not per comparison
    keyed.reserve(out.size());
    for (std::string& stem : out) keyed.emplace_back(case_id_key(stem), std::move(stem));
    std::sort(keyed.begin(), keyed.end());
    for (std::size_t i = 0; i < keyed.size(); ++i) out[i] = std::move(keyed[i].second);
    return out;
}

namespace {

Status write_case(const fs::path& root, const Case& c) {
    // A clone checks cases/ out 0755, or not at all while it is empty; writing a case makes it
    // (again) 0700.
    if (auto st = make_private_dir(cases_dir_of(root)); !st) return st;
    if (auto st = make_dir_private(cases_dir_of(root)); !st) return st;
    if (auto st = check_writable(root, c); !st) return st;
    return write_file_atomic(case_path(root, c.id), format_case(c));
}

} // namespace

Status check_writable(const fs::path& root, const Case& c) {
    // What scr writes, it must read back: a bug here must not leave an unreadable case.
    const CaseLoad again =
        decode_case(format_case(c), case_path(root, c.id).string(), DecodeMode::case_file, c.id);
    if (!again.value) return Error{again.problems.front(), Failure::bad_input};
    return ok();
}

fs::path case_path(const fs::path& root, std::string_view id) {
    return cases_dir_of(root) / (std::string(id) + ".yaml");
}

fs::path case_cache_path(const fs::path& root) {
    return root / ".scr" / "cache";
}

Result<std::vector<StoredCase>> load_cases(const fs::path& root, const LoadOptions& options) {
    auto stems = list_case_ids(root);
    if (!stems) return stems.error();
    if (!options.only.empty()) // a one-case command reads one file, not the register
        std::erase_if(*stems, [&](const std::string& stem) {
            return std::find(options.only.begin(), options.only.end(), stem) == options.only.end();
        });
    // Reading the whole cache costs more than parsing a case or two: one-case commands skip it.
    const bool caching = options.cache == CacheUse::use && options.only.empty();
    const CaseCache cache = caching ? CaseCache::read(case_cache_path(root), options.build) : CaseCache{};
    std::vector<std::optional<CacheRecord>> records(caching ? stems->size() : 0);
    std::vector<StoredCase> out(stems->size());
    const std::size_t fresh = load_all(root, *stems, options, caching ? &cache : nullptr, out, records);
    if (caching) {
        std::size_t kept = 0;
        for (const auto& r : records) kept += r.has_value();
        // Rewritten only when something changed (a file read again, or one gone); a cache that
        // cannot be written (a read-only checkout) costs speed, never an answer, so its failure
        // is not reported.
        if (fresh > 0 || kept - fresh != cache.size())
            (void)write_case_cache(case_cache_path(root), options.build, records);
    }
    flag_shared_ids(out);
    // A case saved as .yml or .YAML would be invisible to every command: say so.
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(cases_dir_of(root), ec)) {
        std::string ext = entry.path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
        if ((ext == ".yml" || ext == ".yaml") && entry.path().extension() != ".yaml" &&
            entry.path().filename().string()[0] != '.')
            out.push_back(StoredCase{entry.path(), entry.path().stem().string(),
                                     CaseLoad{std::nullopt,
                                              {Diagnostic{entry.path().string(), 0, 0, "file",
                                                          "is not read: case files end in .yaml",
                                                          "rename it to ID.yaml"}},
                                              {}, false}});
    }
    return out;
}

Result<Case> read_case(const fs::path& root, std::string_view id, std::string_view field) {
    if (auto parsed = parse_case_id(id, field); !parsed) return parsed.error();
    const fs::path path = case_path(root, id);
    std::error_code ec;
    if (!fs::exists(path, ec)) return no_such_case(id, field);
    StoredCase s = load_one(path);
    if (!s.load.value) return Error{s.load.problems.front(), Failure::bad_input};
    return std::move(*s.load.value);
}

Result<std::string> next_case_id(const fs::path& root, int year, const std::string& prefix) {
    auto stems = list_case_ids(root);
    if (!stems) return stems.error();
    long highest = 0;
    for (const std::string& stem : *stems)
        if (auto id = parse_case_id(stem, "file"); id && id->year == year && id->prefix == prefix)
            highest = std::max(highest, id->seq);
    return format_case_id({prefix, year, highest + 1});
}

Result<std::string> create_case(const fs::path& root, Case c, const std::string& prefix) {
    auto lock = WriteLock::acquire(root);
    if (!lock) return lock.error();
    // Allocated under the lock, so parallel `referral new` calls never share an ID.
    auto id = next_case_id(root, year_of(c.received.value_or(Date{})), prefix);
    if (!id) return id.error();
    c.id = *id;
    if (auto st = write_case(root, c); !st) return st.error();
    return *id;
}

Status update_case(const fs::path& root, std::string_view id, std::string_view field,
                   const std::function<Status(Case&)>& change) {
    // An unknown or broken case fails before the lock: a refused command leaves no trace.
    if (auto first = read_case(root, id, field); !first) return first.error();
    auto lock = WriteLock::acquire(root);
    if (!lock) return lock.error();
    auto c = read_case(root, id, field); // again, under the lock: the last writer's version
    if (!c) return c.error();
    if (auto st = change(*c); !st) return st;
    return write_case(root, *c);
}

namespace {

// The ID the case `c` moves to in the renumber of `old_id`. One killed between its two writes
// noted where it was moving `c`: the same ID again, unless another case has taken it since.
Result<std::string> renumbered_id(const fs::path& root, Case c, std::string_view old_id,
                                  const std::string& prefix) {
    const int year = year_of(c.received.value_or(Date{}));
    auto noted = read_renumber_note(root, old_id);
    if (auto parsed = parse_case_id(noted.value_or(""), "note");
        parsed && parsed->year == year && parsed->prefix == prefix) {
        c.id = *noted;
        std::error_code ec;
        if (!fs::exists(case_path(root, *noted), ec)) return *noted;
        auto text = read_file(case_path(root, *noted), max_case_bytes, FileKind::regular);
        if (text && *text == format_case(c)) return *noted;
    }
    auto fresh = next_case_id(root, year, prefix);
    if (!fresh) return fresh.error();
    if (auto st = write_renumber_note(root, old_id, *fresh); !st) return st.error();
    return fresh;
}

// A second file claiming `id` (copied in, or renamed by hand) gets the next free ID.
Result<Renumbered> renumber_copies(const fs::path& root, std::string_view id,
                                   const std::string& prefix) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(cases_dir_of(root), ec)) {
        const fs::path& p = entry.path();
        if (p.extension() != ".yaml" || p.filename().string()[0] == '.' || p.stem() == id) continue;
        auto text = read_file(p, max_case_bytes, FileKind::regular);
        if (!text) continue;
        CaseLoad copy = decode_case(*text, p.string(), DecodeMode::case_file);
        if (copy.id != id) continue;
        if (!copy.value) return Error{copy.problems.front(), Failure::bad_input};
        auto fresh = renumbered_id(root, *copy.value, id, prefix);
        if (!fresh) return fresh.error();
        copy.value->id = *fresh;
        if (auto st = write_case(root, *copy.value); !st) return st.error();
        step_point("renumber-copy-written");
        if (!fs::remove(p, ec))
            return env_failure(p.string(), "cannot remove the old file: " + ec.message());
        step_point("renumber-copy-removed");
        remove_renumber_note(root, id);
        return Renumbered{std::string(id), *fresh};
    }
    return bad_input("ID", fmt::format("{} is not shared: its file holds no merge conflict and no "
                                       "other file claims it", id),
                     "scr check lists IDs that clash");
}

} // namespace

Result<Renumbered> renumber_case(const fs::path& root, std::string_view id, const std::string& prefix) {
    if (auto parsed = parse_case_id(id, "ID"); !parsed) return parsed.error();
    const fs::path path = case_path(root, id);
    std::error_code ec;
    if (!fs::exists(path, ec)) return no_such_case(id, "ID");
    auto lock = WriteLock::acquire(root);
    if (!lock) return lock.error();
    auto text = read_file(path, max_case_bytes, FileKind::regular);
    if (!text) return text.error();
    auto sides = split_conflict(*text);
    if (!sides) return renumber_copies(root, id, prefix);
    CaseLoad ours = decode_case(sides->ours, path.string() + " (ours)", DecodeMode::case_file, id);
    CaseLoad theirs = decode_case(sides->theirs, path.string() + " (theirs)", DecodeMode::case_file, id);
    for (const CaseLoad* side : {&ours, &theirs})
        if (!side->value) return Error{side->problems.front(), Failure::bad_input};
    auto fresh = renumbered_id(root, *theirs.value, id, prefix);
    if (!fresh) return fresh.error();
    theirs.value->id = *fresh;
    // The new file first: a crash between the writes leaves both cases on disk, and the same
    // renumber run again finds the new file and finishes.
    if (auto st = write_case(root, *theirs.value); !st) return st.error();
    step_point("renumber-between-writes");
    if (auto st = write_case(root, *ours.value); !st) return st.error();
    remove_renumber_note(root, id);
    return Renumbered{std::string(id), *fresh};
}

} // namespace scr
