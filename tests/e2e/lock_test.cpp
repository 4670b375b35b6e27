// The write lock under load and when a writer hangs (issue 8): a hundred writers at once lose
// nothing and share no ID; a writer that cannot have the lock in 10 s exits 3 naming who holds
// it (pid and command, never what it was given), and gets it once the holder has gone.
#include "harness.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <unistd.h>

using namespace e2e;
using nlohmann::json;

namespace {

const char* referral = R"({"kind": "serious-incident", "received": "2026-09-07",
 "referrer": {"name": "Pat Referrer"},
 "children": [{"name": "Robin Example", "pseudonym": "Child R", "date_of_birth": "2024-06-01"}],
 "incident": {"date": "2026-09-04", "summary": "Fractures found at hospital."},
 "answers": {"abuse_or_neglect": "suspected", "died": "no", "seriously_harmed": "yes"},
 "events": [{"date": "2026-09-07", "type": "aware"}]})";

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A Rapid Review meeting may be held again: the route takes any number of them.
std::vector<std::string> meeting(const std::string& note) {
    return {"event",  "add",        "2026-001", "rapid-review-meeting",
            "--date", "2026-09-10", "--by",     "Sam Writer",
            "--note", note};
}

// The notes of the case's Rapid Review meetings, each with how often it appears.
std::map<std::string, int> meeting_notes(const fs::path& p) {
    const Run show = scr({"case", "show", "2026-001", "--format", "json"}, {.cwd = p});
    REQUIRE_MESSAGE(show.code == 0, show.err);
    std::map<std::string, int> notes;
    const json c = json::parse(show.out);
    for (const json& e : c["events"])
        if (e["type"] == "rapid-review-meeting") ++notes[e.value("note", "")];
    return notes;
}

std::string case_id(int seq) {
    char id[16];
    std::snprintf(id, sizeof id, "2026-%03d", seq);
    return id;
}

void no_temporaries(const fs::path& p) {
    for (const auto& e : fs::recursive_directory_iterator(p))
        CHECK_MESSAGE(e.path().filename().string().find(".tmp-") == std::string::npos,
                      e.path().string());
}

} // namespace

TEST_CASE("50 event adds on one case and 50 new referrals at once: nothing lost and no ID twice") {
    Desk d(referral);
    std::vector<std::unique_ptr<Child>> events, referrals;
    const auto start = std::chrono::steady_clock::now();
    // Every writer is started before any is waited for.
    for (int i = 1; i <= 50; ++i) {
        events.push_back(
            std::make_unique<Child>(meeting("writer " + std::to_string(i)), Options{.cwd = d.p}));
        referrals.push_back(
            std::make_unique<Child>(std::vector<std::string>{"referral", "new", "--from", "-"},
                                    Options{.input = referral, .cwd = d.p}));
    }
    std::set<std::string> ids;
    for (auto* group : {&events, &referrals})
        for (auto& child : *group) {
            // The lock gives up after 10 s: no writer may wait longer, let alone for ever.
            const auto run = child->wait_for(std::max(0.0, 30 - seconds_since(start)));
            REQUIRE_MESSAGE(run.has_value(), "a writer still waits after 30 s");
            CHECK_MESSAGE(run->code == 0, run->err);
            if (group == &referrals) ids.insert(run->out);
        }
    const double took = seconds_since(start);
    MESSAGE("100 writers took ", took, " s");
    // 2026-002 to 2026-051: each ID once, none skipped.
    CHECK(ids.size() == 50);
    std::set<std::string> expected;
    for (int i = 2; i <= 51; ++i)
        expected.insert(case_id(i) + "\n");
    CHECK(ids == expected);
    const auto notes = meeting_notes(d.p);
    CHECK(notes.size() == 50);
    for (int i = 1; i <= 50; ++i)
        CHECK_MESSAGE(notes.count("writer " + std::to_string(i)) == 1, i);
    for (const auto& [note, times] : notes)
        CHECK_MESSAGE(times == 1, note);
    const Run check = scr({"check"}, {.cwd = d.p});
    CHECK_MESSAGE(check.code == 0, check.err);
    no_temporaries(d.p);
}

TEST_CASE("a writer kept from the lock for 10 s exits 3 naming the holder / then succeeds") {
    Desk d(referral);
    const std::string before = d.file();
    // Frozen just after taking the lock; the Child kills it however this test ends.
    Child holder(meeting("first"), {.env = {{"SCR_TEST_STOP_AT", "1"}}, .cwd = d.p});
    for (int i = 0;
         i < 1000 && holder.err().find("stopped at step 1 (lock-taken)") == std::string::npos; ++i)
        usleep(10000);
    REQUIRE(holder.err().find("stopped at step 1 (lock-taken)") != std::string::npos);

    const auto start = std::chrono::steady_clock::now();
    const Run kept = scr(meeting("second"), {.cwd = d.p});
    const double waited = seconds_since(start);
    CHECK(kept.code == 3);
    CHECK(waited >= 10);
    CHECK(waited < 15);
    CHECK(kept.err == (d.p / ".scr/lock").string() + ": another scr command (pid " +
                          std::to_string(holder.pid()) +
                          ", scr event add) has held the write lock for over 10 s; wait for it "
                          "to finish, or stop it\n");
    CHECK(d.file() == before);

    kill(holder.pid(), SIGCONT);
    const auto first = holder.wait_for(10);
    REQUIRE(first.has_value());
    CHECK_MESSAGE(first->code == 0, first->err);
    const Run retried = scr(meeting("second"), {.cwd = d.p});
    CHECK_MESSAGE(retried.code == 0, retried.err);
    CHECK(meeting_notes(d.p) == std::map<std::string, int>{{"first", 1}, {"second", 1}});
}

TEST_CASE("a killed writer's name left in the lock file is never given as the holder") {
    if (shell("command -v flock >/dev/null").code != 0) return;
    Desk d(referral);
    // Killed holding the lock: its line stays in .scr/lock, but its flock died with it.
    Run killed = scr(meeting("killed"), {.env = {{"SCR_TEST_KILL_AT", "1"}}, .cwd = d.p});
    REQUIRE(killed.code == 128 + SIGKILL);
    REQUIRE(read_text(d.p / ".scr/lock").rfind("pid ", 0) == 0);
    CHECK(scr(meeting("next"), {.cwd = d.p}).code == 0); // no wait: nobody holds it
    // Now a program that is not scr holds it and writes nothing there.
    killed = scr(meeting("killed"), {.env = {{"SCR_TEST_KILL_AT", "1"}}, .cwd = d.p});
    REQUIRE(killed.code == 128 + SIGKILL);
    // This shell takes the lock itself (descriptor 9, closed for scr) and holds it while scr runs.
    const Run r = shell("exec 9>>.scr/lock && flock 9 && \"$SCR\" event add 2026-001 x --by x 9>&-",
                        {.cwd = d.p});
    CHECK(r.code == 3);
    CHECK(r.err.find("another process has held the write lock for over 10 s") != std::string::npos);
    CHECK(r.err.find("pid") == std::string::npos);
}
