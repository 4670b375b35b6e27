// The case file codec: what scr reads, what it refuses (with file:line:col: field), and that
// writing is deterministic (PRODUCT.md "The case file"; issue 3).
#include "helpers.h"

#include "case/case_id.h"
#include "case/decode.h"
#include "case/encode.h"
#include "case/yaml_write.h"
#include "process/profile.h"
#include "store/partnership.h"

#include <fmt/format.h>

using namespace scr;

namespace {

// A case as scr writes it: every part of case-example.yaml, with text that needs care.
const std::string example = R"(# yaml-language-server: $schema=../schemas/case.schema.json
id: 2026-014
kind: serious-incident
received: 2026-11-20
referrer:
  name: Sam Example
  role: Designated Safeguarding Lead
  agency: Example Primary School
  email: sam.example@school.example
children:
  - name: Alex Example
    pseudonym: Child A
    unborn: no
    date_of_birth: 2019-03-02
    gender: male
    ethnicity: White British
    send: no
    address: 1 Example Road, Exampletown
    identifiers:
      nhs: "9434765919"
household:
  - name: Jo Example
    relationship: mother
    gender: female
    date_of_birth: 1995-07-14
incident:
  date: 2026-11-17
  summary: |
    Admitted to hospital with injuries inconsistent with the account given.
    Second line: with a colon.
  local_authority: Exampletown
answers:
  abuse_or_neglect: suspected
  died: no
  seriously_harmed: yes
agencies:
  - name: Children's Social Care
  - name: "yes"
events:
  - date: 2026-11-18
    type: aware
  - date: 2026-11-23
    type: screening
    outcome: meets-rapid-review
    rationale: "Suspected non-accidental injury: four agencies involved."
  - date: 2026-12-11
    type: rapid-review-submitted
    recommendation: local-review-independent
    criteria: [improvements-needed, multi-agency-working]
    questions:
      - Why were the bruises not escalated?
    rationale: |-
      Repeated missed opportunities
      across health and education.
  - date: 2026-12-12
    type: strategy-discussion
    venue: "012"
    note: "  padded  "
    by: Sam Example
actions:
  - id: A1
    action: Share the chronology template with the two new agencies.
    owner: Business Unit
    due: 2026-12-01
    done: 2026-11-30
extensions:
  - milestone: rapid-review
    until: 2027-01-08
    agreed_by: National Panel
    reason: Criminal investigation delayed agency returns.
)";

CaseLoad load(const std::string& text) {
    return decode_case(text, "cases/2026-014.yaml", DecodeMode::case_file, "2026-014");
}

std::string first_problem(const std::string& text) {
    const CaseLoad l = load(text);
    REQUIRE_FALSE(l.problems.empty());
    const Diagnostic& p = l.problems.front();
    return fmt::format("{}:{}:{}: {}: {}", p.file, p.line, p.col, p.field, p.message);
}

std::string replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("case::decode then format gives the same bytes") {
    const CaseLoad l = load(example);
    for (const Diagnostic& p : l.problems) MESSAGE(p.line << " " << p.field << " " << p.message);
    REQUIRE(l.value);
    CHECK(l.value->children.at(0).identifiers.nhs == "9434765919");
    CHECK(l.value->agencies.at(1).name == "yes");
    CHECK(l.value->events.at(3).note == "  padded  ");
    CHECK(format_case(*l.value) == example);
}

TEST_CASE("case::yaml_scalar quotes what a YAML reader would take for something else") {
    for (const char* s : {"yes", "No", "null", "~", "012", "1e3", "0x1F", "2026-11-20", "12:30",
                          ".inf", " lead", "trail ", "a: b", "a #b", "- x", "", "\"q\"", "on"})
        CHECK_MESSAGE(needs_quotes(s), s);
    for (const char* s : {"Child A", "1 Example Road, Exampletown", "Children's Social Care",
                          "e-mail", "O'Brien", "B12 3CD"})
        CHECK_MESSAGE(!needs_quotes(s), s);
    CHECK(yaml_scalar("tab\there") == "\"tab\\there\"");
}

TEST_CASE("case::decode names file / line / column and field of each problem") {
    CHECK(first_problem(replace(example, "received: 2026-11-20", "received: 2026-02-30")) ==
          "cases/2026-014.yaml:4:11: received: is not a real date in YYYY-MM-DD form, from 1990 to 2099");
    CHECK(first_problem(replace(example, "kind: serious-incident", "kind: serious")) ==
          "cases/2026-014.yaml:3:7: kind: must be serious-incident, case-of-concern or "
          "learning-request");
    CHECK(first_problem(replace(example, "  died: no\n", "  died: no\n  died: yes\n")) ==
          "cases/2026-014.yaml:35:3: answers.died: appears twice");
    CHECK(first_problem(replace(example, "  gender: female", "  gendre: female")) ==
          "cases/2026-014.yaml:24:5: household[0].gendre: unknown field");
    CHECK(first_problem(replace(example, "    date_of_birth: 2019-03-02\n",
                                "    date_of_birth: 2019-03-02\n    date_of_death: 2019-03-01\n")) ==
          "cases/2026-014.yaml:15:20: children[0].date_of_death: is before date_of_birth");
    CHECK(first_problem(replace(example, "outcome: meets-rapid-review", "outcome: maybe")) ==
          "cases/2026-014.yaml:44:14: events[1].outcome: must be meets-rapid-review, "
          "no-further-action, single-agency-learning or queries-to-referrer");
    CHECK(first_problem(replace(example, "    type: aware\n", "    type: aware\n    outcome: x\n")) ==
          "cases/2026-014.yaml:42:5: events[0].outcome: unknown field");
    CHECK(first_problem(replace(example, "id: 2026-014", "id: 2026-015")).find(
              "does not match the file name") != std::string::npos);
    CHECK(first_problem(replace(example, "\"9434765919\"", "\"9434765918\"")) ==
          "cases/2026-014.yaml:20:12: children[0].identifiers.nhs: is not a valid NHS number");
    CHECK(first_problem(replace(example, "  summary: |", "  summary: [")) ==
          "cases/2026-014.yaml:30:16: yaml: not valid YAML: end of sequence flow not found");
}

TEST_CASE("case::decode never quotes a child's name or identifier in a message") {
    const CaseLoad l = load(replace(example, "  - name: Alex Example\n",
                                    "  - name: [Alex Example]\n"));
    REQUIRE_FALSE(l.problems.empty());
    for (const Diagnostic& p : l.problems) {
        CHECK(p.message.find("Alex") == std::string::npos);
        CHECK(p.hint.find("Alex") == std::string::npos);
    }
}

TEST_CASE("case::decode refuses a merge conflict and deep nesting without a crash") {
    const std::string conflicted =
        replace(example, "kind: serious-incident\n",
                "<<<<<<< HEAD\nkind: serious-incident\n=======\nkind: case-of-concern\n>>>>>>> b\n");
    CHECK(first_problem(conflicted) == "cases/2026-014.yaml:3:1: git: holds an unresolved merge "
                                       "conflict");
    const std::string deep = "id: 2026-014\nkind: " + std::string(200000, '[');
    CHECK(first_problem(deep).find("nested") != std::string::npos);
}

TEST_CASE("case::missing_fields follows the kind") {
    Case c;
    c.kind = Kind::case_of_concern;
    const auto missing = missing_fields(c);
    CHECK(missing == std::vector<std::string>{"received", "referrer.name", "referrer.role",
                                              "referrer.agency", "children[0].name",
                                              "incident.summary"});
}

TEST_CASE("case::parse_case_id accepts one spelling and never echoes the input") {
    CHECK(parse_case_id("2026-014", "ID").ok());
    CHECK(parse_case_id("TEES-2026-1000", "ID")->seq == 1000);
    CHECK(format_case_id({"", 2026, 7}) == "2026-007");
    for (const char* bad : {"2026-14", "2026-0014", "../../x", "2026-000", "Alex Example",
                            "2026-014.yaml", "tees-2026-001", "1899-001"}) {
        auto r = parse_case_id(bad, "ID");
        CHECK_MESSAGE(!r.ok(), bad);
        if (!r) CHECK(r.error().diag.message.find(bad) == std::string::npos);
    }
}

TEST_CASE("case::decode refuses tags / line separators and blank required text") {
    CHECK(first_problem(replace(example, "  local_authority: Exampletown", "  local_authority: !!binary eA==")) ==
          "cases/2026-014.yaml:31:20: incident.local_authority: carries a YAML tag");
    CHECK(first_problem(replace(example, "Child A", "Child\u2028A")).find("children[0].pseudonym: must be one line") !=
          std::string::npos);
    const CaseLoad blank = load(replace(replace(example, "  summary: |\n", "  summary: \"  \"\n"),
                                        "    Admitted to hospital with injuries inconsistent with the account given.\n    Second line: with a colon.\n", ""));
    REQUIRE(blank.problems.size() == 1);
    CHECK(blank.problems[0].field == "incident.summary");
    CHECK(blank.problems[0].message == "is missing");
}

TEST_CASE("case::decode reads JSON's surrogate pairs (emoji) and keeps escaped backslashes") {
    const CaseLoad l = decode_case(R"({"kind": "learning-request", "received": "2026-11-20",
        "referrer": {"name": "R"}, "children": [{"name": "C"}],
        "incident": {"summary": "Cried \ud83d\ude00 and \\ud83d"}})",
                                   "<stdin>", DecodeMode::referral_document);
    REQUIRE(l.value);
    CHECK(l.value->incident.summary == "Cried \xF0\x9F\x98\x80 and \\ud83d");
}

TEST_CASE("case::decode reads JSON whose last escape is a backslash within six bytes of the end") {
    // Found by fuzz_case: the surrogate-pair join read past the end (std::out_of_range, abort).
    for (const char* tail : {R"(\\"}})", R"(\\\\"}})", R"(\u00e9"}})"}) {
        const std::string text =
            std::string(R"({"kind": "learning-request", "incident": {"summary": "caf\u00e9 )") +
            tail;
        const CaseLoad l = decode_case(text, "<stdin>", DecodeMode::referral_document);
        REQUIRE_MESSAGE(l.value, text);
        CHECK(l.value->incident.summary.rfind("caf\xC3\xA9 ", 0) == 0);
    }
}

TEST_CASE("case::decode refuses a stray comma after the document instead of hanging") {
    // Found by fuzz_case: yaml-cpp 0.7's LoadAll reads an empty document at a ',' no node starts
    // with, forever (yaml-cpp issue 1040), so scr check hung and ate memory on such a file.
    const std::vector<std::pair<std::string, std::string>> cases = {
        {",", "case.yaml:1:1: yaml: not valid YAML: unexpected ','"},
        {"{},", "case.yaml:1:3: yaml: not valid YAML: unexpected ','"},
        {"{\"kind\": \"learning-request\"},\n",
         "case.yaml:1:29: yaml: not valid YAML: unexpected ','"},
        {"kind: learning-request\n...\n,", "case.yaml:3:1: yaml: not valid YAML: unexpected ','"},
        {"  kind: learning-request\n,", "case.yaml:2:1: yaml: not valid YAML: unexpected ','"},
        {"kind: learning-request\n---\nkind: case-of-concern\n",
         "case.yaml:3:1: yaml: holds more than one document (---)"},
        {"  kind: learning-request\nreceived: 2026-11-20\n",
         "case.yaml:2:1: yaml: holds more than one document (---)"},
    };
    for (const auto& [text, expected] : cases) {
        const CaseLoad l = decode_case(text, "case.yaml", DecodeMode::referral_document);
        REQUIRE_MESSAGE(l.problems.size() == 1, text);
        const Diagnostic& p = l.problems.front();
        CHECK(fmt::format("{}:{}:{}: {}: {}", p.file, p.line, p.col, p.field, p.message) ==
              expected);
    }
    // Profiles and scr.yaml are read the same way.
    CHECK(parse_profile("{name: p},", "p.yaml").error().diag.message ==
          "not valid YAML: unexpected ','");
    CHECK(parse_config("{name: X},", "scr.yaml").error().diag.message ==
          "not valid YAML: unexpected ','");
}
