// The register on disk: IDs past 999, ID order, and what a killed writer leaves (issue 3).
#include "helpers.h"

#include "case/decode.h"
#include "store/cases.h"
#include "store/partnership.h"

#include <cstdlib>
#include <chrono>
#include <fstream>
#include <thread>

using namespace scr;

namespace {

struct TempPartnership {
    test::TempDir dir;
    fs::path root = dir.root;
    TempPartnership() {
        PartnershipConfig config;
        config.name = "Example";
        REQUIRE(init_partnership(root, config).ok());
    }
};

Case learning_request(const std::string& received) {
    Case c;
    c.kind = Kind::learning_request;
    c.received = test::d(received);
    c.referrer.name = "Sam";
    c.children.push_back(Child{});
    c.children[0].name = "Alex";
    c.incident.summary = "Good joint working";
    return c;
}

} // namespace

TEST_CASE("store::create_case numbers past 999 and lists in ID order") {
    TempPartnership p;
    Case c = learning_request("2026-03-01");
    c.id = "2026-999";
    std::ofstream(p.root / "cases/2026-999.yaml") << "placeholder\n"; // only its name counts
    auto id = create_case(p.root, c, "");
    REQUIRE(id.ok());
    CHECK(*id == "2026-1000");
    CHECK(*create_case(p.root, learning_request("2025-12-31"), "") == "2025-001");
    auto cases = load_cases(p.root);
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 3);
    CHECK((*cases)[0].id == "2025-001");
    CHECK((*cases)[1].id == "2026-999");
    CHECK_FALSE((*cases)[1].load.value); // the placeholder is reported, not skipped
    CHECK((*cases)[2].id == "2026-1000");
}

TEST_CASE("store::update_case clears temporary files a killed writer left") {
    TempPartnership p;
    REQUIRE(create_case(p.root, learning_request("2026-03-01"), "").ok());
    std::ofstream(p.root / "cases/.2026-001.yaml.tmp-abc123") << "half a fi";
    REQUIRE(update_case(p.root, "2026-001", "ID", [](Case& c) {
                c.agencies.push_back({"Police"});
                return ok();
            }).ok());
    CHECK_FALSE(fs::exists(p.root / "cases/.2026-001.yaml.tmp-abc123"));
    auto back = read_case(p.root, "2026-001", "ID");
    REQUIRE(back.ok());
    CHECK(back->agencies.at(0).name == "Police");
}

TEST_CASE("store::read_case refuses IDs that are paths before touching the disk") {
    TempPartnership p;
    for (const char* bad : {"../scr", "../../etc/passwd", "/etc/passwd", "2026-001/.."}) {
        auto r = read_case(p.root, bad, "ID");
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().diag.message == "is not a case ID");
    }
}

TEST_CASE("case::decode reports missing fields in the same pass as other problems") {
    const CaseLoad l = decode_case("id: 2026-001\nkind: learning-request\nreceived: 2026-13-01\n"
                                   "referrer: {name: Sam}\nchildren: [{name: Alex}]\n",
                                   "f.yaml", DecodeMode::case_file, "2026-001");
    REQUIRE(l.problems.size() == 2);
    CHECK(l.problems[0].field == "received"); // unreadable: not also "missing"
    CHECK(l.problems[1].field == "incident.summary");
}

TEST_CASE("store::load_cases on several threads and from the cache gives what one thread parses") {
    TempPartnership p;
    for (int i = 0; i < 40; ++i) {
        Case c = learning_request(i % 2 ? "2026-03-01" : "2025-06-30");
        c.incident.summary = "Joint working, case " + std::to_string(i);
        REQUIRE(create_case(p.root, c, "").ok());
    }
    std::ofstream(p.root / "cases/2026-900.yaml") << "not: [a case\n"; // one broken file
    auto serial = load_cases(p.root);
    REQUIRE(serial.ok());
    REQUIRE(serial->size() == 41);
    auto same = [&](const std::vector<StoredCase>& other) {
        REQUIRE(other.size() == serial->size());
        for (std::size_t i = 0; i < other.size(); ++i) {
            CHECK(other[i].id == (*serial)[i].id);
            CHECK(other[i].load.value == (*serial)[i].load.value);
            CHECK(other[i].load.problems.size() == (*serial)[i].load.problems.size());
        }
    };
    same(*load_cases(p.root, LoadOptions{4, CacheUse::bypass, "test", {}}));
    CHECK(!fs::exists(case_cache_path(p.root)));
    // Files this new are never trusted from a cache written in the same two seconds.
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    same(*load_cases(p.root, LoadOptions{4, CacheUse::use, "test", {}})); // writes the cache
    REQUIRE(fs::exists(case_cache_path(p.root)));
    // Each writing replaces the file (a rename): a new inode says it was written again.
    auto cache_inode = [&] { return file_stamp(case_cache_path(p.root))->inode; };
    const auto written = cache_inode();
    same(*load_cases(p.root, LoadOptions{4, CacheUse::use, "test", {}}));
    // Every valid case came from the cache (and the broken one was parsed and reported again):
    // nothing changed, so the cache was not written again.
    CHECK(cache_inode() == written);
    same(*load_cases(p.root, LoadOptions{1, CacheUse::use, "another build", {}}));
    CHECK(cache_inode() != written); // not trusted, written anew
}
