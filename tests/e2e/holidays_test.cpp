// `scr holidays list` and `scr holidays import`.
#include "harness.h"

#include <nlohmann/json.hpp>

using namespace e2e;

TEST_CASE("holidays list shows a year's bank holidays as table / csv or json") {
    const Run table = scr({"holidays", "list", "2026"});
    CHECK(table.code == 0);
    CHECK(table.out.rfind("date  ", 0) == 0);
    CHECK(table.out.find("2026-12-28  Monday    Boxing Day (substitute day)") != std::string::npos);
    CHECK(std::count(table.out.begin(), table.out.end(), '\n') == 9); // header + 8 days
    const Run csv = scr({"holidays", "list", "2026", "--format", "csv"});
    CHECK(csv.out.rfind("date,weekday,title,kind,division,source\r\n", 0) == 0);
    CHECK(csv.out.find("2026-04-03,Friday,Good Friday,bank-holiday,england-and-wales,rules\r\n") !=
          std::string::npos);
    const auto j = nlohmann::json::parse(
        scr({"holidays", "list", "2026", "--format", "json", "--division", "scotland"}).out);
    REQUIRE(j.size() == 10);
    CHECK(j[5]["date"] == "2026-06-15");
    CHECK(j[5]["division"] == "scotland");
    CHECK(j[5]["source"] == "rules");
    // Without a year: the year of --as-of.
    CHECK(scr({"--as-of", "2027-03-01", "holidays", "list"}).out.find("2027-12-27") !=
          std::string::npos);
}

TEST_CASE("holidays list refuses a bad year or format") {
    for (const char* y : {"1989", "2100", "26", "twenty"}) {
        const Run r = scr({"holidays", "list", y});
        CHECK(r.code == 2);
        CHECK(r.err.find("YEAR") != std::string::npos);
    }
    CHECK(scr({"holidays", "list", "2026", "--format", "ics"}).code == 2);
}

TEST_CASE("holidays import stores GOV.UK data in the partnership and it wins over the rules") {
    TempDir t;
    REQUIRE(scr({"init", "--name", "Example"}, {.cwd = t.path()}).code == 0);
    const Run r = scr({"holidays", "import", data("govuk-bank-holidays.json")}, {.cwd = t.path()});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("england-and-wales: 83 bank holidays, 2019 to 2028") != std::string::npos);
    CHECK(mode_of(t / "bank-holidays.json") == 0600);
    CHECK(scr({"holidays", "list", "2026", "--format", "csv"}, {.cwd = t.path()})
              .out.find(",imported\r\n") != std::string::npos);
    // A later import of one made-up year replaces that year only; the rest stays.
    write_text(t / "one-year.json",
               R"({"england-and-wales":{"division":"england-and-wales","events":[
      {"title":"New Year’s Day","date":"2030-01-01","notes":"","bunting":true}]}})");
    const Run second = scr({"holidays", "import", "-"},
                           {.input = read_text(t / "one-year.json"), .cwd = t.path()});
    REQUIRE(second.code == 0);
    CHECK(second.out.find("differ from the built-in rules") != std::string::npos);
    CHECK(scr({"days", "is", "2030-12-25"}, {.cwd = t.path()}).code == 0); // official list wins
    CHECK(scr({"days", "is", "2031-12-25"}, {.cwd = t.path()}).code == 1); // rules elsewhere
    CHECK(scr({"holidays", "list", "2028", "--format", "csv"}, {.cwd = t.path()})
              .out.find(",imported\r\n") != std::string::npos);
}

TEST_CASE("holidays import of a malformed file: exit 2 / file and line named / nothing changed") {
    TempDir t;
    REQUIRE(scr({"init", "--name", "Example"}, {.cwd = t.path()}).code == 0);
    REQUIRE(scr({"holidays", "import", data("govuk-bank-holidays.json")}, {.cwd = t.path()}).code ==
            0);
    const std::string before = read_text(t / "bank-holidays.json");
    write_text(t / "bad.json", "{\"scotland\": {\"division\": \"scotland\", \"events\": [\n"
                               "  {\"title\": \"X\", \"date\": \"2030-02-30\"}]}}\n");
    const Run r = scr({"holidays", "import", "bad.json"}, {.cwd = t.path()});
    CHECK(r.code == 2);
    CHECK(r.err.rfind("bad.json:2:", 0) == 0);
    CHECK(r.err.find("scotland.events[0].date") != std::string::npos);
    write_text(t / "trunc.json", "{\"scotland\": {\"division\": \"scotland\", \"events\": [\n");
    const Run trunc = scr({"holidays", "import", "trunc.json"}, {.cwd = t.path()});
    CHECK(trunc.code == 2);
    CHECK(trunc.err.rfind("trunc.json:", 0) == 0);
    CHECK(scr({"holidays", "import", "missing.json"}, {.cwd = t.path()}).code == 2);
    // A number no double holds was an abort (found by fuzz_govuk, tests/fuzz/regressions/govuk).
    write_text(t / "huge.json",
               "{\"scotland\": {\"division\": \"scotland\", \"events\": [\n"
               "  {\"title\": \"X\", \"date\": \"2030-01-01\", \"bunting\": 1e400}]}}\n");
    const Run huge = scr({"holidays", "import", "huge.json"}, {.cwd = t.path()});
    CHECK(huge.code == 2);
    CHECK(huge.err.rfind("huge.json:2:", 0) == 0);
    CHECK(huge.err.find("not valid JSON") != std::string::npos);
    CHECK(read_text(t / "bank-holidays.json") == before);
    CHECK(fs::directory_iterator(t.path()) != fs::directory_iterator()); // no temporary files left
    for (const auto& e : fs::directory_iterator(t.path()))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE("holidays import outside a partnership says how to get one") {
    TempDir t;
    const Run r = scr({"holidays", "import", data("govuk-bank-holidays.json")}, {.cwd = t.path()});
    CHECK(r.code == 2);
    CHECK(r.err.find("not inside a partnership directory") != std::string::npos);
    CHECK(r.err.find("scr init") != std::string::npos);
}

TEST_CASE("a rejected import leaves the partnership as it was and usable") {
    TempDir t;
    REQUIRE(scr({"init", "--name", "Example"}, {.cwd = t.path()}).code == 0);
    write_text(t / "empty.json",
               R"({"england-and-wales":{"division":"england-and-wales","events":[]}})");
    const Run r = scr({"holidays", "import", "empty.json"}, {.cwd = t.path()});
    CHECK(r.code == 2);
    CHECK(r.err.find("lists no bank holidays") != std::string::npos);
    CHECK_FALSE(fs::exists(t / "bank-holidays.json"));
    CHECK(scr({"days", "is", "2026-12-25"}, {.cwd = t.path()}).code == 1);
    const Run dir = scr({"holidays", "import", t.path().string()}, {.cwd = t.path()});
    CHECK(dir.code == 2);
    CHECK(dir.err.find("is a directory") != std::string::npos);
    const Run huge =
        scr({"holidays", "import", "-"}, {.input = std::string(9 << 20, ' '), .cwd = t.path()});
    CHECK(huge.code == 2);
    CHECK(huge.err.find("larger than") != std::string::npos);
    CHECK_FALSE(fs::exists(t / "bank-holidays.json"));
}

TEST_CASE("an import waits for another writer's lock / then lands") {
    TempDir t;
    REQUIRE(scr({"init", "--name", "Example"}, {.cwd = t.path()}).code == 0);
    if (shell("command -v flock >/dev/null").code != 0) return;
    // The holder writes "holder" just before releasing; the import must come after it.
    const Run r =
        shell("mkdir -p .scr && { flock .scr/lock sh -c 'sleep 1; echo holder >> order' & } && "
              "sleep 0.3 && \"$SCR\" holidays import " +
                  data("govuk-bank-holidays.json") + " > /dev/null && echo import >> order && wait",
              {.cwd = t.path()});
    CHECK(r.code == 0);
    CHECK(read_text(t / "order") == "holder\nimport\n");
    CHECK(fs::exists(t / "bank-holidays.json"));
}

TEST_CASE("holidays list --calendar local shows each closure day once / never over a bank holiday") {
    TempDir t;
    write_text(t / "scr.yaml", "name: Example\ndivision: england-and-wales\nclosures:\n"
                               "  - from: 2026-12-24\n    to: 2026-12-31\n    reason: Shut\n"
                               "  - from: 2026-12-30\n    to: 2027-01-04\n    reason: Also shut\n");
    const std::string csv =
        scr({"holidays", "list", "2026", "--calendar", "local", "--format", "csv"},
            {.cwd = t.path()})
            .out;
    CHECK(csv.find("2026-12-25,Friday,Christmas Day,bank-holiday") != std::string::npos);
    CHECK(csv.find("2026-12-25,Friday,Shut") == std::string::npos);
    CHECK(csv.find("2026-12-24,Thursday,Shut,closure") != std::string::npos);
    CHECK(csv.find("2026-12-30,Wednesday,Shut,closure") != std::string::npos);
    CHECK(csv.find("2026-12-30,Wednesday,Also shut") == std::string::npos);
}
