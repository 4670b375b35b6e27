// `scr init` and working inside a partnership directory.
#include "harness.h"

using namespace e2e;

TEST_CASE("init creates a private partnership directory and refuses to overwrite one") {
    TempDir t;
    const Run r = scr({"init", "p", "--name", "Exampletown Safeguarding Children Partnership",
                       "--division", "scotland"},
                      {.cwd = t.path()});
    REQUIRE(r.code == 0);
    CHECK(r.out.find("created partnership") != std::string::npos);
    CHECK(mode_of(t / "p") == 0700);
    CHECK(mode_of(t / "p/cases") == 0700);
    CHECK(mode_of(t / "p/scr.yaml") == 0600);
    CHECK(fs::exists(t / "p/.gitattributes"));
    CHECK(fs::exists(t / "p/.gitignore"));
    const std::string yaml = read_text(t / "p/scr.yaml");
    CHECK(yaml.find("name: Exampletown Safeguarding Children Partnership\n") != std::string::npos);
    CHECK(yaml.find("division: scotland\n") != std::string::npos);

    const Run again = scr({"init", "p", "--name", "Other"}, {.cwd = t.path()});
    CHECK(again.code == 2);
    CHECK(again.err.find("already exists") != std::string::npos);
    CHECK(read_text(t / "p/scr.yaml") == yaml);
}

TEST_CASE("init in an existing git checkout keeps the user's .gitignore and .gitattributes") {
    TempDir t;
    write_text(t / ".gitignore", "*.xlsx\n");
    write_text(t / ".gitattributes", "*.pdf binary");
    REQUIRE(scr({"init", "--name", "Example"}, {.cwd = t.path()}).code == 0);
    CHECK(read_text(t / ".gitignore") == "*.xlsx\n/.scr/\n");
    CHECK(read_text(t / ".gitattributes") ==
          "*.pdf binary\n*.yaml text eol=lf\n*.json text eol=lf\ncases/*.yaml merge=scr\n");
}

TEST_CASE("init refuses bad options with exit 2 and writes nothing") {
    TempDir t;
    CHECK(scr({"init", "p", "--name", "X", "--division", "wales"}, {.cwd = t.path()}).code == 2);
    CHECK(scr({"init", "p"}, {.cwd = t.path()}).code == 2); // --name is required
    CHECK(scr({"init", "p", "--name", " "}, {.cwd = t.path()}).code == 2);
    CHECK(scr({"init", "p", "--name", "X", "--format", "json"}, {.cwd = t.path()}).code == 2);
    CHECK_FALSE(fs::exists(t / "p"));
}

TEST_CASE("commands inside a partnership use its division / from any subdirectory or -C") {
    TempDir t;
    REQUIRE(scr({"init", "--name", "Scots", "--division", "scotland"}, {.cwd = t.path()}).code ==
            0);
    CHECK(scr({"days", "is", "2026-06-15"}, {.cwd = t / "cases"}).code == 1);
    CHECK(scr({"-C", t.path().string(), "days", "is", "2026-06-15"}).code == 1);
    CHECK(scr({"days", "is", "2026-06-15"}, {.env = {{"SCR_DIR", t.path().string()}}}).code == 1);
    CHECK(scr({"days", "is", "2026-06-15", "--division", "england-and-wales"}, {.cwd = t.path()})
              .code == 0);
    const Run missing = scr({"-C", (t / "nowhere").string(), "days", "is", "2026-06-15"});
    CHECK(missing.code == 2);
    CHECK(missing.err.find("-C") != std::string::npos);
}

TEST_CASE("closures in scr.yaml count on the local calendar only") {
    TempDir t;
    write_text(t / "scr.yaml",
               "name: Example\ndivision: england-and-wales\nclosures:\n"
               "  - from: 2026-12-29\n    to: 2026-12-31\n    reason: Offices closed\n");
    CHECK(scr({"days", "add", "2026-12-24", "1"}, {.cwd = t.path()}).out == "2026-12-29\n");
    CHECK(scr({"days", "add", "2026-12-24", "1", "--calendar", "local"}, {.cwd = t.path()}).out ==
          "2027-01-04\n");
    CHECK(scr({"days", "is", "2026-12-30", "--calendar", "local"}, {.cwd = t.path()}).out ==
          "no: office closure: Offices closed\n");
    const Run list = scr({"holidays", "list", "2026", "--calendar", "local", "--format", "csv"},
                         {.cwd = t.path()});
    CHECK(list.out.find("2026-12-30,Wednesday,Offices closed,closure,england-and-wales,scr.yaml") !=
          std::string::npos);
}

TEST_CASE("a broken scr.yaml is reported with file / line and field / exit 2") {
    TempDir t;
    write_text(t / "scr.yaml",
               "name: Example\ndivision: england-and-wales\nclosures:\n  - date: 2026-12-32\n");
    const Run r = scr({"days", "add", "2026-12-24", "1"}, {.cwd = t.path()});
    CHECK(r.code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("scr.yaml:4:") != std::string::npos);
    CHECK(r.err.find("closures[0].date") != std::string::npos);
    write_text(t / "scr.yaml", "name: Example\ndivision: england-and-wales\ndivision: scotland\n");
    const Run dup = scr({"days", "is", "2026-06-15"}, {.cwd = t.path()});
    CHECK(dup.code == 2);
    CHECK(dup.err.find("scr.yaml:3:") != std::string::npos);
}

TEST_CASE("init over a file / or with a file named cases / refuses and changes nothing") {
    TempDir t;
    write_text(t / "f", "hi\n");
    fs::permissions(t / "f", fs::perms(0644));
    const Run r = scr({"init", "f", "--name", "X"}, {.cwd = t.path()});
    CHECK(r.code == 2);
    CHECK(r.err.find("not a directory") != std::string::npos);
    CHECK(mode_of(t / "f") == 0644);
    CHECK(read_text(t / "f") == "hi\n");
    fs::create_directory(t / "p");
    write_text(t / "p/cases", "notes\n");
    CHECK(scr({"init", "p", "--name", "X"}, {.cwd = t.path()}).code == 2);
    CHECK_FALSE(fs::exists(t / "p/scr.yaml"));
    CHECK(read_text(t / "p/cases") == "notes\n");
}
