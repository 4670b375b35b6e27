// The parsed-case cache (store/case_cache.h) and its binary form (store/cache_codec.h): what it
// trusts, and that nothing damaged or foreign is ever believed (issue 8).
#include "helpers.h"

#include "case/decode.h"
#include "store/cache_codec.h"
#include "store/case_cache.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <fstream>

using namespace scr;

namespace {

std::vector<Case> demo_cases() {
    std::vector<Case> out;
    for (const auto& e : fs::directory_iterator(fs::path(SCR_SOURCE_DIR) / "examples/demo/cases")) {
        const CaseLoad load = decode_case(*read_file(e.path(), 1 << 20), e.path().string(),
                                          DecodeMode::case_file, e.path().stem().string());
        REQUIRE_MESSAGE(load.value, e.path());
        out.push_back(*load.value);
    }
    return out;
}

std::string binary(const Case& c) {
    ByteWriter w;
    encode_case_binary(w, c);
    return w.bytes();
}

// Sets a file's modification time, as the clock of the cache's writing.
void set_mtime(const fs::path& path, std::int64_t seconds) {
    const struct timespec times[2] = {{seconds, 0}, {seconds, 0}};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
}

FileStamp stamp_at(std::int64_t seconds) {
    return FileStamp{1200, 42, 7, seconds * 1'000'000'000, seconds * 1'000'000'000};
}

} // namespace

TEST_CASE("cache_codec: every demo case comes back field for field") {
    const std::vector<Case> cases = demo_cases();
    REQUIRE(cases.size() >= 12);
    for (const Case& c : cases) {
        const auto back = decode_case_binary(binary(c));
        REQUIRE(back.has_value());
        CHECK(*back == c);
    }
}

TEST_CASE("cache_codec: every truncation and many changed bytes are refused or read safely") {
    const std::string bytes = binary(demo_cases().front());
    for (std::size_t n = 0; n < bytes.size(); ++n)
        CHECK_FALSE(decode_case_binary(std::string_view(bytes).substr(0, n)).has_value());
    for (std::size_t at = 0; at < bytes.size(); at += 7) {
        std::string changed = bytes;
        changed[at] = static_cast<char>(changed[at] ^ 0xA5);
        (void)decode_case_binary(changed); // must not crash or read out of bounds (ASan)
    }
}

TEST_CASE("case_cache: a file is trusted only with its exact stamp and outside the racy window") {
    test::TempDir t;
    const fs::path path = t.root / "cache";
    const Case c = demo_cases().front();
    std::vector<std::optional<CacheRecord>> records{CacheRecord{"2026-001", stamp_at(1000), binary(c)}};
    REQUIRE(write_case_cache(path, "build A", records).ok());
    CHECK((fs::status(path).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));

    set_mtime(path, 1000 + 5); // written well after the file: trusted
    CaseCache cache = CaseCache::read(path, "build A");
    REQUIRE(cache.size() == 1);
    REQUIRE(cache.trusted("2026-001", stamp_at(1000)).has_value());
    CHECK(decode_case_binary(*cache.trusted("2026-001", stamp_at(1000))) == c);
    CHECK_FALSE(cache.trusted("2026-002", stamp_at(1000)));
    for (int field = 0; field < 5; ++field) {
        FileStamp other = stamp_at(1000);
        if (field == 0) other.size += 1;
        if (field == 1) other.inode += 1;
        if (field == 2) other.device += 1;
        if (field == 3) other.mtime_ns += 1; // one nanosecond is a change
        if (field == 4) other.ctime_ns += 1;
        CHECK_FALSE(cache.trusted("2026-001", other));
    }
    // Written within the same second as the file, or two: the file might have changed again
    // since without its stamp showing it, so it is read again.
    for (int gap : {0, 1, 2}) {
        set_mtime(path, 1000 + gap);
        CHECK_FALSE(CaseCache::read(path, "build A").trusted("2026-001", stamp_at(1000)));
    }
    set_mtime(path, 1000 + 3);
    CHECK(CaseCache::read(path, "build A").trusted("2026-001", stamp_at(1000)));
    // Another build's cache is not read at all.
    CHECK(CaseCache::read(path, "build B").size() == 0);
}

TEST_CASE("case_cache: a truncated or damaged cache file is ignored whole") {
    test::TempDir t;
    const fs::path path = t.root / "cache";
    std::vector<std::optional<CacheRecord>> records;
    for (const Case& c : demo_cases()) records.push_back(CacheRecord{c.id, stamp_at(1000), binary(c)});
    REQUIRE(write_case_cache(path, "build", records).ok());
    const std::string whole = *read_file(path, 1 << 24);
    REQUIRE(CaseCache::read(path, "build").size() == records.size());
    auto with = [&](const std::string& content) {
        std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
        return CaseCache::read(path, "build").size();
    };
    for (std::size_t n = 0; n < whole.size(); n += 97) CHECK(with(whole.substr(0, n)) == 0);
    for (std::size_t at = 0; at < whole.size(); at += 89) {
        std::string changed = whole;
        changed[at] = static_cast<char>(changed[at] ^ 0x10);
        CHECK(with(changed) == 0);
    }
    CHECK(with(whole + "x") == 0);
    CHECK(with(std::string(whole.size(), '\0')) == 0);
    fs::remove(path);
    CHECK(CaseCache::read(path, "build").size() == 0); // no cache yet
}
