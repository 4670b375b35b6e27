// Tier 3: the binary on a real pseudo-terminal, under script(1), as an analyst sees it.
#include "harness.h"

using namespace e2e;

namespace {
bool have_script() {
    return shell("command -v script >/dev/null").code == 0;
}
} // namespace

TEST_CASE("on a terminal the table header is emphasised / NO_COLOR and --color never turn it off") {
    if (!have_script()) {
        MESSAGE("script(1) not installed; skipping TTY checks");
        return;
    }
    const Run tty = shell("script -qec \"$SCR holidays list 2026\" /dev/null");
    CHECK(tty.code == 0);
    CHECK(tty.out.find("\x1b[1m") != std::string::npos);
    CHECK(tty.out.find("Good Friday") != std::string::npos);
    const Run no_color =
        shell("script -qec \"$SCR holidays list 2026\" /dev/null", {.env = {{"NO_COLOR", "1"}}});
    CHECK(no_color.out.find("\x1b[") == std::string::npos);
    CHECK(no_color.out.find("Good Friday") != std::string::npos);
    const Run never = shell("script -qec \"$SCR --color never holidays list 2026\" /dev/null");
    CHECK(never.out.find("\x1b[") == std::string::npos);
}

TEST_CASE("piped output carries no escape codes even when stdin is a terminal") {
    if (!have_script()) return;
    const Run piped = shell("script -qec \"$SCR holidays list 2026 | cat\" /dev/null");
    CHECK(piped.out.find("\x1b[") == std::string::npos);
    CHECK(piped.out.find("Good Friday") != std::string::npos);
}
