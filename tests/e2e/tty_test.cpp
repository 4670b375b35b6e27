// Tier 3: the binary on a real pseudo-terminal, under script(1), as an analyst sees it.
#include "harness.h"

#include <algorithm>
#include <sstream>

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

namespace {

const char* referral = open_questions_referral;

// Runs `command` (a shell line; "$SCR" is the binary) on a pseudo-terminal, ended after 20 s
// (status 124) should it wait for input it will never get.
Run on_tty(const std::string& command, Options opt = {}) {
    opt.env.emplace_back("SCR_TODAY", "2026-09-24");
    if (std::none_of(opt.env.begin(), opt.env.end(),
                     [](const auto& kv) { return kv.first == "TERM"; }))
        opt.env.emplace_back("TERM", "xterm");
    return shell("timeout 20 script -qec '" + command + "' /dev/null", opt);
}

long lines(const std::string& s) {
    return std::count(s.begin(), s.end(), '\n');
}

// What scr wrote to the terminal, without the terminal's echo of the lines typed into it.
std::string without_echo(std::string out, const std::string& typed) {
    std::istringstream in(typed);
    for (std::string line; std::getline(in, line);)
        if (const auto at = out.find(line + "\r\n"); at != std::string::npos)
            out.erase(at, line.size() + 2);
    return out;
}

bool has_escape(const std::string& s) {
    return s.find('\x1b') != std::string::npos;
}

// A partnership with one serious incident whose triage has open questions.
struct TtyDesk : Desk {
    TtyDesk() : Desk(referral) {}
    Run tty(const std::string& command, const std::string& input = "") {
        return on_tty(command, {.input = input, .cwd = p});
    }
};

} // namespace

TEST_CASE("on a terminal TERM=dumb gets no colour / --color always wins over it and NO_COLOR") {
    if (!have_script()) return;
    const std::string list = "\"$SCR\" holidays list 2026";
    const Run dumb = on_tty(list, {.env = {{"TERM", "dumb"}}});
    CHECK(dumb.code == 0);
    CHECK(dumb.out.find("Good Friday") != std::string::npos);
    CHECK(!has_escape(dumb.out));
    CHECK(has_escape(on_tty(list + " --color always", {.env = {{"TERM", "dumb"}}}).out));
    // NO_COLOR counts only when it has a value.
    CHECK(has_escape(on_tty(list, {.env = {{"NO_COLOR", ""}}}).out));
    CHECK(!has_escape(on_tty(list, {.env = {{"NO_COLOR", "1"}}}).out));
    CHECK(has_escape(on_tty(list + " --color always", {.env = {{"NO_COLOR", "1"}}}).out));
    const Run piped = on_tty(list + " --color always | cat", {.env = {{"NO_COLOR", "1"}}});
    CHECK(piped.out.find("\x1b[1m") != std::string::npos);
}

TEST_CASE("-o FILE never gets escape codes / even with --color always on a terminal") {
    if (!have_script()) return;
    TempDir t;
    fs::copy(fs::path(SCR_SOURCE_DIR) / "examples" / "demo", t / "demo",
             fs::copy_options::recursive);
    const Options in_demo{.cwd = t / "demo"};
    // The same commands to the terminal are coloured, so the files below could have been.
    CHECK(has_escape(on_tty("\"$SCR\" --color always deadlines", in_demo).out));
    CHECK(has_escape(on_tty("\"$SCR\" --color always report register", in_demo).out));
    for (const std::string command :
         {"deadlines -o out.txt", "deadlines --format csv -o out.txt", "report register -o out.txt",
          "report register --format csv -o out.txt"}) {
        CAPTURE(command);
        const Run r = on_tty("\"$SCR\" --color always " + command, in_demo);
        CHECK(r.code == 0);
        const std::string written = read_text(t / "demo" / "out.txt");
        CHECK(written.size() > 100);
        CHECK(!has_escape(written));
        fs::remove(t / "demo" / "out.txt");
    }
}

TEST_CASE("on a terminal --no-input or a piped stdin or stdout stops every prompt") {
    if (!have_script()) return;
    TtyDesk d;
    const std::string before = d.file();
    // With --no-input, answers are waiting on the terminal: none may be read. (script(1) then
    // waits 2 s for them to drain, so the other forms type nothing: a prompt would meet the end
    // of the input and fail with more than one line.)
    const std::string answers = "Sam Example\nDSL\n1\ny\ny\ny\ny\n";
    for (const auto& [command, flag] : std::vector<std::pair<std::string, std::string>>{
             {"referral new --kind serious-incident", "--referrer-name"},
             {"review decide " + d.id, "--recommendation"},
         }) {
        for (const auto& [form, typed] : std::vector<std::pair<std::string, std::string>>{
                 {"\"$SCR\" " + command + " --no-input", answers},
                 {"echo | \"$SCR\" " + command, ""},
                 {"{ \"$SCR\" " + command + "; echo $? > status; } | cat; exit $(cat status)", ""},
             }) {
            CAPTURE(form);
            const Run r = d.tty(form, typed);
            CHECK(r.code == 2);
            const std::string shown = without_echo(r.out, typed);
            CHECK(shown.rfind("scr: ", 0) == 0); // the error alone, nothing asked before it
            CHECK(lines(shown) == 1);
            CHECK(r.out.find(flag) != std::string::npos);
        }
    }
    for (const auto& [form, typed] : std::vector<std::pair<std::string, std::string>>{
             {"\"$SCR\" triage " + d.id + " --no-input", "y\nyes\nyes\nno\n"},
             {"echo y | \"$SCR\" triage " + d.id, ""},
         }) {
        CAPTURE(form);
        const Run r = d.tty(form, typed);
        CHECK(r.code == 0);
        CHECK(r.out.find("Answer now?") == std::string::npos);
        CHECK(r.out.find("in_area") != std::string::npos);
    }
    CHECK(d.file() == before);
    // The terminal itself shows nothing but the new ID when the diagnostics go elsewhere.
    const Run id = d.tty("\"$SCR\" referral new --kind serious-incident --referrer-name Sam "
                         "--child-name Alex --incident-date 2026-09-01 --aware 2026-09-02 "
                         "--summary Alone 2>/dev/null");
    CHECK(id.code == 0);
    CHECK(id.out == "2026-002\r\n");
}

TEST_CASE("help on a terminal goes through the user's pager / plain text with TERM=dumb or "
          "--no-input") {
    if (!have_script()) return;
    if (shell("command -v mandoc || command -v man").code != 0) {
        MESSAGE("neither man nor mandoc installed; skipping");
        return;
    }
    const std::vector<std::pair<std::string, std::string>> pager = {{"MANPAGER", "sed s/^/PAGED:/"},
                                                                    {"PAGER", "sed s/^/PAGED:/"}};
    const Run paged = on_tty("\"$SCR\" help deadlines", {.env = pager});
    CHECK(paged.code == 0);
    CHECK(paged.out.find("PAGED:") != std::string::npos);
    CHECK(paged.out.find("who owes what by when") != std::string::npos);
    const Run cat =
        on_tty("\"$SCR\" help review action", {.env = {{"MANPAGER", "cat"}, {"PAGER", "cat"}}});
    CHECK(cat.code == 0);
    CHECK(cat.out.find("SCR-REVIEW(1)") != std::string::npos);
    auto dumb = pager;
    dumb.emplace_back("TERM", "dumb");
    for (const Run& plain : {on_tty("\"$SCR\" help deadlines", {.env = dumb}),
                             on_tty("\"$SCR\" help deadlines --no-input", {.env = pager})}) {
        CHECK(plain.code == 0);
        CHECK(plain.out.find("PAGED:") == std::string::npos);
        CHECK(plain.out.find("who owes what by when") != std::string::npos);
        CHECK(plain.out.find('\b') == std::string::npos);
        CHECK(!has_escape(plain.out));
    }
    const Run nosuch = on_tty("\"$SCR\" help nosuch", {.env = pager});
    CHECK(nosuch.code == 2);
    CHECK(lines(nosuch.out) == 1);
}
