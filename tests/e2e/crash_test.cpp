// Writers killed at every step of their write paths (SCR_TEST_KILL_AT=N, issue 8). For
// N = 1, 2, ... until a run ends on its own: every file holds its old bytes or the bytes an
// uninterrupted run writes, `scr check` says what it said before or after, no temporary file
// is seen, running the command again finishes the job, and the next writer cleans up.
#include "harness.h"

#include <algorithm>
#include <csignal>
#include <functional>
#include <map>

using namespace e2e;

namespace {

using Tree = std::map<std::string, std::string>; // path under the base -> bytes

bool is_temporary(const fs::path& p) {
    const std::string name = p.filename().string();
    return name[0] == '.' && name.find(".tmp-") != std::string::npos;
}

// Every file under `base` but the lock (its text names the last holder's pid), with the
// temporaries a killed writer left counted apart.
Tree files_of(const fs::path& base, int* temporaries = nullptr) {
    Tree files;
    if (temporaries) *temporaries = 0;
    if (!fs::exists(base)) return files;
    for (const auto& e : fs::recursive_directory_iterator(base)) {
        if (!e.is_regular_file() || e.path().parent_path().filename() == ".scr") continue;
        if (is_temporary(e.path())) {
            if (temporaries) ++*temporaries;
            continue;
        }
        files[fs::relative(e.path(), base).string()] = read_text(e.path());
    }
    return files;
}

// Aware and received on Monday 7 September 2026: the desk every scenario but init starts at.
const char* referral = R"({"kind": "serious-incident", "received": "2026-09-07",
 "referrer": {"name": "Pat Referrer"},
 "children": [{"name": "Robin Example", "pseudonym": "Child R", "date_of_birth": "2024-06-01"}],
 "incident": {"date": "2026-09-04", "summary": "Fractures found at hospital."},
 "answers": {"abuse_or_neglect": "suspected", "died": "no", "seriously_harmed": "yes", "in_area": "yes"},
 "events": [{"date": "2026-09-07", "type": "aware"}]})";

Options at(const fs::path& cwd, const std::string& input = "") {
    return {.input = input, .env = {{"SCR_TODAY", "2026-09-10"}}, .cwd = cwd};
}

void run_ok(const std::vector<std::string>& args, const Options& opt) {
    const Run r = scr(args, opt);
    REQUIRE_MESSAGE(r.code == 0, args[0], ": ", r.err);
}

// A partnership at base/p holding case 2026-001 from `referral`.
void desk(const fs::path& base) {
    run_ok({"init", "p", "--name", "Example SCP"}, at(base));
    run_ok({"referral", "new", "--from", "-"}, at(base / "p", referral));
}

// Output with the partnership's own path taken out (init names the directory it made).
std::string without(std::string text, const fs::path& base) {
    const std::string path = base.string();
    for (auto at = text.find(path); at != std::string::npos; at = text.find(path, at))
        text.replace(at, path.size(), "BASE");
    return text;
}

// Whether a renumber's note of its move is still in .scr/ (it goes once the move is done).
bool renumber_noted(const fs::path& base) {
    if (!fs::exists(base / "p/.scr")) return false;
    for (const auto& e : fs::directory_iterator(base / "p/.scr"))
        if (e.path().filename().string().rfind("renumber-", 0) == 0) return true;
    return false;
}

struct Scenario {
    std::function<void(const fs::path& base)> setup; // the partnership before the command
    std::vector<std::string> args;                   // run in base/p (init: in base)
    std::string input;
};

struct Outcome {
    int kills = 0;
    std::vector<std::string> steps; // where each kill happened
};

int check_code(const fs::path& base) {
    const Run r = scr({"-C", "p", "check"}, at(base));
    CHECK_MESSAGE(r.out.find(".tmp-") == std::string::npos, r.out);
    CHECK_MESSAGE(r.err.find(".tmp-") == std::string::npos, r.err);
    return r.code;
}

// The command run whole once, and what it found and left: the yardstick for every kill.
struct Reference {
    const Scenario& s;
    fs::path fixture, cwd; // cwd relative to a copy of the fixture
    Tree before, after;
    std::string out;
    int check_before = 0, check_after = 0;

    Reference(const Scenario& scenario, const TempDir& t)
        : s(scenario), fixture(t / "fixture"), cwd(s.args[0] == "init" ? "." : "p") {
        fs::create_directory(fixture);
        s.setup(fixture);
        const fs::path reference = t / "reference";
        fs::copy(fixture, reference, fs::copy_options::recursive);
        const Run ref = scr(s.args, at(reference / cwd, s.input));
        REQUIRE_MESSAGE(ref.code == 0, ref.err);
        out = without(ref.out, reference);
        before = files_of(fixture);
        after = files_of(reference);
        REQUIRE(before != after);
        CHECK_FALSE(renumber_noted(reference));
        check_before = check_code(fixture);
        check_after = check_code(reference);
    }

    // What a kill left in `work`: each file old or new, check as before or after; then the
    // next write (the command again when it had not finished) succeeds and cleans up.
    void verify_killed(const fs::path& work) const {
        const Tree now = files_of(work);
        for (const auto& [path, bytes] : now) {
            const bool old_bytes = before.count(path) && before.at(path) == bytes;
            const bool new_bytes = after.count(path) && after.at(path) == bytes;
            CHECK_MESSAGE((old_bytes || new_bytes), path,
                          " holds neither the old nor the new text");
        }
        for (const auto& [path, bytes] : before)
            CHECK_MESSAGE((now.count(path) || !after.count(path)), path, " vanished");
        const int check_now = check_code(work);
        CHECK((check_now == check_before || check_now == check_after));
        if (now != after) { // the user runs it again: it finishes the job, byte for byte
            const Run again = scr(s.args, at(work / cwd, s.input));
            CHECK_MESSAGE(again.code == 0, again.err);
            CHECK(without(again.out, work) == out);
            CHECK(files_of(work) == after);
            CHECK_FALSE(renumber_noted(work));
        } else {
            run_ok({"referral", "new", "--from", "-"}, at(work / "p", referral));
        }
        int temporaries = -1;
        files_of(work, &temporaries);
        CHECK(temporaries == 0);
        CHECK(check_code(work) == 0);
        for (const auto& e : fs::directory_iterator(work / "p/cases"))
            CHECK(mode_of(e.path()) == 0600);
    }
};

// Kills the command at each of its step points in turn, on a fresh copy of the partnership.
Outcome kill_at_every_step(const Scenario& s) {
    TempDir t;
    const Reference ref(s, t);
    const fs::path work = t / "work";
    Outcome o;
    for (int n = 1; n < 60; ++n) {
        fs::remove_all(work);
        fs::copy(ref.fixture, work, fs::copy_options::recursive);
        Options opt = at(work / ref.cwd, s.input);
        opt.env.emplace_back("SCR_TEST_KILL_AT", std::to_string(n));
        const Run r = scr(s.args, opt);
        if (r.code != 128 + SIGKILL) { // past the last step: an ordinary, whole run
            CHECK_MESSAGE(r.code == 0, r.err);
            CHECK(files_of(work) == ref.after);
            CHECK(without(r.out, work) == ref.out);
            return o;
        }
        INFO("killed at step ", n, ": ", r.err);
        REQUIRE(r.err.find(" at step " + std::to_string(n) + " (") != std::string::npos);
        ++o.kills;
        o.steps.push_back(r.err.substr(r.err.find('(') + 1, r.err.find(')') - r.err.find('(') - 1));
        ref.verify_killed(work);
    }
    FAIL("the command never ran to its end");
    return o;
}

void report(const std::string& verb, const Outcome& o) {
    std::string steps;
    for (const std::string& s : o.steps)
        steps += (steps.empty() ? "" : ", ") + s;
    MESSAGE(verb, ": killed at ", o.kills, " steps: ", steps);
    // Never vacuous: the lock, the temporary file's three steps, the rename and the directory.
    CHECK(o.kills > 3);
}

// Case 2026-002 whose file holds a merge conflict: both sides claim the ID.
void conflicted(const fs::path& base) {
    desk(base);
    run_ok({"referral", "new", "--from", "-"}, at(base / "p", referral));
    const fs::path file = base / "p/cases/2026-002.yaml";
    const std::string ours = read_text(file);
    std::string theirs = ours;
    theirs.replace(theirs.find("kind: serious-incident"), 22, "kind: learning-request");
    write_text(file, "<<<<<<< ours\n" + ours + "=======\n" + theirs + ">>>>>>> theirs\n");
}

} // namespace

TEST_CASE("killed at every step: init") {
    report("init", kill_at_every_step(
                       {[](const fs::path&) {}, {"init", "p", "--name", "Example SCP"}, ""}));
}

TEST_CASE("killed at every step: referral new") {
    report("referral new",
           kill_at_every_step({desk, {"referral", "new", "--from", "-"}, referral}));
}

TEST_CASE("killed at every step: event add") {
    report("event add", kill_at_every_step({desk,
                                            {"event", "add", "2026-001", "notified", "--date",
                                             "2026-09-08", "--by", "Sam Writer"},
                                            ""}));
}

TEST_CASE("killed at every step: triage --record") {
    report(
        "triage --record",
        kill_at_every_step({desk,
                            {"triage", "2026-001", "--record", "meets-rapid-review", "--rationale",
                             "Suspected abuse.", "--date", "2026-09-08", "--by", "Sam Writer"},
                            ""}));
}

TEST_CASE("killed at every step: review decide") {
    const auto notified = [](const fs::path& base) {
        desk(base);
        run_ok({"event", "add", "2026-001", "notified", "--date", "2026-09-08", "--by", "x"},
               at(base / "p"));
    };
    report("review decide",
           kill_at_every_step(
               {notified,
                {"review", "decide", "2026-001", "--recommendation", "no-review", "--rationale",
                 "Nothing new to learn.", "--date", "2026-09-10", "--by", "Sam Writer"},
                ""}));
}

const std::vector<std::string> action_add = {"review",   "action",    "add",     "2026-001",
                                             "--action", "Brief GPs", "--owner", "Designated Nurse",
                                             "--due",    "2026-11-30"};

TEST_CASE("killed at every step: review action add") {
    report("action add", kill_at_every_step({desk, action_add, ""}));
}

TEST_CASE("killed at every step: review action done") {
    const auto with_action = [](const fs::path& base) {
        desk(base);
        run_ok(action_add, at(base / "p"));
    };
    report("action done", kill_at_every_step({with_action,
                                              {"review", "action", "done", "2026-001", "A1",
                                               "--date", "2026-09-10"},
                                              ""}));
}

TEST_CASE("killed at every step: case renumber of a merge conflict") {
    const Outcome conflict = kill_at_every_step({conflicted, {"case", "renumber", "2026-002"}, ""});
    report("case renumber (conflict)", conflict);
    // Three writes: the note of the move in .scr/, the new case, the old file without its
    // conflict.
    CHECK(std::count(conflict.steps.begin(), conflict.steps.end(), "renamed") == 3);
}

TEST_CASE("killed at every step: case renumber of a copy") {
    const auto copied = [](const fs::path& base) {
        desk(base);
        fs::copy_file(base / "p/cases/2026-001.yaml", base / "p/cases/2026-001-copy.yaml");
    };
    report("case renumber (copy)",
           kill_at_every_step({copied, {"case", "renumber", "2026-001"}, ""}));
}

TEST_CASE("killed at every step: holidays import") {
    report(
        "holidays import",
        kill_at_every_step({desk, {"holidays", "import", data("govuk-bank-holidays.json")}, ""}));
}
