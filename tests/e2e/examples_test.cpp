// The demo partnership: every example case loads and saves to identical bytes, is check-clean,
// and commands that only read leave every file as it was (issue 3 acceptance); scripts/demo-cases
// writes exactly the committed files; and what scr shows of the demo covers every kind, stage and
// deadline status at the date the README's first command uses.
#include "harness.h"

#include <nlohmann/json.hpp>

#include <map>
#include <regex>
#include <set>

using namespace e2e;
using nlohmann::json;

namespace {

const fs::path source = SCR_SOURCE_DIR;


/// The date of the README's first Quick start command, `scr -C examples/demo deadlines --as-of D`.
std::string readme_date() {
    const std::string readme = read_text(source / "README.md");
    const auto block = readme.find("```sh\n", readme.find("## Quick start"));
    if (block == std::string::npos) return {};
    const std::string first = readme.substr(block + 6, readme.find('\n', block + 6) - block - 6);
    static const std::regex command(
        "scr -C examples/demo deadlines --as-of (\\d{4}-\\d{2}-\\d{2})$");
    std::smatch m;
    return std::regex_search(first, m, command) ? m[1].str() : std::string();
}

json scr_json(const fs::path& demo, std::vector<std::string> args, const std::string& as_of) {
    args.insert(args.begin(), {"-C", demo.string(), "--as-of", as_of});
    args.insert(args.end(), {"--format", "json"});
    const Run r = scr(args);
    REQUIRE_MESSAGE(r.code == 0, r.err);
    return json::parse(r.out);
}

/// The text from the first line that is not a comment: a profile without its header.
std::string without_header(const std::string& text) {
    std::size_t at = 0;
    while (at < text.size() && text[at] == '#')
        at = text.find('\n', at) + 1;
    return text.substr(at);
}

std::string field(const json& event, const char* key) {
    return event.contains(key) ? event[key].get<std::string>() : std::string();
}

} // namespace

TEST_CASE("every example case round-trips to identical bytes / reading writes nothing") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    std::map<std::string, std::pair<std::string, fs::file_time_type>> before;
    for (const auto& e : fs::recursive_directory_iterator(demo))
        if (e.is_regular_file())
            before[e.path().string()] = {read_text(e.path()), e.last_write_time()};
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
    CHECK(cases >= 12);
    const Run check = scr({"-C", demo.string(), "--no-cache", "check"});
    CHECK_MESSAGE(check.code == 0, check.err);
    CHECK(check.out.empty());
    CHECK(check.err.empty());
    const Run list = scr({"-C", demo.string(), "--no-cache", "case", "list", "--format", "csv"});
    CHECK(list.code == 0);
    CHECK(list.out.rfind("id,kind,received,pseudonym,stage\r\n", 0) == 0);
    auto snapshot = [&] {
        std::map<std::string, std::pair<std::string, fs::file_time_type>> files;
        for (const auto& e : fs::recursive_directory_iterator(demo))
            if (e.is_regular_file())
                files[e.path().string()] = {read_text(e.path()), e.last_write_time()};
        return files;
    };
    CHECK(snapshot() == before); // not even a lock file
    // Without --no-cache a bulk read leaves one file more: the git-ignored cache, private.
    CHECK(scr({"-C", demo.string(), "case", "list"}).code == 0);
    auto after = snapshot();
    const fs::path cache = demo / ".scr" / "cache";
    REQUIRE(after.erase(cache.string()) == 1);
    CHECK(after == before);
    CHECK((fs::status(cache).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK((fs::status(cache.parent_path()).permissions() & fs::perms::all) == fs::perms::owner_all);
}

TEST_CASE("scripts/demo-cases writes the demo's case files byte for byte") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    for (const auto& e : fs::directory_iterator(demo / "cases"))
        fs::remove(e.path());
    const Run r =
        shell("sh '" + (source / "scripts/demo-cases").string() + "' demo", {.cwd = t.path()});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    std::set<std::string> committed, written;
    for (const auto& e : fs::directory_iterator(source / "examples/demo/cases")) {
        committed.insert(e.path().filename().string());
        CHECK_MESSAGE(read_text(demo / "cases" / e.path().filename()) == read_text(e.path()),
                      e.path().filename().string());
    }
    for (const auto& e : fs::directory_iterator(demo / "cases"))
        written.insert(e.path().filename().string());
    CHECK(written == committed);
}

TEST_CASE("the demo has every kind and stage as the case list and triage show them") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    const std::string date = readme_date();
    REQUIRE_MESSAGE(!date.empty(), "README's first Quick start command runs the demo's deadlines");
    const json list = scr_json(demo, {"case", "list"}, date);
    REQUIRE(list.size() >= 12);
    std::set<std::string> kinds, stages, coc_stages;
    for (const json& c : list) {
        kinds.insert(c["kind"]);
        stages.insert(c["stage"]);
        if (c["kind"] == "case-of-concern") coc_stages.insert(c["stage"]);
    }
    CHECK(kinds ==
          std::set<std::string>{"serious-incident", "case-of-concern", "learning-request"});
    for (const char* stage : {"new", "queries", "no-further-action", "single-agency-learning",
                              "screened", "notified", "rapid-review", "decided", "submitted",
                              "panel-responded", "lcspr", "published", "closed"})
        CHECK_MESSAGE(stages.count(stage) == 1, stage);
    // A case of concern at its professionals meeting, and one the Review Group decided (000).
    CHECK(coc_stages == std::set<std::string>{"professionals-meeting", "decided"});
    const json reg = scr_json(demo, {"report", "register"}, date);
    CHECK(reg["cases"].size() == list.size());

    bool chair_differs = false, jar = false;
    for (const json& c : list) {
        const json shown = scr_json(demo, {"case", "show", c["id"]}, date);
        std::string recommended;
        for (const json& e : shown["events"]) {
            if (e["type"] == "rapid-review-recommendation")
                recommended = field(e, "recommendation");
            if (e["type"] == "chair-decision" && !recommended.empty() &&
                field(e, "decision") != recommended)
                chair_differs = true;
        }
        const json triage = scr_json(demo, {"--no-input", "triage", c["id"]}, date);
        for (const json& check : triage["checks"])
            if (check.contains("joint_agency_response") &&
                check["joint_agency_response"]["result"] == "meets" &&
                check["joint_agency_response"]["due"].is_string())
                jar = true;
    }
    CHECK_MESSAGE(chair_differs, "a chair's decision other than the recommendation");
    CHECK_MESSAGE(jar, "a death needing a Joint Agency Response, with its date");
}

TEST_CASE("the demo's deadlines at the README's date show every status and extension and the Bury "
          "milestones") {
    TempDir t;
    const fs::path demo = copy_demo(t);
    const std::string date = readme_date();
    REQUIRE(!date.empty());
    const json deadlines = scr_json(demo, {"deadlines"}, date);
    std::set<std::string> statuses, statutory, bury, extended_by;
    std::map<std::string, std::set<std::string>> actions; // case -> statuses of its action items
    for (const json& d : deadlines) {
        statuses.insert(d["status"]);
        if (d["profile"] == "statutory") statutory.insert(d["status"]);
        if (d["profile"] == "bury") bury.insert(d["status"]);
        if (d["profile"] == "action-plan") actions[d["case"]].insert(d["status"]);
        if (d["extension"].is_object()) {
            CHECK(d["original_due"] != d["due"]);
            extended_by.insert(d["extension"]["agreed_by"]);
        }
    }
    for (const char* s : {"met", "missed", "overdue", "due-today", "pending", "not-required"})
        CHECK_MESSAGE(statuses.count(s) == 1, s);
    for (const char* s : {"met", "missed", "overdue", "pending", "not-required"})
        CHECK_MESSAGE(statutory.count(s) == 1, "statutory ", s);
    for (const char* s : {"met", "missed", "overdue", "due-today", "pending", "not-required"})
        CHECK_MESSAGE(bury.count(s) == 1, "bury ", s);
    CHECK(extended_by.count("National Panel") == 1); // recorded with scr extend
    bool done_and_open = false;
    for (const auto& [id, s] : actions)
        done_and_open |=
            (s.count("met") || s.count("missed")) && (s.count("pending") || s.count("overdue"));
    CHECK_MESSAGE(done_and_open, "an action plan with items done and items open");

    // The demo is laid out as scr init lays a partnership out: its case files go to the merge driver.
    CHECK(read_text(source / "examples/demo/.gitattributes").find("cases/*.yaml merge=scr\n") !=
          std::string::npos);
    // The profile in force is examples/profiles/bury.yaml, only its header comments differ.
    CHECK(without_header(read_text(demo / "profiles/bury.yaml")) ==
          without_header(read_text(source / "examples/profiles/bury.yaml")));
    // The Bury milestones are listed by their own ids, the custom events among them.
    const Run custom = scr({"-C", demo.string(), "--as-of", date, "deadlines", "--milestone",
                            "bury-author-identified", "--status", "met"});
    CHECK(custom.code == 0);
    CHECK(custom.out.find("bury-author-identified") != std::string::npos);
}

TEST_CASE("Bury's Rapid Review steps are owed by serious incidents only") {
    // A Rapid Review follows a serious incident notification (002 s4.1-4.2); Bury's flow chart
    // (004) times its steps from such a referral. A case of concern or a learning request that
    // nobody has screened yet owes none of them.
    TempDir t;
    const fs::path demo = copy_demo(t);
    const json deadlines = scr_json(demo, {"deadlines", "2026-014", "2026-015", "2026-002"},
                                    readme_date());
    std::set<std::string> owed_by_serious;
    for (const json& d : deadlines) {
        const std::string m = d["milestone"];
        const bool rapid_review_step = m == "bury-author-identified" ||
                                       m == "bury-rapid-review-meeting" ||
                                       m == "bury-report-to-panel";
        if (d["case"] == "2026-002" && rapid_review_step) owed_by_serious.insert(m);
        if (d["case"] != "2026-002") CHECK_MESSAGE(!rapid_review_step, d["case"], " owes ", m);
    }
    CHECK(owed_by_serious.size() == 3); // the unscreened serious incident still owes them
}
