// `scr referral new`: the same referral by flags, a YAML file, JSON on stdin and prompts on a
// terminal gives the same case file (issue 3 acceptance); nothing leaks into paths.
#include "harness.h"

using namespace e2e;

namespace {

const std::vector<std::string> coc_flags = {
    "--kind", "case-of-concern", "--referrer-name", "Sam Example", "--referrer-role",
    "Designated Safeguarding Lead", "--referrer-agency", "Example Primary School",
    "--referrer-email", "sam@school.example", "--received", "2026-11-20", "--child-name",
    "Alex Example", "--child-dob", "2019-03-02", "--child-gender", "male", "--household",
    "Jo Example, mother, female, 1995-07-14", "--summary", "Left alone overnight: found by a neighbour.",
    "--incident-date", "2026-11-17", "--improvement", "Earlier sharing between school and health",
    "--sharing", "Practice briefing", "--meeting-date", "2026-11-25", "--meeting-outcome",
    "criteria-met", "--meeting-rationale", "Multi-agency learning identified", "--expectations",
    "A learning review with the school"};

const char* coc_yaml = R"(kind: case-of-concern
received: 2026-11-20
referrer:
  name: Sam Example
  role: Designated Safeguarding Lead
  agency: Example Primary School
  email: sam@school.example
children:
  - name: Alex Example
    date_of_birth: 2019-03-02
    gender: male
household:
  - {name: Jo Example, relationship: mother, gender: female, date_of_birth: 1995-07-14}
incident:
  date: 2026-11-17
  summary: "Left alone overnight: found by a neighbour."
learning:
  improvement: Earlier sharing between school and health
  sharing: Practice briefing
  expectations: A learning review with the school
events:
  - date: 2026-11-25
    type: professionals-meeting
    outcome: criteria-met
    rationale: Multi-agency learning identified
)";

const char* coc_json = R"({"kind": "case-of-concern", "received": "2026-11-20",
 "referrer": {"name": "Sam Example", "role": "Designated Safeguarding Lead",
              "agency": "Example Primary School", "email": "sam@school.example"},
 "children": [{"name": "Alex Example", "date_of_birth": "2019-03-02", "gender": "male"}],
 "household": [{"name": "Jo Example", "relationship": "mother", "gender": "female",
                "date_of_birth": "1995-07-14"}],
 "incident": {"date": "2026-11-17", "summary": "Left alone overnight: found by a neighbour."},
 "learning": {"improvement": "Earlier sharing between school and health",
              "sharing": "Practice briefing", "expectations": "A learning review with the school"},
 "events": [{"date": "2026-11-25", "type": "professionals-meeting", "outcome": "criteria-met",
             "rationale": "Multi-agency learning identified"}]})";

// The answers a person types, in the order of the Croydon COC form sections 1-6 (000).
const char* coc_typed = "Sam Example\nDesignated Safeguarding Lead\nExample Primary School\n"
                        "sam@school.example\n2026-11-20\n"
                        "Alex Example\n\n\n2019-03-02\n\n\n\nmale\n\n\n\n\n"
                        "Jo Example, mother, female, 1995-07-14\n\n"
                        "Left alone overnight: found by a neighbour.\n2026-11-17\n"
                        "Earlier sharing between school and health\nPractice briefing\n"
                        "2026-11-25\ncriteria-met\nMulti-agency learning identified\n"
                        "A learning review with the school\n";

fs::path partnership(const TempDir& t, const std::string& name) {
    REQUIRE(scr({"init", name, "--name", "Example SCP"}, {.cwd = t.path()}).code == 0);
    return t / name;
}

std::vector<std::string> with(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

} // namespace

TEST_CASE("a referral by flags / YAML file / JSON on stdin and prompts gives the same case file") {
    TempDir t;
    const fs::path flags = partnership(t, "flags"), file = partnership(t, "file"),
                   json = partnership(t, "json"), typed = partnership(t, "typed");
    const Run by_flags = scr(with({"referral", "new"}, coc_flags), {.cwd = flags});
    REQUIRE_MESSAGE(by_flags.code == 0, by_flags.err);
    CHECK(by_flags.out == "2026-001\n");
    const std::string expected = read_text(flags / "cases/2026-001.yaml");
    CHECK(expected.find("pseudonym: Child A\n") != std::string::npos);
    CHECK(expected.find("type: referral-received\n") != std::string::npos);

    write_text(t / "referral.yaml", coc_yaml);
    const Run by_file = scr({"referral", "new", "--from", (t / "referral.yaml").string()}, {.cwd = file});
    REQUIRE_MESSAGE(by_file.code == 0, by_file.err);
    CHECK(read_text(file / "cases/2026-001.yaml") == expected);

    const Run by_json = scr({"referral", "new", "--from", "-"}, {.input = coc_json, .cwd = json});
    REQUIRE_MESSAGE(by_json.code == 0, by_json.err);
    CHECK(read_text(json / "cases/2026-001.yaml") == expected);

    if (shell("command -v script >/dev/null").code != 0) {
        MESSAGE("script(1) not installed; skipping the prompted route");
        return;
    }
    const Run by_prompts = shell("script -qec \"$SCR referral new --kind case-of-concern\" /dev/null",
                                 {.input = coc_typed, .cwd = typed});
    REQUIRE_MESSAGE(by_prompts.code == 0, by_prompts.out);
    CHECK(by_prompts.out.find("4. How this case meets the definition of a near miss") != std::string::npos);
    CHECK(by_prompts.out.find("2026-001") != std::string::npos);
    CHECK(read_text(typed / "cases/2026-001.yaml") == expected);
}

TEST_CASE("referral new prints only the ID / --dry-run writes nothing") {
    TempDir t;
    const fs::path p = partnership(t, "p");
    const Run dry = scr(with({"referral", "new", "-n"}, coc_flags), {.cwd = p});
    CHECK(dry.code == 0);
    CHECK(dry.out.rfind("# yaml-language-server: $schema=../schemas/case.schema.json\nid: 2026-001\n", 0) == 0);
    CHECK(fs::is_empty(p / "cases"));
}

TEST_CASE("IDs follow the received year and the partnership's prefix") {
    TempDir t;
    REQUIRE(scr({"init", "p", "--name", "Tees", "--id-prefix", "TEES"}, {.cwd = t.path()}).code == 0);
    const std::vector<std::string> si = {"referral", "new", "--kind", "serious-incident",
                                         "--referrer-name", "R", "--child-name", "C",
                                         "--incident-date", "2026-12-30", "--summary", "S"};
    CHECK(scr(with(si, {"--received", "2026-12-31"}), {.cwd = t / "p"}).out == "TEES-2026-001\n");
    CHECK(scr(with(si, {"--received", "2027-01-04"}), {.cwd = t / "p"}).out == "TEES-2027-001\n");
    CHECK(scr(with(si, {"--received", "2026-12-31"}), {.cwd = t / "p"}).out == "TEES-2026-002\n");
    // received defaults to today
    CHECK(scr(si, {.env = {{"SCR_TODAY", "2027-02-01"}}, .cwd = t / "p"}).out == "TEES-2027-002\n");
}

TEST_CASE("no child's name in any path / files 0600 and directories 0700 under umask 022") {
    TempDir t;
    const fs::path p = partnership(t, "p");
    REQUIRE(scr(with({"referral", "new"}, coc_flags), {.cwd = p}).code == 0);
    REQUIRE(scr({"event", "add", "2026-001", "screening", "--set", "outcome=no-further-action",
                 "--by", "Alex Example"}, {.cwd = p}).code == 0);
    for (const auto& entry : fs::recursive_directory_iterator(p)) {
        const std::string path = entry.path().string();
        CHECK_MESSAGE(path.find("Alex") == std::string::npos, path);
        CHECK_MESSAGE(path.find("Example") == std::string::npos, path);
        if (entry.path().filename() == ".gitignore" || entry.path().filename() == ".gitattributes")
            continue; // shared with the repository, not case data
        CHECK_MESSAGE(mode_of(entry.path()) == (entry.is_directory() ? 0700u : 0600u), path);
    }
}

TEST_CASE("referral: a household member's date of birth may precede the calendar's range") {
    // Parents and grandparents were often born before 1990, where the working-day calendar
    // starts; no deadline counts from their dates of birth, so 1900 onwards is taken.
    TempDir t;
    REQUIRE(scr({"init", "p", "--name", "Example SCP"}, {.cwd = t.path()}).code == 0);
    const fs::path p = t / "p";
    auto referral = [&](const std::string& dob) {
        return scr({"--no-input", "referral", "new", "--kind", "serious-incident", "--received",
                    "2026-11-02", "--incident-date", "2026-11-01", "--referrer-name", "R",
                    "--child-name", "Kim Test", "--summary", "S", "--household",
                    "Pat Grand, grandmother, female, " + dob},
                   {.cwd = p});
    };
    const Run ok = referral("1958-03-04");
    REQUIRE_MESSAGE(ok.code == 0, ok.err);
    CHECK(read_text(p / "cases/2026-001.yaml").find("date_of_birth: 1958-03-04") !=
          std::string::npos);
    CHECK(scr({"check"}, {.cwd = p}).code == 0);
    const Run redacted =
        scr({"--as-of", "2026-12-01", "report", "case", "2026-001", "--redact"}, {.cwd = p});
    CHECK(redacted.out.find("68 years") != std::string::npos);
    CHECK(redacted.out.find("1958") == std::string::npos);

    const Run old = referral("1899-12-31");
    CHECK(old.code == 2);
    CHECK(old.err == "scr: --household: the date of birth is outside 1900 to 2099\n");
    // A child's date of birth keeps the calendar's range: a child is under 18.
    const Run child = scr({"--no-input", "referral", "new", "--kind", "serious-incident",
                           "--received", "2026-11-02", "--incident-date", "2026-11-01",
                           "--referrer-name", "R", "--child-name", "Kim Test", "--summary", "S",
                           "--child-dob", "1985-01-01"},
                          {.cwd = p});
    CHECK(child.code == 2);
}

TEST_CASE("referral from JSON: an escape then a backslash at the end is read and not a crash") {
    // Found by fuzz_case (tests/fuzz/regressions/case): joining surrogate pairs looked past the
    // end of the text for a second \u when a backslash came within six bytes of it, and scr
    // aborted.
    TempDir t;
    const fs::path p = partnership(t, "p");
    const std::string json = R"({"kind": "learning-request", "received": "2026-11-20",
 "referrer": {"name": "R"}, "children": [{"name": "C"}],
 "incident": {"summary": "caf\u00e9 \\"}})";
    const Run r = scr({"referral", "new", "--from", "-"}, {.input = json, .cwd = p});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    CHECK(read_text(p / "cases/2026-001.yaml").find("caf\xC3\xA9 \\") != std::string::npos);
}

TEST_CASE("referral from JSON followed by a stray comma is refused at once and not a hang") {
    // Found by fuzz_case (tests/fuzz/regressions/case): yaml-cpp 0.7 looped forever, allocating,
    // on a ',' after the document.
    TempDir t;
    const fs::path p = partnership(t, "p");
    const Run r = scr({"referral", "new", "--from", "-"},
                      {.input = std::string(coc_json) + ",\n", .cwd = p});
    CHECK(r.code == 2);
    // The comma ends the last line (11) of the JSON, after its 63 characters.
    CHECK(r.err == "<stdin>:11:64: yaml: not valid YAML: unexpected ','\n");
    CHECK(fs::is_empty(p / "cases"));
}
