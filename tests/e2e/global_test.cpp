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

TEST_CASE("help COMMAND shows that command's usage") {
    const Run r = scr({"help", "days", "add"});
    CHECK(r.code == 0);
    CHECK(r.out.find("Usage: scr days add") != std::string::npos);
    CHECK(scr({"help", "holidays"}).out.find("import") != std::string::npos);
    const Run bad = scr({"help", "dayz"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("dayz") != std::string::npos);
}

TEST_CASE("usage errors exit 2, never CLI11's 100+") {
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

TEST_CASE("--color always colours, never and NO_COLOR do not, pipes do not by default") {
    CHECK(scr({"holidays", "list", "2026", "--color", "always"}).out.find("\x1b[") !=
          std::string::npos);
    CHECK(scr({"holidays", "list", "2026", "--color", "never"}).out.find("\x1b[") ==
          std::string::npos);
    CHECK(scr({"holidays", "list", "2026"}).out.find("\x1b[") == std::string::npos);
}
