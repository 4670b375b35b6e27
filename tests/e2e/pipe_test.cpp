// scr in pipes, as jq, spreadsheets and cron use it: only data on stdout, no prompt and no wait
// for one, a reader that stops early ends scr quietly, and `scr help` as plain text.
#include "harness.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <sstream>

using namespace e2e;
using nlohmann::json;

namespace {

const char* referral = open_questions_referral;

// The example partnership, copied so that nothing a test runs can touch the repository.
struct Demo {
    TempDir t;
    fs::path p = t / "demo";
    Demo() {
        fs::copy(fs::path(SCR_SOURCE_DIR) / "examples" / "demo", p, fs::copy_options::recursive);
    }
    Run sh(const std::string& command) {
        return shell(command, {.env = {{"SCR_TODAY", "2026-12-01"}}, .cwd = p});
    }
};

// A partnership with one serious incident whose triage has open questions.
struct PipeDesk : Desk {
    PipeDesk() : Desk(referral) {}
    Run sh(const std::string& command) {
        return shell(command, {.env = {{"SCR_TODAY", "2026-09-24"}}, .cwd = p});
    }
};

long lines(const std::string& s) {
    return std::count(s.begin(), s.end(), '\n');
}

// Each status a loop of runs wrote, one a line.
std::vector<int> statuses(const fs::path& file) {
    std::vector<int> out;
    std::istringstream in(read_text(file));
    for (int s; in >> s;)
        out.push_back(s);
    return out;
}

} // namespace

TEST_CASE("a reader that stops early ends scr quietly by SIGPIPE / even when the parent ignores "
          "it") {
    TempDir t;
    std::string batch;
    for (int i = 0; i < 200000; ++i)
        batch += "2026-01-05 3\n";
    write_text(t / "batch.txt", batch);
    // 2.2 MB of answers cannot fit in a pipe: scr is still writing when head has gone.
    for (const std::string trap : {"", "trap '' PIPE; "}) {
        CAPTURE(trap);
        const Run r = shell(trap + "{ \"$SCR\" days add - < batch.txt; echo $? > status; } | "
                                   "head -1",
                            {.cwd = t.path()});
        CHECK(r.out == "2026-01-08\n");
        CHECK(r.err == "");
        CHECK(read_text(t / "status") == "141\n");
    }
}

TEST_CASE("deadlines and report register piped into head -1 / no message and status 0 or 141") {
    Demo d;
    const std::vector<std::string> commands = {"deadlines", "deadlines --format json",
                                               "report register --format csv",
                                               "holidays list 2026"};
    for (const std::string& command : commands) {
        CAPTURE(command);
        // Run again and again into one pipe, so the runs after the first find head gone.
        const Run r = d.sh("for i in 1 2 3 4 5 6 7 8 9 10; do \"$SCR\" " + command +
                           "; echo $? >> status; done | head -1");
        CHECK(r.err == "");
        CHECK(lines(r.out) == 1);
        const std::vector<int> s = statuses(d.p / "status");
        CHECK(s.size() == 10);
        CHECK(std::all_of(s.begin(), s.end(), [](int c) { return c == 0 || c == 141; }));
        CHECK(std::count(s.begin(), s.end(), 141) > 0);
        fs::remove(d.p / "status");
    }
    // The first row is the header a spreadsheet expects.
    CHECK(d.sh("\"$SCR\" report register --format csv | head -1").out.rfind("case,kind,", 0) == 0);
}

TEST_CASE("stdout carries only data / the new ID alone and JSON a parser takes whole") {
    PipeDesk d;
    const Run id = d.sh("\"$SCR\" referral new --kind serious-incident --referrer-name 'Sam "
                        "Example' --child-name 'Alex Example' --incident-date 2026-09-01 --aware "
                        "2026-09-02 --summary 'Left alone.' | cat");
    CHECK_MESSAGE(id.code == 0, id.err);
    CHECK(id.out == "2026-002\n");
    const Run deadlines = d.sh("\"$SCR\" deadlines --format json | cat");
    CHECK(deadlines.code == 0);
    CHECK(deadlines.err == "");
    const json parsed = json::parse(deadlines.out); // throws on anything but JSON
    CHECK(parsed.is_array());
    CHECK(!parsed.empty());
}

TEST_CASE("off a terminal nothing prompts / a missing value exits 2 in one line naming the flag") {
    PipeDesk d;
    const std::string before = d.file();
    struct Case {
        std::string command, flag;
    };
    const std::vector<Case> cases = {
        {"referral new", "--kind"},
        {"referral new --kind serious-incident", "--referrer-name"},
        {"review decide " + d.id, "--recommendation"},
        {"review decide " + d.id + " --recommendation no-review", "--rationale"},
    };
    for (const Case& c : cases) {
        // A pipe for stdin, then for stdout; timeout ends the run (124) were it to wait.
        for (const std::string& form :
             {"echo | timeout 10 \"$SCR\" " + c.command, "{ timeout 10 \"$SCR\" " + c.command +
                                                             "; echo $? > status; } | cat; "
                                                             "exit $(cat status)"}) {
            CAPTURE(form);
            const Run r = d.sh(form);
            CHECK(r.code == 2);
            CHECK(r.out == "");
            CHECK(lines(r.err) == 1);
            CHECK(r.err.find(c.flag) != std::string::npos);
        }
    }
    CHECK(d.file() == before);
    CHECK(!fs::exists(d.p / "cases" / "2026-002.yaml"));
}

TEST_CASE("off a terminal triage lists its open questions without asking them") {
    PipeDesk d;
    const Run r = d.sh("echo y | timeout 10 \"$SCR\" triage " + d.id + " | cat");
    CHECK(r.code == 0);
    CHECK(r.err == "");
    CHECK(r.out.find("Answer now?") == std::string::npos);
    CHECK(r.out.find("in_area") != std::string::npos); // the open question, as data
}

TEST_CASE("help COMMAND through a pipe is the man page as plain text / with no pager") {
    if (shell("command -v mandoc >/dev/null || command -v man >/dev/null").code != 0) {
        MESSAGE("neither mandoc nor man installed; skipping");
        return;
    }
    // A pager given in the environment must not run: the page goes to the pipe as it is.
    const Options pagers{.env = {{"PAGER", "sed s/^/PAGED:/"}, {"MANPAGER", "sed s/^/PAGED:/"}}};
    const Run r = shell("\"$SCR\" help deadlines | cat", pagers);
    CHECK(r.code == 0);
    CHECK(r.err == "");
    CHECK(r.out.find("NAME") != std::string::npos);
    CHECK(r.out.find("who owes what by when, across every case") != std::string::npos);
    // The --overdue entry of DESCRIPTION, its text under it.
    const auto overdue = r.out.find("\n     --overdue\n");
    REQUIRE(overdue != std::string::npos);
    CHECK(r.out.find("Only the overdue milestones.", overdue) < overdue + 80);
    CHECK(r.out.find('\b') == std::string::npos); // no overstrike for bold
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find("PAGED:") == std::string::npos);
    // A subcommand shows its group's page; scr help alone shows scr(1).
    CHECK(shell("\"$SCR\" help review action | cat").out.find("scr-review") != std::string::npos);
    CHECK(shell("\"$SCR\" help | cat").out.find("SCR(1)") != std::string::npos);
    CHECK(shell("\"$SCR\" help > page.txt && cat page.txt").out.find("\b") == std::string::npos);
}

TEST_CASE("help renders with man when mandoc fails / and is CLI11's short help with neither") {
    TempDir t;
    // A mandoc first on PATH that cannot render: scr goes on to man.
    write_text(t / "mandoc", "#!/bin/sh\nexit 1\n");
    fs::permissions(t / "mandoc", fs::perms::owner_all);
    if (shell("command -v man >/dev/null").code == 0) {
        const Run r = shell("PATH=\"" + t.path().string() + ":$PATH\" \"$SCR\" help days | cat");
        CHECK(r.code == 0);
        CHECK(r.err == "");
        CHECK(r.out.find("SCR-DAYS(1)") != std::string::npos);
        CHECK(r.out.find('\b') == std::string::npos);
        CHECK(r.out.find('\x1b') == std::string::npos);
    } else {
        MESSAGE("man not installed; skipping the route through man");
    }
    // No formatter at all: today's short help, and one line saying why.
    const Run bare = scr({"help", "days", "add"}, {.env = {{"PATH", t.path().string() + "/none"}}});
    CHECK(bare.code == 0);
    CHECK(bare.out.find("Usage: scr days add") != std::string::npos);
    CHECK(lines(bare.err) == 1);
    CHECK(bare.err.find("man") != std::string::npos);
    const Run nosuch = scr({"help", "nosuch"});
    CHECK(nosuch.code == 2);
    CHECK(lines(nosuch.err) == 1);
    CHECK(nosuch.out == "");
}
