// The register under pressure: parallel writers, killed writers, bad input that must change
// nothing, a hand-corrupted file, and two clones that picked the same ID (issue 3 acceptance).
#include "harness.h"

#include <algorithm>
#include <map>
#include <sstream>
#include <set>

using namespace e2e;

namespace {

const std::vector<std::string> si = {"referral", "new", "--kind", "serious-incident",
                                     "--referrer-name", "Sam Example", "--child-name", "Alex Example",
                                     "--incident-date", "2026-11-17", "--received", "2026-11-20",
                                     "--summary", "Admitted to hospital"};

std::vector<std::string> with_si(const std::vector<std::string>& more) {
    std::vector<std::string> args = si;
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

fs::path partnership(const TempDir& t) {
    REQUIRE(scr({"init", "p", "--name", "Example SCP"}, {.cwd = t.path()}).code == 0);
    REQUIRE(scr(si, {.cwd = t / "p"}).out == "2026-001\n");
    return t / "p";
}

// Every file under the directory with its bytes: "no file changed" is this map unchanged.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().filename() != "lock")
            files[e.path().string()] = read_text(e.path());
    return files;
}

} // namespace

TEST_CASE("24 event adds on one case at once: all 24 land / 20 referrals at once: 20 IDs") {
    TempDir t;
    const fs::path p = partnership(t);
    const Run events = shell("for i in $(seq 1 24); do $SCR event add 2026-001 call-$i --date 2026-11-21 "
                             "--by x & done; wait", {.cwd = p});
    CHECK(events.code == 0);
    const std::string file = read_text(p / "cases/2026-001.yaml");
    for (int i = 1; i <= 24; ++i)
        CHECK_MESSAGE(file.find("type: call-" + std::to_string(i) + "\n") != std::string::npos, i);
    std::string args;
    for (std::size_t i = 2; i < si.size(); ++i) args += " '" + si[i] + "'";
    const Run referrals = shell("for i in $(seq 1 20); do $SCR referral new" + args +
                                " >> ids.txt & done; wait", {.cwd = p});
    CHECK(referrals.code == 0);
    std::set<std::string> ids;
    std::istringstream lines(read_text(p / "ids.txt"));
    for (std::string id; std::getline(lines, id);) ids.insert(id);
    CHECK(ids.size() == 20);
    CHECK(scr({"check"}, {.cwd = p}).code == 0);
}

TEST_CASE("writers killed at random moments leave every case readable and no stray files") {
    TempDir t;
    const fs::path p = partnership(t);
    // Random kills between 0 and ~8 ms into each run, over many runs.
    const Run loop = shell("for i in $(seq 1 60); do $SCR event add 2026-001 kill-$i --by x & pid=$!; "
                           "sleep 0.00$((RANDOM % 9)); kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null; "
                           "done; true", {.cwd = p});
    CHECK(loop.code == 0);
    const Run check = scr({"check"}, {.cwd = p});
    CHECK_MESSAGE(check.code == 0, check.err);
    CHECK(scr({"case", "list"}, {.cwd = p}).code == 0);
    // The next writer clears what killed writers left; after it, nothing but case files.
    REQUIRE(scr({"event", "add", "2026-001", "after", "--by", "x"}, {.cwd = p}).code == 0);
    for (const auto& e : fs::directory_iterator(p / "cases"))
        CHECK_MESSAGE(e.path().extension() == ".yaml", e.path().string());
    CHECK(scr({"check"}, {.cwd = p}).code == 0);
}

TEST_CASE("bad input exits 2 naming the field / and changes no file") {
    TempDir t;
    const fs::path p = partnership(t);
    write_text(t / "malformed.yaml", "kind: serious-incident\nchildren: [\n");
    write_text(t / "duplicate.yaml", "kind: serious-incident\nkind: case-of-concern\n");
    write_text(t / "deep.yaml", "kind: " + std::string(200000, '['));
    write_text(t / "huge.yaml", "# " + std::string(2 << 20, 'x') + "\n");
    const auto before = snapshot(p);
    struct Bad {
        std::vector<std::string> args;
        std::string expect;
    };
    const std::vector<Bad> table = {
        {{"referral", "new", "--from", (t / "malformed.yaml").string()}, "malformed.yaml:3:1: yaml: not valid YAML"},
        {{"referral", "new", "--from", (t / "duplicate.yaml").string()}, "duplicate.yaml:2:1: kind: appears twice"},
        {{"referral", "new", "--from", (t / "deep.yaml").string()}, "nested"},
        {{"referral", "new", "--from", (t / "huge.yaml").string()}, "larger than"},
        {{"referral", "new", "--kind", "serious-incident", "--no-input"}, "--referrer-name: is required"},
        {{"referral", "new", "--kind", "serious-incident", "--received", "2026-02-30"}, "--received:"},
        {{"referral", "new", "--kind", "near-miss"}, "--kind"},
        {{"referral", "new", "--kind", "learning-request", "--aware", "2026-11-20"},
         "--aware: is not part of a learning-request referral"},
        {with_si({"--child-dob", "2020-01-02", "--child-dod", "2019-12-31"}),
         "--child-dod: is before date_of_birth"},
        {{"event", "add", "2026-001", "screening", "--set", "outcome=no-further-action", "--set",
          "rationale="}, "--set rationale: is empty"},
        {{"event", "add", "2026-001", "screening", "--set", "outcome=maybe"}, "--set outcome: a screening event's outcome must be"},
        {{"event", "add", "2026-001", "notified", "--date", "2026-13-01"}, "--date:"},
        {{"event", "add", "2026-999", "notified"}, "ID: no case 2026-999"},
        {{"event", "add", "../../x", "notified"}, "ID: is not a case ID"},
        {{"case", "show", "../../x"}, "ID: is not a case ID"},
        {{"case", "show", "Alex Example"}, "ID: is not a case ID"},
        {{"referral", "new", "--kind", "learning-request", "--chld-name", "Alex Example"},
         "not expected: (value) --chld-name"},
        {{"referral", "new", "--kind", "Alex Example"}, "--kind: (value) not in"},
    };
    for (const Bad& b : table) {
        const Run r = scr(b.args, {.cwd = p});
        CHECK_MESSAGE(r.code == 2, b.args[1], " ", r.err);
        CHECK_MESSAGE(r.err.find(b.expect) != std::string::npos, r.err);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK_MESSAGE(r.err.find("Alex") == std::string::npos, r.err);
        CHECK(r.out.empty());
    }
    CHECK(snapshot(p) == before);
}

TEST_CASE("a hand-corrupted case: check names file:line / case list still lists the others") {
    TempDir t;
    const fs::path p = partnership(t);
    REQUIRE(scr(si, {.cwd = p}).out == "2026-002\n");
    const fs::path broken = p / "cases/2026-001.yaml";
    std::string text = read_text(broken);
    text.replace(text.find("received: 2026-11-20"), 20, "received: 2026-11-31");
    write_text(broken, text);
    const Run check = scr({"check"}, {.cwd = p});
    CHECK(check.code == 1);
    CHECK(check.err.find("cases/2026-001.yaml:4:11: received: is not a real date") != std::string::npos);
    const Run json = scr({"check", "--format", "json"}, {.cwd = p});
    CHECK(json.code == 1);
    CHECK(json.out.find("\"line\": 4") != std::string::npos);
    const Run list = scr({"case", "list"}, {.cwd = p});
    CHECK(list.code == 2);
    CHECK(list.out.find("2026-002") != std::string::npos);
    CHECK(list.out.find("2026-001") == std::string::npos);
    CHECK(list.err.find("cases/2026-001.yaml:4:11") != std::string::npos);
    CHECK(scr({"check", "2026-002"}, {.cwd = p}).code == 0);
}

TEST_CASE("two clones give the same ID: git shows the clash / check names it / renumber fixes it") {
    if (shell("command -v git >/dev/null").code != 0) return;
    TempDir t;
    const fs::path p = partnership(t);
    const std::string git = "git -c user.name=t -c user.email=t@example.invalid ";
    REQUIRE(shell(git + "init -q . && " + git + "add -A && " + git + "commit -qm base && " + git +
                      "clone -q . ../other", {.cwd = p}).code == 0);
    REQUIRE(scr(si, {.cwd = p}).out == "2026-002\n");
    std::vector<std::string> other = si;
    other[3] = "learning-request";
    REQUIRE(scr(other, {.cwd = t / "other"}).out == "2026-002\n");
    REQUIRE(shell(git + "add -A && " + git + "commit -qm mine", {.cwd = p}).code == 0);
    REQUIRE(shell(git + "add -A && " + git + "commit -qm theirs", {.cwd = t / "other"}).code == 0);
    CHECK(shell(git + "pull -q --no-rebase ../other HEAD", {.cwd = p}).code != 0); // add/add conflict
    const Run check = scr({"check"}, {.cwd = p});
    CHECK(check.code == 1);
    CHECK(check.err.find("cases/2026-002.yaml:") != std::string::npos);
    CHECK(check.err.find("merge conflict") != std::string::npos);
    const Run fix = scr({"case", "renumber", "2026-002"}, {.cwd = p});
    CHECK_MESSAGE(fix.code == 0, fix.err);
    CHECK(fix.out == "2026-003\n");
    CHECK(scr({"check"}, {.cwd = p}).code == 0);
    CHECK(read_text(p / "cases/2026-002.yaml").find("kind: serious-incident") != std::string::npos);
    CHECK(read_text(p / "cases/2026-003.yaml").find("kind: learning-request") != std::string::npos);
    CHECK(read_text(p / "cases/2026-003.yaml").find("id: 2026-003\n") != std::string::npos);

    // A copied file claiming an ID that another file has: both named, one command fixes it.
    fs::copy_file(p / "cases/2026-001.yaml", p / "cases/2026-001-copy.yaml");
    const Run copies = scr({"check"}, {.cwd = p});
    CHECK(copies.code == 1);
    CHECK(copies.err.find("2026-001 is also the id of " + (p / "cases/2026-001.yaml").string()) !=
          std::string::npos);
    CHECK(scr({"case", "renumber", "2026-001"}, {.cwd = p}).out == "2026-004\n");
    CHECK(scr({"check"}, {.cwd = p}).code == 0);
    CHECK_FALSE(fs::exists(p / "cases/2026-001-copy.yaml"));
}

TEST_CASE("entries in cases/ that are not case files are named / never read through or hung on") {
    TempDir t;
    const fs::path p = partnership(t);
    fs::create_directory(p / "cases/2026-002.yaml");
    REQUIRE(shell("mkfifo cases/2026-003.yaml && ln -s /nonexistent cases/2026-004.yaml && "
                  "touch cases/2026-005.yml", {.cwd = p}).code == 0);
    std::string no_children = read_text(p / "cases/2026-001.yaml");
    no_children.erase(no_children.find("children:"), no_children.find("incident:") - no_children.find("children:"));
    write_text(p / "cases/2026-006.yaml", no_children);
    const Run check = scr({"check"}, {.cwd = p});
    CHECK(check.code == 1);
    CHECK(check.err.find("cases/2026-002.yaml: is a directory") != std::string::npos);
    CHECK(check.err.find("cases/2026-003.yaml: is not a regular file") != std::string::npos);
    CHECK(check.err.find("cases/2026-004.yaml: is a symbolic link") != std::string::npos);
    CHECK(check.err.find("cases/2026-005.yml: file: is not read") != std::string::npos);
    CHECK(check.err.find("cases/2026-006.yaml:2:5: id: does not match") != std::string::npos);
    CHECK(check.err.find("children[0].name: is missing") != std::string::npos);
    const Run list = scr({"case", "list"}, {.cwd = p});
    CHECK(list.code == 2);
    CHECK(list.out.find("2026-001") != std::string::npos);
    CHECK(scr({"case", "show", "2026-003"}, {.cwd = p}).code == 2); // a FIFO: refused, not read
    CHECK(scr({"event", "add", "2026-003", "notified"}, {.cwd = p}).code == 2);
}

TEST_CASE("values are taken as typed / brackets included / init makes an existing directory private") {
    TempDir t;
    REQUIRE(shell("mkdir -m 777 ex ex/cases", {.cwd = t.path()}).code == 0);
    REQUIRE(scr({"init", "ex", "--name", "X"}, {.cwd = t.path()}).code == 0);
    CHECK(mode_of(t / "ex") == 0700);
    CHECK(mode_of(t / "ex/cases") == 0700);
    std::vector<std::string> args = si;
    args[7] = "[Redacted]";
    args.insert(args.end(), {"--agency", "[Police, Health]"});
    REQUIRE(scr(args, {.cwd = t / "ex"}).out == "2026-001\n");
    const std::string file = read_text(t / "ex/cases/2026-001.yaml");
    CHECK(file.find("  - name: \"[Redacted]\"\n") != std::string::npos);
    CHECK(file.find("  - name: \"[Police, Health]\"\n") != std::string::npos);
}

TEST_CASE("a partnership cloned before its first case works without a cases folder") {
    // git keeps no empty folder, so a clone of a new partnership has scr.yaml but no cases/.
    TempDir t;
    REQUIRE(scr({"init", "p", "--name", "Example SCP"}, {.cwd = t.path()}).code == 0);
    const fs::path p = t / "p";
    fs::remove(p / "cases");
    CHECK(scr({"check"}, {.cwd = p}).code == 0);
    const Run list = scr({"case", "list", "--format", "json"}, {.cwd = p});
    CHECK(list.code == 0);
    CHECK(list.out == "[]\n");
    CHECK(scr({"--as-of", "2026-12-01", "deadlines"}, {.cwd = p}).code == 0);
    const Run created = scr({"--no-input", "referral", "new", "--kind", "learning-request",
                             "--received", "2026-12-01", "--referrer-name", "R", "--child-name",
                             "C", "--summary", "S"},
                            {.cwd = p});
    CHECK_MESSAGE(created.code == 0, created.err);
    CHECK(created.out == "2026-001\n");
    CHECK(mode_of(p / "cases") == 0700);
    CHECK(mode_of(p / "cases/2026-001.yaml") == 0600);
}
