// The parsed-case cache never changes an answer: whatever happened to the files or to the cache,
// a command gives what it gives with --no-cache (issue 8, "Cache correctness").
#include "harness.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <fstream>

using namespace e2e;

namespace {

const char* const as_of = "2026-12-01";

// Every bulk command, with the cache and without; each pair must agree, status and output.
std::string same_as_uncached(const fs::path& demo) {
    const std::vector<std::vector<std::string>> commands = {
        {"deadlines", "--format", "json"},
        {"case", "list", "--format", "csv"},
        {"check"},
        {"report", "register", "--format", "json"},
    };
    std::string deadlines;
    for (const auto& command : commands) {
        std::vector<std::string> cached = {"-C", demo.string(), "--as-of", as_of};
        cached.insert(cached.end(), command.begin(), command.end());
        std::vector<std::string> uncached = cached;
        uncached.insert(uncached.begin() + 2, "--no-cache");
        const Run a = scr(cached);
        const Run b = scr(uncached);
        INFO(command.front());
        CHECK(a.code == b.code);
        CHECK(a.out == b.out);
        CHECK(a.err == b.err);
        if (command.front() == "deadlines") deadlines = a.out;
    }
    return deadlines;
}

// Rewrites a file in place (same inode) and puts its modification time back: only its size and
// change time could tell, and the size does not change.
void edit_in_place(const fs::path& path, const std::string& from, const std::string& to) {
    REQUIRE(from.size() == to.size());
    struct stat before {};
    REQUIRE(::stat(path.c_str(), &before) == 0);
    std::string text = read_text(path);
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::fstream(path, std::ios::in | std::ios::out | std::ios::binary) << text;
    const struct timespec times[2] = {before.st_atim, before.st_mtim};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
    struct stat after {};
    REQUIRE(::stat(path.c_str(), &after) == 0);
    REQUIRE(after.st_ino == before.st_ino);
    REQUIRE(after.st_size == before.st_size);
}

const std::string referral_on_27 = "  - date: 2026-11-27\n    type: referral-received";
const std::string referral_on_26 = "  - date: 2026-11-26\n    type: referral-received";

} // namespace

TEST_CASE("cache: a cold and a warm run answer as --no-cache does") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    const std::string cold = same_as_uncached(demo);
    CHECK(fs::exists(demo / ".scr/cache"));
    CHECK(same_as_uncached(demo) == cold);
}

TEST_CASE("cache: a file changed in place in the second the cache was written is read again") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    const std::string before = same_as_uncached(demo); // writes the cache
    // At once, in the same second: same inode, same size, the old modification time.
    edit_in_place(demo / "cases/2026-013.yaml", referral_on_27, referral_on_26);
    const std::string after = same_as_uncached(demo);
    CHECK(after != before); // the edit moves a deadline, and the cache did not hide it
    // And again once the cache is old: the stamps still tell the edit apart.
    edit_in_place(demo / "cases/2026-013.yaml", referral_on_26, referral_on_27);
    CHECK(same_as_uncached(demo) == before);
}

TEST_CASE("cache: a file replaced by git checkout is read again") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    const std::string git = "cd '" + demo.string() + "' && git -c init.defaultBranch=main init -q && "
                            "git add -A && git -c user.name=T -c user.email=t@example.org commit -qm demo";
    REQUIRE(shell(git).code == 0);
    const std::string original = same_as_uncached(demo);
    write_text(demo / "cases/2026-013.yaml", [&] {
        std::string text = read_text(demo / "cases/2026-013.yaml");
        return text.replace(text.find(referral_on_27), referral_on_27.size(), referral_on_26);
    }());
    CHECK(same_as_uncached(demo) != original);
    REQUIRE(shell("cd '" + demo.string() + "' && git checkout -q -- cases/2026-013.yaml").code == 0);
    CHECK(same_as_uncached(demo) == original);
}

TEST_CASE("cache: a deleted file is gone from every answer") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    const std::string before = same_as_uncached(demo);
    fs::remove(demo / "cases/2026-013.yaml");
    const std::string after = same_as_uncached(demo);
    CHECK(before.find("\"2026-013\"") != std::string::npos);
    CHECK(after.find("\"2026-013\"") == std::string::npos);
}

TEST_CASE("cache: a truncated or corrupted cache changes no answer and is written anew") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    const fs::path cache = demo / ".scr/cache";
    const std::string expected = same_as_uncached(demo);
    const std::string whole = read_text(cache);
    REQUIRE(whole.size() > 1000);
    std::string flipped = whole;
    flipped[whole.size() / 2] = static_cast<char>(flipped[whole.size() / 2] ^ 0x01);
    for (const std::string& damaged :
         {whole.substr(0, whole.size() / 2), whole.substr(0, 10), std::string(), flipped,
          std::string(whole.size(), 'x'), whole + "trailing"}) {
        write_text(cache, damaged);
        CHECK(same_as_uncached(demo) == expected);
        CHECK(read_text(cache) != damaged); // replaced by a good one
    }
    fs::remove(cache);
    fs::create_directory(cache); // not even a file: ignored, and the answers stand
    CHECK(same_as_uncached(demo) == expected);
}

TEST_CASE("cache: a case broken in place is reported and not served from the cache") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    same_as_uncached(demo);
    edit_in_place(demo / "cases/2026-013.yaml", "\nid: 2026-013\n", "\nid: 2026-031\n");
    const Run check = scr({"-C", demo.string(), "check"});
    CHECK(check.code == 1);
    CHECK(check.err.find("2026-013.yaml") != std::string::npos);
    same_as_uncached(demo);
}

TEST_CASE("cache: a reader killed at any step of writing the cache changes no answer") {
    int kills = 0;
    for (int n = 1; n < 20; ++n) {
        TempDir t;
        const fs::path demo = copy_demo(t);
        const std::string expected_before = same_as_uncached(demo); // a cache, soon stale
        write_text(demo / "cases/2026-013.yaml", [&] {
            std::string text = read_text(demo / "cases/2026-013.yaml");
            return text.replace(text.find(referral_on_27), referral_on_27.size(), referral_on_26);
        }());
        const Run r = scr({"-C", demo.string(), "--as-of", as_of, "deadlines", "--format", "json"},
                          {.env = {{"SCR_TEST_KILL_AT", std::to_string(n)}}});
        if (r.err.find("test hook: killed") == std::string::npos) {
            CHECK(r.code == 0); // past the cache's last step: the run finished
            break;
        }
        ++kills;
        // Whatever the cache now holds, old, new or a temporary beside it, the answers stand.
        CHECK(same_as_uncached(demo) != expected_before);
    }
    CHECK(kills >= 4); // the kills landed inside the write, not only before or after it
}

TEST_CASE("cache: a one-case command reads its own file and leaves the cache whole") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    same_as_uncached(demo);
    const std::string cache = read_text(demo / ".scr/cache");
    write_text(demo / "cases/2026-001.yaml", "not: [a case\n"); // another case, broken
    for (bool cached : {true, false}) {
        std::vector<std::string> args = {"-C", demo.string(), "--as-of", as_of, "deadlines",
                                         "2026-013", "--format", "csv"};
        if (!cached) args.insert(args.begin() + 2, "--no-cache");
        const Run one = scr(args);
        CHECK_MESSAGE(one.code == 0, one.err);
        CHECK(one.out.find("2026-013") != std::string::npos);
        CHECK(one.out.find("2026-001") == std::string::npos);
    }
    CHECK(read_text(demo / ".scr/cache") == cache);
    CHECK(scr({"-C", demo.string(), "--as-of", as_of, "deadlines"}).code == 2); // the whole register
}
