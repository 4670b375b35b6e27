// The demo partnership: every example case loads and saves to identical bytes, is check-clean,
// and commands that only read leave every file as it was (issue 3 acceptance).
#include "harness.h"

#include <map>

using namespace e2e;

TEST_CASE("every example case round-trips to identical bytes / reading writes nothing") {
    TempDir t;
    const fs::path demo = t / "demo";
    fs::copy(fs::path(SCR_SOURCE_DIR) / "examples/demo", demo,
             fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    std::map<std::string, std::pair<std::string, fs::file_time_type>> before;
    for (const auto& e : fs::recursive_directory_iterator(demo))
        if (e.is_regular_file()) before[e.path().string()] = {read_text(e.path()), e.last_write_time()};
    int cases = 0;
    for (const auto& e : fs::directory_iterator(demo / "cases")) {
        const std::string id = e.path().stem().string();
        const Run show = scr({"-C", demo.string(), "case", "show", id});
        CHECK_MESSAGE(show.code == 0, show.err);
        CHECK_MESSAGE(show.out == read_text(e.path()), id);
        CHECK(scr({"-C", demo.string(), "case", "show", id, "--format", "json"}).code == 0);
        CHECK(scr({"-C", demo.string(), "case", "show", id, "--format", "md"}).code == 0);
        ++cases;
    }
    CHECK(cases >= 5);
    const Run check = scr({"-C", demo.string(), "check"});
    CHECK_MESSAGE(check.code == 0, check.err);
    CHECK(check.out.empty());
    CHECK(check.err.empty());
    const Run list = scr({"-C", demo.string(), "case", "list", "--format", "csv"});
    CHECK(list.code == 0);
    CHECK(list.out.rfind("id,kind,received,pseudonym,stage\r\n", 0) == 0);
    std::map<std::string, std::pair<std::string, fs::file_time_type>> after;
    for (const auto& e : fs::recursive_directory_iterator(demo))
        if (e.is_regular_file()) after[e.path().string()] = {read_text(e.path()), e.last_write_time()};
    CHECK(after == before); // not even a lock file
}
