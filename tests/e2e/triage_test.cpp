// `scr triage` end to end (issue 4 acceptance): a case of each kind from `referral new --from -`
// through `triage --format json` and `--record`; bad --set keys and values; prompts on a TTY.
#include "harness.h"

#include <nlohmann/json.hpp>

using namespace e2e;
using nlohmann::json;

namespace {

const char* serious_incident = R"({"kind": "serious-incident", "received": "2026-12-21",
 "referrer": {"name": "Pat Referrer"},
 "children": [{"name": "Robin Example", "date_of_birth": "2024-06-01"}],
 "incident": {"date": "2026-12-18", "summary": "Fractures found at hospital."},
 "answers": {"abuse_or_neglect": "suspected", "died": "no", "seriously_harmed": "yes", "in_area": "yes"},
 "events": [{"date": "2026-12-21", "type": "aware"}]})";

const char* case_of_concern = R"({"kind": "case-of-concern", "received": "2026-11-20",
 "referrer": {"name": "Sam Example", "role": "DSL", "agency": "Example School"},
 "children": [{"name": "Alex Example", "date_of_birth": "2019-03-02"}],
 "incident": {"date": "2026-11-17", "summary": "Left alone overnight."},
 "answers": {"near_miss": "yes", "multi_agency_learning": "yes"}})";

const char* learning_request = R"({"kind": "learning-request", "received": "2026-11-20",
 "referrer": {"name": "Lee Example", "role": "Nurse", "agency": "Example Trust"},
 "children": [{"name": "Kit Example", "date_of_birth": "2012-01-09"}],
 "incident": {"date": "2026-10-01", "summary": "Discharge without a plan."},
 "answers": {"multi_agency_learning": "yes"}})";

struct Partnership {
    TempDir t;
    fs::path p;
    Partnership() : p(t / "p") {
        REQUIRE(scr({"init", "p", "--name", "Example SCP"}, {.cwd = t.path()}).code == 0);
    }
    std::string add(const char* document) {
        const Run r = scr({"referral", "new", "--from", "-"}, {.input = document, .cwd = p});
        REQUIRE_MESSAGE(r.code == 0, r.err);
        return r.out.substr(0, r.out.size() - 1);
    }
    Run run(std::vector<std::string> args) {
        args.insert(args.begin(), {"--as-of", "2026-12-22"});
        return scr(args, {.cwd = p});
    }
    json triage(const std::string& id) {
        const Run r = run({"triage", id, "--format", "json"});
        REQUIRE_MESSAGE(r.code == 0, r.err);
        return json::parse(r.out);
    }
    std::string file(const std::string& id) { return read_text(p / "cases" / (id + ".yaml")); }
};

std::string many_names(int n) {
    std::string out = "Member 1";
    for (int i = 2; i <= n; ++i) out += ",Member " + std::to_string(i);
    return out;
}

} // namespace

TEST_CASE("a serious incident: triage / then the screening decision recorded") {
    Partnership s;
    const std::string id = s.add(serious_incident);
    const json j = s.triage(id);
    CHECK(j["case"] == id);
    CHECK(j["checks"].size() == 6);
    CHECK(j["checks"][2]["id"] == "notify-panel");
    CHECK(j["checks"][2]["result"] == "meets");
    CHECK(j["recommendation"]["action"] == "notify-panel");
    CHECK(j["recommendation"]["due"] == "2026-12-30"); // WORKDAY(2026-12-21, 5) over Christmas
    CHECK(j.dump().find("Robin") == std::string::npos);

    const Run rec = s.run({"triage", id, "--record", "meets-rapid-review", "--rationale",
                           "Suspected non-accidental injury", "--panel", "LA chair,ICB,Police",
                           "--date", "2026-12-22", "--by", "Business Unit", "--format", "json"});
    REQUIRE_MESSAGE(rec.code == 0, rec.err);
    CHECK(json::parse(rec.out)["recommendation"]["action"] == "notify-panel"); // stdout stays JSON
    CHECK(rec.err.find("warning") == std::string::npos);
    CHECK(rec.err.find("screening meets-rapid-review on 2026-12-22 recorded") != std::string::npos);
    const std::string file = s.file(id);
    CHECK(file.find("    type: screening\n    outcome: meets-rapid-review\n"
                    "    rationale: Suspected non-accidental injury\n"
                    "    panel:\n      - LA chair\n      - ICB\n      - Police\n"
                    "    by: Business Unit\n") != std::string::npos);
    CHECK(s.run({"check"}).code == 0);

    SUBCASE("an outcome the criteria contradict is recorded, with a warning") {
        const Run nfa = s.run({"triage", id, "--record", "no-further-action", "--rationale", "Accident"});
        CHECK(nfa.code == 0);
        CHECK(nfa.err.find("warning: the criteria point to notify-panel (meets-rapid-review), not "
                           "no-further-action") != std::string::npos);
        CHECK(s.file(id).find("outcome: no-further-action") != std::string::npos);
    }
}

TEST_CASE("a case of concern and a learning request through triage and --record") {
    Partnership s;
    const std::string coc = s.add(case_of_concern);
    json j = s.triage(coc);
    CHECK(j["kind"] == "case-of-concern");
    CHECK(j["checks"][2]["id"] == "near-miss");
    CHECK(j["checks"][2]["result"] == "meets");
    CHECK(j["recommendation"]["action"] == "consider-case-of-concern");
    CHECK(j["recommendation"]["due"].is_null());
    const Run rec = s.run({"triage", coc, "--record", "single-agency-learning", "--rationale", "School to lead"});
    CHECK(rec.code == 0);
    CHECK(rec.err.find("warning") == std::string::npos); // the Review Group's judgement

    const std::string lr = s.add(learning_request);
    CHECK(s.triage(lr)["recommendation"]["action"] == "consider-learning-review");
    const Run set = s.run({"triage", lr, "--set", "multi_agency_learning=no", "--set", "poor_practice=yes",
                           "--format", "json"});
    REQUIRE_MESSAGE(set.code == 0, set.err);
    CHECK(json::parse(set.out)["recommendation"]["action"] == "consider-learning-review");
    CHECK(json::parse(set.out)["recommendation"]["text"].get<std::string>().find(
              "single-agency learning may be enough") != std::string::npos);
    CHECK(s.file(lr).find("  multi_agency_learning: no\n  poor_practice: yes\n") != std::string::npos);
    CHECK(s.run({"triage", lr, "--record", "single-agency-learning", "--rationale", "Hospital to act"}).code == 0);
    CHECK(s.run({"check"}).code == 0);
}

TEST_CASE("triage --set answers questions / -n evaluates without saving") {
    Partnership s;
    const std::string id = s.add(R"({"kind": "serious-incident", "received": "2026-12-21",
 "referrer": {"name": "R"}, "children": [{"name": "C"}],
 "incident": {"date": "2026-12-01", "summary": "S"}})");
    json j = s.triage(id);
    CHECK(j["recommendation"]["action"] == "queries-to-referrer");
    std::vector<std::string> keys;
    for (const auto& q : j["questions"]) keys.push_back(q["key"]);
    CHECK(std::find(keys.begin(), keys.end(), "children[0].date_of_birth") != keys.end());
    CHECK(std::find(keys.begin(), keys.end(), "abuse_or_neglect") != keys.end());

    const std::string before = s.file(id);
    const Run dry = s.run({"triage", id, "-n", "--set", "abuse_or_neglect=known", "--set", "died=yes",
                           "--set", "in_area=yes", "--set", "incident.date=-4d", "--set",
                           "children[0].date_of_birth=2020-01-01", "--format", "json"});
    REQUIRE_MESSAGE(dry.code == 0, dry.err);
    j = json::parse(dry.out);
    CHECK(j["checks"][0]["result"] == "meets");
    CHECK(j["checks"][0]["reasons"][1] == "Child A was 6 on the incident date, 2026-12-18.");
    CHECK(j["recommendation"]["action"] == "notify-panel");
    CHECK(s.file(id) == before);

    CHECK(s.run({"triage", id, "--set", "abuse_or_neglect=known", "--set", "incident.date=2026-12-18"}).code == 0);
    CHECK(s.file(id).find("  abuse_or_neglect: known\n") != std::string::npos);
    CHECK(s.file(id).find("  date: 2026-12-18\n") != std::string::npos);
}

TEST_CASE("bad --set keys and values / and bad --record use / exit 2 naming them and change nothing") {
    Partnership s;
    const std::string id = s.add(serious_incident);
    const std::string before = s.file(id);
    const std::vector<std::pair<std::vector<std::string>, std::string>> table = {
        {{"--set", "died=perhaps"}, "--set died: must be yes, no or unknown"},
        {{"--set", "abuse_or_neglect=yes"}, "--set abuse_or_neglect: must be known, suspected, no or unknown"},
        {{"--set", "died=no", "--set", "colour=red"}, "--set (key): is not an answer key or a fact triage "
                                                       "asks for; it is --set number 2"},
        {{"--set", "Robin Example=yes"}, "--set (key): is not an answer key"},
        {{"--set", "children[4].date_of_birth=2020-01-01"}, "--set children[4].date_of_birth: names no child"},
        {{"--set", "incident.date=2026-02-30"}, "--set incident.date"},
        {{"--set", "died"}, "--set: expected KEY=VALUE"},
        {{"--set", "died=no", "--set", "in_area=maybe"}, "--set in_area"},
        {{"--record", "meets"}, "--rationale: is required with --record"},
        {{"--record", "meets", "--rationale", "R"}, "--record: a screening event's outcome must be"},
        {{"--rationale", "R"}, "--rationale: only goes with --record"},
        {{"--panel", "A"}, "--panel: only goes with --record"},
        {{"--date", "today"}, "--date: only goes with --record"},
        {{"-n", "--set", "children[0].unborn=unknown"}, "--set children[0].unborn: must be yes or no"},
        {{"-n", "--record", "no-further-action", "--rationale", "R", "--panel", many_names(101)}, "panel"},
        {{"--format", "csv"}, "--format"},
    };
    for (const auto& [args, expected] : table) {
        std::vector<std::string> argv = {"triage", id};
        argv.insert(argv.end(), args.begin(), args.end());
        const Run r = s.run(argv);
        CAPTURE(expected);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(expected) != std::string::npos);
        CHECK(r.err.find("Robin") == std::string::npos);
        CHECK(r.err.find("perhaps") == std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(s.file(id) == before);
    }
    const Run unknown = s.run({"triage", "2026-099"});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.find("2026-099") != std::string::npos);
}

TEST_CASE("on a terminal / triage offers to ask the open questions one by one") {
    if (shell("command -v script >/dev/null").code != 0) {
        MESSAGE("script(1) not installed; skipping");
        return;
    }
    Partnership s;
    const std::string id = s.add(R"({"kind": "serious-incident", "received": "2026-12-21",
 "referrer": {"name": "R"}, "children": [{"name": "C", "date_of_birth": "2020-01-01"}],
 "incident": {"date": "2026-12-18", "summary": "S"},
 "answers": {"abuse_or_neglect": "suspected", "died": "no", "seriously_harmed": "yes"}})");
    // in_area: first "maybe" (refused, asked again), then yes; the other two left blank.
    const Run tty = shell("script -qec \"$SCR --as-of 2026-12-22 triage " + id + "\" /dev/null",
                          {.input = "y\nmaybe\nyes\n\n\n", .cwd = s.p});
    CHECK_MESSAGE(tty.code == 0, tty.out);
    CHECK(tty.out.find("3 open questions decide this triage. Answer now? [y/N]") != std::string::npos);
    CHECK(tty.out.find("must be yes, no or unknown") != std::string::npos);
    CHECK(tty.out.find("recommendation: notify-panel") != std::string::npos);
    CHECK(s.file(id).find("  in_area: yes\n") != std::string::npos);

    // Nothing open: nothing offered.
    const Run settled = shell("script -qec \"$SCR --as-of 2026-12-22 triage " + id + " --set died=no "
                              "--set known_to_social_care=no\" /dev/null", {.input = "\n", .cwd = s.p});
    CHECK(settled.code == 0);
    CHECK(settled.out.find("Answer now?") == std::string::npos);

    // Piped, nothing is asked and the output has no colour.
    const Run piped = s.run({"triage", id});
    CHECK(piped.err.empty());
    CHECK(piped.out.find('\x1b') == std::string::npos);
}
