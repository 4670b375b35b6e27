// Global behaviour: version, help, usage errors and exit statuses (PRODUCT.md).
#include "harness.h"

using namespace e2e;

TEST_CASE("--version and --help") {
    const Run v = scr({"--version"});
    CHECK(v.code == 0);
    CHECK(v.out.rfind("scr ", 0) == 0);
    const Run h = scr({"--help"});
    CHECK(h.code == 0);
    for (const char* word :
         {"init", "days", "holidays", "--as-of", "-C", "--format", "--no-input", "--color"})
        CHECK(h.out.find(word) != std::string::npos);
}

TEST_CASE("help COMMAND shows that command's manual page / its group's for a subcommand") {
    // Without man or mandoc it is CLI11's short help (tests/e2e/pipe_test.cpp).
    const bool formatter = shell("command -v mandoc || command -v man").code == 0;
    const Run r = scr({"help", "days", "add"});
    CHECK(r.code == 0);
    CHECK(r.out.find(formatter ? "SCR-DAYS(1)" : "Usage: scr days add") != std::string::npos);
    CHECK(scr({"help", "holidays"}).out.find("import") != std::string::npos);
    CHECK(scr({"days", "add", "--help"}).out.find("Usage: scr days add") != std::string::npos);
    const Run bad = scr({"help", "dayz"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("dayz") != std::string::npos);
    CHECK(scr({"help", "days", "frobnicate"}).code == 2);
}

TEST_CASE("usage errors exit 2 / never CLI11's 100+") {
    CHECK(scr({}).code == 2);
    CHECK(scr({"--bogus"}).code == 2);
    CHECK(scr({"days"}).code == 2);
    CHECK(scr({"days", "frobnicate"}).code == 2);
    CHECK(scr({"days", "between", "2026-01-01"}).code == 2);
    CHECK(scr({"--color", "purple", "days", "is", "2026-01-01"}).code == 2);
    // One line that says what to do, like every other error.
    const Run missing = scr({"init"});
    CHECK(missing.code == 2);
    CHECK(missing.err == "scr init: --name is required; see scr help init\n");
}

TEST_CASE("global options work after the subcommand too") {
    CHECK(scr({"days", "add", "today", "1", "--as-of", "2026-12-24"}).out == "2026-12-29\n");
    CHECK(scr({"days", "is", "2026-11-23", "--no-input"}).code == 0);
}

TEST_CASE("--color always colours / never and NO_COLOR do not / pipes do not by default") {
    CHECK(scr({"holidays", "list", "2026", "--color", "always"}).out.find("\x1b[") !=
          std::string::npos);
    CHECK(scr({"holidays", "list", "2026", "--color", "never"}).out.find("\x1b[") ==
          std::string::npos);
    CHECK(scr({"holidays", "list", "2026"}).out.find("\x1b[") == std::string::npos);
}

TEST_CASE("scr help is the overview / scr alone says a command is needed / in one line") {
    const bool formatter = shell("command -v mandoc || command -v man").code == 0;
    const Run help = scr({"help"});
    CHECK(help.code == 0);
    CHECK(help.out.find(formatter ? "SCR(1)" : "Usage: scr [OPTIONS]") != std::string::npos);
    CHECK(help.out.find("holidays") != std::string::npos);
    const Run bare = scr({});
    CHECK(bare.code == 2);
    CHECK(bare.err ==
          "scr: a command is required: init, referral, case, event, triage, deadlines, extend, "
          "review, report, check, git, merge-file, days, holidays, help or completion; see scr "
          "--help\n");
}

TEST_CASE("a bad SCR_TODAY fails only the commands that need today") {
    const Options bad{.env = {{"SCR_TODAY", "garbage"}}};
    CHECK(scr({"help", "days"}, bad).code == 0);
    CHECK(scr({"days", "add", "2026-01-01", "1"}, bad).out == "2026-01-02\n");
    const Run needs = scr({"days", "add", "today", "1"}, bad);
    CHECK(needs.code == 2);
    CHECK(needs.err.find("SCR_TODAY") != std::string::npos);
    CHECK(scr({"holidays", "list"}, bad).code == 2);
}

TEST_CASE("output that cannot be written is exit 3 / not success") {
    if (!fs::exists("/dev/full")) return;
    const Run one = shell("\"$SCR\" days add 2026-01-01 1 > /dev/full");
    CHECK(one.code == 3);
    CHECK(one.err.find("cannot write") != std::string::npos);
    CHECK(shell("echo 2026-01-01 1 | \"$SCR\" days add - > /dev/full").code == 3);
    CHECK(shell("\"$SCR\" holidays list 2026 > /dev/full").code == 3);
    const Run dir = shell("\"$SCR\" days add - < /");
    CHECK(dir.code == 2);
    CHECK(dir.err.find("cannot read") != std::string::npos);
}
