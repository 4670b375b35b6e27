// Case files under real git: two clones of one partnership, merged through `scr merge-file` as
// git's merge driver (set by `scr init` inside a repository and by `scr git setup`). Skipped
// when git is not installed.
#include "harness.h"

#include <algorithm>
#include <cstdlib>

using namespace e2e;

namespace {

const std::vector<std::string> si = {
    "referral",    "new",          "--kind",       "serious-incident",    "--referrer-name",
    "Sam Example", "--child-name", "Alex Example", "--incident-date",     "2026-11-17",
    "--received",  "2026-11-20",   "--summary",    "Admitted to hospital"};

// install-deps installs git for the tests; without it (a bare build) these tests say so and pass.
bool git_missing() {
    if (shell("command -v git >/dev/null").code == 0) return false;
    MESSAGE("git is not installed: skipped");
    return true;
}

// Checks that each of `parts` is in `text`, each after the one before.
void check_in_order(const std::string& text, const std::vector<std::string>& parts) {
    std::size_t at = 0;
    for (const std::string& part : parts) {
        const std::size_t found = text.find(part, at);
        CHECK_MESSAGE(found != std::string::npos, part, " in order in:\n", text);
        if (found == std::string::npos) return;
        at = found + part.size();
    }
}

// git as on a fresh CI machine (no identity, no global or system settings), with the built scr
// first on PATH, since git runs the driver as plain `scr`.
Options at(const fs::path& dir) {
    const char* path = std::getenv("PATH");
    return {.env = {{"PATH", fs::path(binary()).parent_path().string() + ":" +
                                 (path ? path : "/usr/bin:/bin")},
                    {"GIT_CONFIG_NOSYSTEM", "1"},
                    {"GIT_CONFIG_GLOBAL", "/dev/null"},
                    {"GIT_AUTHOR_NAME", "Analyst"},
                    {"GIT_AUTHOR_EMAIL", "analyst@example.invalid"},
                    {"GIT_COMMITTER_NAME", "Analyst"},
                    {"GIT_COMMITTER_EMAIL", "analyst@example.invalid"},
                    {"SCR_TODAY", "2026-12-15"}},
            .cwd = dir};
}

// A partnership in a git repository with one case, and a second clone set up by `scr git setup`.
struct Clones {
    TempDir t;
    fs::path mine = t / "mine", theirs = t / "theirs";

    Clones() {
        REQUIRE(shell("git init -q mine", at(t.path())).code == 0);
        REQUIRE(scr({"init", "mine", "--name", "Example SCP"}, at(t.path())).code == 0);
        REQUIRE(scr(si, at(mine)).out == "2026-001\n");
        commit(mine, "base");
        REQUIRE(shell("git clone -q mine theirs", at(t.path())).code == 0);
        const Run setup = scr({"git", "setup"}, at(theirs));
        REQUIRE_MESSAGE(setup.code == 0, setup.err);
    }
    void commit(const fs::path& dir, const std::string& message) const {
        const Run r = shell("git add -A && git commit -qm " + message, at(dir));
        REQUIRE_MESSAGE(r.code == 0, r.err);
    }
    // Both sides commit what they did; mine pulls theirs.
    Run pull() const {
        commit(mine, "mine");
        commit(theirs, "theirs");
        return shell("git pull -q --no-rebase ../theirs HEAD", at(mine));
    }
    // Mine's work so far becomes the common ancestor: committed, and pulled by theirs.
    void share() const {
        commit(mine, "shared");
        REQUIRE(shell("git pull -q --no-rebase ../mine HEAD", at(theirs)).code == 0);
    }
    // Both sides commit; theirs pulls mine, and mine pulls what theirs had before: the same
    // merge from each side. The first run is mine's pull.
    std::pair<Run, Run> pull_both() const {
        commit(mine, "mine");
        commit(theirs, "theirs");
        REQUIRE(shell("git branch work", at(theirs)).code == 0);
        Run back = shell("git pull -q --no-rebase ../mine HEAD", at(theirs));
        return {shell("git pull -q --no-rebase ../theirs work", at(mine)), back};
    }
    Run in(const fs::path& dir, const std::vector<std::string>& args) const {
        return scr(args, at(dir));
    }
    std::string case_text(const std::string& id = "2026-001") const {
        return read_text(mine / "cases" / (id + ".yaml"));
    }
    std::string their_text() const { return read_text(theirs / "cases/2026-001.yaml"); }
};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

void replace(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = read_text(file);
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(), to);
    write_text(file, text);
}

// The line of `err` that starts with `start`, checked to hold no value a side wrote.
std::string said_line(const std::string& err, const std::string& start,
                      const std::vector<std::string>& values) {
    const auto at = err.find(start);
    REQUIRE_MESSAGE(at != std::string::npos, err);
    const std::string line = err.substr(at, err.find('\n', at) - at);
    for (const std::string& v : values)
        CHECK_MESSAGE(line.find(v) == std::string::npos, line);
    return line;
}

} // namespace

TEST_CASE("git: two clones add different events to one case / the pull merges both cleanly") {
    if (git_missing()) return;
    Clones c;
    REQUIRE(c.in(c.mine, {"event", "add", "2026-001", "notified", "--date", "2026-11-21"}).code ==
            0);
    REQUIRE(
        c.in(c.theirs, {"event", "add", "2026-001", "rapid-review-meeting", "--date", "2026-12-01"})
            .code == 0);
    const Run pull = c.pull();
    CHECK_MESSAGE(pull.code == 0, pull.err);
    const std::string text = c.case_text();
    CHECK(text.find("<<<<<<<") == std::string::npos);
    REQUIRE(text.find("type: notified") != std::string::npos);
    REQUIRE(text.find("type: rapid-review-meeting") != std::string::npos);
    CHECK(text.find("type: notified") < text.find("type: rapid-review-meeting"));
    const Run check = c.in(c.mine, {"check"});
    CHECK_MESSAGE(check.code == 0, check.err);
    CHECK(shell("git status --porcelain", at(c.mine)).out.empty()); // merged and committed
}

TEST_CASE("git: both clones change the incident summary differently / git reports the conflict") {
    if (git_missing()) return;
    Clones c;
    replace(c.mine / "cases/2026-001.yaml", "summary: Admitted to hospital",
            "summary: Admitted to hospital after a fall");
    replace(c.theirs / "cases/2026-001.yaml", "summary: Admitted to hospital",
            "summary: Admitted to hospital with a fracture");
    REQUIRE(c.in(c.theirs, {"event", "add", "2026-001", "notified", "--date", "2026-11-21"}).code ==
            0);
    const Run pull = c.pull();
    CHECK(pull.code != 0);
    const std::string text = c.case_text();
    CHECK(text.find("<<<<<<< ours\n  summary: Admitted to hospital after a fall\n=======\n"
                    "  summary: Admitted to hospital with a fracture\n>>>>>>> theirs\n") !=
          std::string::npos);
    CHECK(count(text, "type: notified") == 1); // outside the markers: the merge kept it
    const std::string said = "cases/2026-001.yaml: merge conflict in incident.summary";
    REQUIRE(pull.err.find(said) != std::string::npos);
    const std::string line = pull.err.substr(
        pull.err.find(said), pull.err.find('\n', pull.err.find(said)) - pull.err.find(said));
    CHECK(line.find("fall") == std::string::npos);
    CHECK(line.find("fracture") == std::string::npos);
    CHECK(line.find("Alex") == std::string::npos);
    const Run check = c.in(c.mine, {"check"});
    CHECK(check.code == 1);
    CHECK(check.err.find("merge conflict") != std::string::npos);
}

TEST_CASE("git: both clones record a referral under one ID / renumber after the merge keeps both") {
    if (git_missing()) return;
    Clones c;
    REQUIRE(c.in(c.mine, si).out == "2026-002\n");
    std::vector<std::string> other = si;
    other[3] = "learning-request";
    REQUIRE(c.in(c.theirs, other).out == "2026-002\n");
    const Run pull = c.pull();
    CHECK(pull.code != 0);
    CHECK(pull.err.find("cases/2026-002.yaml: added on both sides with different content; if these "
                        "are two referrals, scr case renumber 2026-002 keeps both") !=
          std::string::npos);
    const Run fix = c.in(c.mine, {"case", "renumber", "2026-002"});
    CHECK_MESSAGE(fix.code == 0, fix.err);
    CHECK(fix.out == "2026-003\n");
    const Run check = c.in(c.mine, {"check"});
    CHECK_MESSAGE(check.code == 0, check.err);
    CHECK(c.case_text("2026-002").find("kind: serious-incident") != std::string::npos);
    CHECK(c.case_text("2026-003").find("kind: learning-request") != std::string::npos);
    c.commit(c.mine, "renumbered");
    const Run list = c.in(c.mine, {"case", "list"});
    for (const char* id : {"2026-001", "2026-002", "2026-003"})
        CHECK(list.out.find(id) != std::string::npos);
}

TEST_CASE("git: an event added identically in both clones appears once after the merge") {
    if (git_missing()) return;
    Clones c;
    const std::vector<std::string> same = {
        "event",  "add",          "2026-001", "strategy-discussion",
        "--date", "2026-11-25",   "--note",   "Held with police.",
        "--by",   "Business Unit"};
    REQUIRE(c.in(c.mine, same).code == 0);
    REQUIRE(c.in(c.mine, {"event", "add", "2026-001", "notified", "--date", "2026-11-26"}).code ==
            0);
    REQUIRE(c.in(c.theirs, {"event", "add", "2026-001", "aware", "--date", "2026-11-24"}).code ==
            0);
    REQUIRE(c.in(c.theirs, same).code == 0);
    const Run pull = c.pull();
    CHECK_MESSAGE(pull.code == 0, pull.err);
    const std::string text = c.case_text();
    CHECK(count(text, "type: strategy-discussion") == 1);
    CHECK(text.find("date: 2026-11-24\n    type: aware") < text.find("type: strategy-discussion"));
    CHECK(text.find("type: strategy-discussion") < text.find("type: notified"));
    CHECK(c.in(c.mine, {"check"}).code == 0);
}

TEST_CASE("git: init inside a repository sets the driver / git setup is idempotent / refuses "
          "outside one") {
    if (git_missing()) return;
    TempDir t;
    REQUIRE(shell("git init -q repo", at(t.path())).code == 0);
    const Run init = scr({"init", "repo/p", "--name", "Example SCP"}, at(t.path()));
    REQUIRE(init.code == 0);
    CHECK(init.out.find("set git's merge driver for case files") != std::string::npos);
    CHECK(shell("git config --local merge.scr.driver", at(t / "repo")).out ==
          "scr merge-file %O %A %B %P\n");
    CHECK(read_text(t / "repo/p/.gitattributes").find("cases/*.yaml merge=scr\n") !=
          std::string::npos);
    CHECK(shell("git check-attr merge p/cases/2026-001.yaml", at(t / "repo")).out ==
          "p/cases/2026-001.yaml: merge: scr\n");

    REQUIRE(shell("git config --local --unset merge.scr.driver", at(t / "repo")).code == 0);
    const Run first = scr({"git", "setup"}, at(t / "repo/p"));
    CHECK(first.code == 0);
    CHECK(first.out.find("merge.scr.driver: set to 'scr merge-file %O %A %B %P'") !=
          std::string::npos);
    CHECK(first.out.find("merge.scr.name: already") != std::string::npos);
    CHECK(first.out.find(".gitattributes: already has 'cases/*.yaml merge=scr'") !=
          std::string::npos);
    const std::string config = read_text(t / "repo/.git/config");
    const Run second = scr({"git", "setup"}, at(t / "repo/p"));
    CHECK(second.code == 0);
    CHECK(second.out.find("set to") == std::string::npos);
    CHECK(read_text(t / "repo/.git/config") == config);

    const Run outside = scr({"git", "setup"}, at(t.path()));
    CHECK(outside.code == 3);
    CHECK(outside.err.find("is not inside a git repository") != std::string::npos);
    Options no_git = at(t / "repo/p");
    no_git.env[0].second = "/nonexistent";
    const Run missing = scr({"git", "setup"}, no_git);
    CHECK(missing.code == 3);
    CHECK(missing.err.find("git: is not installed") != std::string::npos);
    CHECK(scr({"init", "q", "--name", "Elsewhere"}, no_git).code == 0); // no git: init as before
}

TEST_CASE(
    "merge-file: writes the merge over OURS privately / conflicts exit 1 naming fields only") {
    TempDir t;
    REQUIRE(scr({"init", "p", "--name", "Example SCP"}, {.cwd = t.path()}).code == 0);
    REQUIRE(scr(si, {.cwd = t / "p"}).code == 0);
    const std::string base = read_text(t / "p/cases/2026-001.yaml");
    std::string ours = base + "actions:\n  - id: A1\n    action: Brief GPs\n    due: 2027-01-10\n";
    std::string theirs = base + "actions:\n  - id: A1\n    action: Audit referrals\n";
    write_text(t / "base", base);
    write_text(t / "ours", ours);
    write_text(t / "theirs", theirs);
    const Run clean = scr({"merge-file", "base", "ours", "theirs", "--path", "cases/2026-001.yaml"},
                          {.cwd = t.path()});
    CHECK_MESSAGE(clean.code == 0, clean.err);
    CHECK(clean.err ==
          "cases/2026-001.yaml: actions: A1 was added on both sides; theirs is now A2\n");
    CHECK(mode_of(t / "ours") == 0600);
    CHECK(read_text(t / "ours").find("  - id: A2\n    action: Audit referrals\n") !=
          std::string::npos);

    write_text(t / "ours", base + "learning:\n  sharing: Alex Example's school\n");
    write_text(t / "theirs", base + "learning:\n  sharing: Alex Example's nursery\n");
    const Run conflict =
        scr({"merge-file", "base", "ours", "theirs", "cases/2026-001.yaml"}, {.cwd = t.path()});
    CHECK(conflict.code == 1);
    CHECK(conflict.err.rfind("cases/2026-001.yaml: merge conflict in learning.sharing;", 0) == 0);
    CHECK(conflict.err.find("Alex") == std::string::npos);
    CHECK(read_text(t / "ours").find("<<<<<<< ours\n") != std::string::npos);

    // OURS holds markers already: no merge by meaning, nothing lost, one line naming the side.
    const std::string marked = read_text(t / "ours");
    const Run fallback = scr({"merge-file", "base", "ours", "theirs"}, {.cwd = t.path()});
    CHECK(fallback.code == 1);
    CHECK(fallback.err.find("ours (ours):") == 0);
    CHECK(fallback.err.find("not merged by meaning") != std::string::npos);
    CHECK(std::count(fallback.err.begin(), fallback.err.end(), '\n') == 1);
    CHECK(read_text(t / "ours").find("nursery") != std::string::npos);
    CHECK(read_text(t / "ours").find("school") != std::string::npos);

    write_text(t / "ours", ours);
    CHECK(scr({"merge-file", "base", "ours", "missing"}, {.cwd = t.path()}).code >= 2);
    CHECK(read_text(t / "ours") == ours); // a side that cannot be read changes nothing
}

TEST_CASE("git: the sample pre-commit hook refuses a staged case file with a problem / as staged") {
    if (git_missing()) return;
    TempDir t;
    REQUIRE(shell("git init -q repo", at(t.path())).code == 0);
    REQUIRE(scr({"init", "repo/p", "--name", "Example SCP"}, at(t.path())).code == 0);
    const fs::path p = t / "repo/p";
    REQUIRE(scr(si, at(p)).code == 0);
    fs::copy_file(fs::path(SCR_SOURCE_DIR) / "examples/hooks/pre-commit",
                  t / "repo/.git/hooks/pre-commit");
    const Run clean = shell("git add -A && git commit -qm first", at(p));
    CHECK_MESSAGE(clean.code == 0, clean.err);

    replace(p / "cases/2026-001.yaml", "kind: serious-incident", "kind: serious");
    const Run broken = shell("git add -A && git commit -qm broken", at(p));
    CHECK(broken.code != 0);
    CHECK(broken.err.find("p/cases/2026-001.yaml:3:7: kind: must be") != std::string::npos);
    CHECK(broken.err.find(t.path().string()) == std::string::npos); // no temporary paths
    // Fixed in the working tree but not staged: the staged file is still refused.
    replace(p / "cases/2026-001.yaml", "kind: serious", "kind: serious-incident");
    CHECK(shell("git commit -qm broken", at(p)).code != 0);
    REQUIRE(scr({"event", "add", "2026-001", "notified", "--date", "2026-11-21"}, at(p)).code == 0);
    const Run next = shell("git add -A && git commit -qm notified", at(p));
    CHECK_MESSAGE(next.code == 0, next.err);
}

// The adversarial review's defects: a merge that hid or moved a deadline without a word.

TEST_CASE("git: two clones record different screening decisions on one day / the pull conflicts") {
    if (git_missing()) return;
    Clones c;
    REQUIRE(c.in(c.mine, {"event", "add", "2026-001", "aware", "--date", "2026-11-18"}).code == 0);
    c.share();
    REQUIRE(c.in(c.mine, {"triage", "2026-001", "--record", "meets-rapid-review", "--date",
                          "2026-11-21", "--rationale", "Ours: injuries unexplained."})
                .code == 0);
    REQUIRE(c.in(c.theirs, {"triage", "2026-001", "--record", "no-further-action", "--date",
                            "2026-11-21", "--rationale", "Theirs: an accident."})
                .code == 0);
    const Run pull = c.pull();
    CHECK(pull.code != 0);
    said_line(pull.err, "cases/2026-001.yaml: merge conflict in events[",
              {"Ours", "Theirs", "meets", "no-further", "Alex"});
    check_in_order(c.case_text(), {"<<<<<<< ours\n", "outcome: meets-rapid-review", "=======\n",
                                   "outcome: no-further-action", ">>>>>>> theirs\n"});
    CHECK(c.in(c.mine, {"check"}).code == 1);
}

TEST_CASE("git: two clones record the notification on different dates / the pull conflicts") {
    if (git_missing()) return;
    Clones c;
    REQUIRE(c.in(c.mine, {"event", "add", "2026-001", "aware", "--date", "2026-11-18"}).code == 0);
    c.share();
    REQUIRE(c.in(c.mine, {"event", "add", "2026-001", "notified", "--date", "2026-11-21"}).code ==
            0);
    REQUIRE(c.in(c.theirs, {"event", "add", "2026-001", "notified", "--date", "2026-11-24"}).code ==
            0);
    const Run pull = c.pull();
    CHECK(pull.code != 0);
    said_line(pull.err, "cases/2026-001.yaml: merge conflict in events[", {"2026-11-2"});
    const std::string text = c.case_text();
    CHECK(text.find("<<<<<<< ours\n  - date: 2026-11-21\n=======\n  - date: 2026-11-24\n"
                    ">>>>>>> theirs\n    type: notified\n") != std::string::npos);
    CHECK(c.in(c.mine, {"check"}).code == 1);
}

TEST_CASE("git: both clones correct the date of one aware event differently / the date conflicts") {
    if (git_missing()) return;
    Clones c;
    REQUIRE(c.in(c.mine, {"event", "add", "2026-001", "aware", "--date", "2026-11-18"}).code == 0);
    c.share();
    replace(c.mine / "cases/2026-001.yaml", "date: 2026-11-18\n    type: aware",
            "date: 2026-11-16\n    type: aware");
    replace(c.theirs / "cases/2026-001.yaml", "date: 2026-11-18\n    type: aware",
            "date: 2026-11-17\n    type: aware");
    const Run pull = c.pull();
    CHECK(pull.code != 0);
    CHECK(said_line(pull.err, "cases/2026-001.yaml: merge conflict in", {"2026-11-1"})
              .find("events[0].date") != std::string::npos);
    const std::string text = c.case_text();
    CHECK(text.find("<<<<<<< ours\n  - date: 2026-11-16\n=======\n  - date: 2026-11-17\n"
                    ">>>>>>> theirs\n    type: aware\n") != std::string::npos);
    CHECK(count(text, "type: aware") == 1);
}

TEST_CASE("git: both clones change one child's pseudonym differently / it conflicts on one child") {
    if (git_missing()) return;
    Clones c;
    replace(c.mine / "cases/2026-001.yaml", "pseudonym: Child A", "pseudonym: Child Y");
    replace(c.theirs / "cases/2026-001.yaml", "pseudonym: Child A", "pseudonym: Child Z");
    const Run pull = c.pull();
    CHECK(pull.code != 0);
    CHECK(said_line(pull.err, "cases/2026-001.yaml: merge conflict in",
                    {"Child Y", "Child Z", "Alex"})
              .find("children[0].pseudonym") != std::string::npos);
    const std::string text = c.case_text();
    CHECK(text.find("<<<<<<< ours\n    pseudonym: Child Y\n=======\n    pseudonym: Child Z\n"
                    ">>>>>>> theirs\n") != std::string::npos);
    CHECK(count(text, "name: Alex Example") == 1);
}

TEST_CASE("git: one clone changes a child's pseudonym and the other its date of birth / one child "
          "with both whichever side pulls") {
    if (git_missing()) return;
    Clones c;
    replace(c.mine / "cases/2026-001.yaml", "pseudonym: Child A", "pseudonym: Child Y");
    replace(c.theirs / "cases/2026-001.yaml", "    pseudonym: Child A\n",
            "    pseudonym: Child A\n    date_of_birth: 2019-03-02\n");
    const auto [mine, theirs] = c.pull_both();
    CHECK_MESSAGE(mine.code == 0, mine.err);
    CHECK_MESSAGE(theirs.code == 0, theirs.err);
    const std::string text = c.case_text();
    CHECK(text.find("children:\n  - name: Alex Example\n    pseudonym: Child Y\n"
                    "    date_of_birth: 2019-03-02\nincident:") != std::string::npos);
    CHECK(text == c.their_text());
    CHECK(c.in(c.mine, {"check"}).code == 0);
}

TEST_CASE("git: one clone closes the case while the other records events / the pull conflicts") {
    if (git_missing()) return;
    Clones c;
    REQUIRE(c.in(c.mine, {"event", "add", "2026-001", "aware", "--date", "2026-11-18"}).code == 0);
    c.share();
    REQUIRE(c.in(c.mine, {"event", "add", "2026-001", "closed", "--date", "2026-12-01"}).code == 0);
    REQUIRE(c.in(c.theirs, {"event", "add", "2026-001", "notified", "--date", "2026-11-21"}).code ==
            0);
    REQUIRE(
        c.in(c.theirs, {"event", "add", "2026-001", "rapid-review-meeting", "--date", "2026-12-01"})
            .code == 0);
    const Run pull = c.pull();
    CHECK(pull.code != 0);
    CHECK(said_line(pull.err, "cases/2026-001.yaml: merge conflict in events", {"2026-1"})
              .find("the case was closed on one side while the other recorded events") !=
          std::string::npos);
    check_in_order(c.case_text(), {"<<<<<<< ours\n", "type: closed", "=======\n", "type: notified",
                                   "type: rapid-review-meeting", ">>>>>>> theirs\n"});
    CHECK(c.in(c.mine, {"check"}).code == 1);
}

TEST_CASE("git: an event recorded without --by is by the clone's git user.name") {
    if (git_missing()) return;
    TempDir t;
    const fs::path p = t / "p";
    REQUIRE(shell("git init -q p && git -C p config user.name 'Ana Analyst'", {.cwd = t.path()})
                .code == 0);
    REQUIRE(scr({"init", ".", "--name", "Example SCP"}, {.cwd = p}).code == 0);
    const Run made = scr({"--no-input", "referral", "new", "--kind", "learning-request",
                          "--received", "2026-12-01", "--referrer-name", "R", "--child-name", "C",
                          "--summary", "S"},
                         {.cwd = p});
    REQUIRE_MESSAGE(made.code == 0, made.err);
    REQUIRE(scr({"event", "add", "2026-001", "closed", "--date", "2026-12-02"}, {.cwd = p}).code ==
            0);
    CHECK(read_text(p / "cases/2026-001.yaml").find("    by: Ana Analyst\n") != std::string::npos);
}
