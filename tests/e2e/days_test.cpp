// `scr days`: the working-day calculator, run as a user runs it.
#include "harness.h"

#include <nlohmann/json.hpp>

using namespace e2e;

TEST_CASE("days add prints WORKDAY across Christmas / weekends and back") {
    CHECK(scr({"days", "add", "2026-12-24", "1"}).out == "2026-12-29\n");
    CHECK(scr({"days", "add", "2026-12-24", "5wd"}).out == "2027-01-05\n");
    CHECK(scr({"days", "add", "2026-11-21", "1"}).out == "2026-11-23\n");  // from a Saturday
    CHECK(scr({"days", "add", "2026-12-29", "-1"}).out == "2026-12-24\n"); // negative count
    CHECK(scr({"days", "add", "2026-11-21", "0"}).out == "2026-11-21\n");
    CHECK(scr({"days", "add", "2026-08-31", "6m"}).out == "2027-02-28\n");
    CHECK(scr({"days", "add", "2026-11-20", "3d"}).out == "2026-11-23\n");
    CHECK(scr({"days", "add", "2026-11-20", "-2w"}).out == "2026-11-06\n");
    const Run r = scr({"days", "add", "2026-11-18", "5"});
    CHECK(r.code == 0);
    CHECK(r.err.empty());
}

TEST_CASE("days add takes today and relative dates from --as-of or SCR_TODAY") {
    CHECK(scr({"--as-of", "2026-11-20", "days", "add", "today", "5"}).out == "2026-11-27\n");
    CHECK(scr({"days", "add", "today", "5", "--as-of", "2026-11-20"}).out == "2026-11-27\n");
    CHECK(scr({"days", "add", "+1wd", "0"}, {.env = {{"SCR_TODAY", "2026-11-20"}}}).out ==
          "2026-11-23\n");
    // --as-of wins over SCR_TODAY.
    CHECK(scr({"--as-of", "2026-12-24", "days", "add", "today", "1"},
              {.env = {{"SCR_TODAY", "2026-11-20"}}})
              .out == "2026-12-29\n");
    const Run bad = scr({"days", "add", "today", "1"}, {.env = {{"SCR_TODAY", "2026-02-30"}}});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("SCR_TODAY") != std::string::npos);
    const Run bad_flag = scr({"--as-of", "20261120", "days", "add", "today", "1"});
    CHECK(bad_flag.code == 2);
    CHECK(bad_flag.err.find("--as-of") != std::string::npos);
}

TEST_CASE("days add refuses bad input with exit 2 / naming the argument") {
    struct Case {
        std::vector<std::string> args;
        const char* names;
    };
    for (const Case& c :
         {Case{{"days", "add", "2026-02-30", "1"}, "DATE"},
          Case{{"days", "add", "26-02-01", "1"}, "DATE"},
          Case{{"days", "add", "2026-1-5", "1"}, "DATE"},
          Case{{"days", "add", "2026-01-05junk", "1"}, "DATE"},
          Case{{"days", "add", "2026\n01", "1"}, "2026\\x0a01"},
          Case{{"days", "add", "2026-01-05", "five"}, "COUNT"},
          Case{{"days", "add", "2026-01-05", "5y"}, "COUNT"},
          Case{{"days", "add", "2026-01-05"}, "COUNT"},
          Case{{"days", "add", "2099-12-30", "5"}, "COUNT: 5 working days from 2099-12-30"},
          Case{{"days", "add", "1989-06-01", "5"}, "DATE: 1989-06-01 is outside"},
          Case{{"days", "add", "+100000d", "1"}, "DATE: +100000d is outside"},
          Case{{"days", "add", "2026-01-05", "1", "--division", "wales"}, "--division"},
          Case{{"days", "add", "2026-01-05", "1", "--calendar", "office"}, "--calendar"},
          Case{{"days", "add", "2026-01-05", "1", "--format", "csv"}, "--format"}}) {
        CAPTURE(c.args);
        const Run r = scr(c.args);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(c.names) != std::string::npos);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
}

TEST_CASE("days add - streams one answer a line") {
    const Run r = scr({"days", "add", "-"},
                      {.input = "2026-12-24 1\n2026-12-24 5\n\n2026-08-31 6m\n2026-11-23 -1\n"});
    CHECK(r.code == 0);
    CHECK(r.out == "2026-12-29\n2027-01-05\n\n2027-02-28\n2026-11-20\n");
    // No newline at the end of the input, and CRLF line ends from Windows tools.
    CHECK(scr({"days", "add", "-"}, {.input = "2026-12-24 1\r\n2026-12-24 2"}).out ==
          "2026-12-29\n2026-12-30\n");
    // A bad line stops the batch: what came before is kept, the error names the line.
    const Run bad =
        scr({"days", "add", "-"}, {.input = "2026-12-24 1\n2026-12-24\n2026-12-24 2\n"});
    CHECK(bad.code == 2);
    CHECK(bad.out == "2026-12-29\n");
    CHECK(bad.err.rfind("<stdin>:2: line:", 0) == 0);
    const Run extra = scr({"days", "add", "-"}, {.input = "2026-12-24 1 and more\n"});
    CHECK(extra.code == 2);
    CHECK(extra.err.rfind("<stdin>:1: line: expected only DATE and COUNT", 0) == 0);
    const Run bad_date = scr({"days", "add", "-"}, {.input = "2026-02-30 1\n"});
    CHECK(bad_date.err.rfind("<stdin>:1: DATE:", 0) == 0);
    CHECK(scr({"days", "add", "-", "5"}).code == 2);
}

TEST_CASE("days add --format json") {
    const Run r = scr({"days", "add", "2026-12-24", "1", "--format", "json"});
    REQUIRE(r.code == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["date"] == "2026-12-29");
    CHECK(j["from"] == "2026-12-24");
    CHECK(j["count"] == 1);
    CHECK(j["unit"] == "wd");
    CHECK(j["weekday"] == "Tuesday");
}

TEST_CASE("days between counts working days after A up to and including B") {
    CHECK(scr({"days", "between", "2026-12-24", "2027-01-04"}).out == "4\n");
    CHECK(scr({"days", "between", "2026-12-24", "2027-01-04", "--inclusive"}).out == "5\n");
    CHECK(scr({"days", "between", "2027-01-04", "2026-12-24"}).out == "-4\n");
    CHECK(scr({"days", "between", "2027-01-04", "2026-12-24", "--inclusive"}).out == "-5\n");
    CHECK(scr({"days", "between", "2026-11-18", "2026-11-25"}).out == "5\n");
    const auto j = nlohmann::json::parse(
        scr({"days", "between", "2026-11-18", "2026-11-25", "--format", "json"}).out);
    CHECK(j["working_days"] == 5);
    const Run bad = scr({"days", "between", "2026-11-18", "2026-11-31"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("B:") != std::string::npos);
}

TEST_CASE("days is answers yes or no with the reason / exit 0 or 1") {
    const Run yes = scr({"days", "is", "2026-11-23"});
    CHECK(yes.code == 0);
    CHECK(yes.out == "yes: Monday is a working day\n");
    const Run no = scr({"days", "is", "2026-12-28"});
    CHECK(no.code == 1);
    CHECK(no.out == "no: Boxing Day (substitute day)\n");
    CHECK(scr({"days", "is", "2026-11-21"}).out == "no: Saturday\n");
    CHECK(scr({"days", "is", "2022-09-19"}).out ==
          "no: Bank Holiday for the State Funeral of Queen Elizabeth II\n");
    const auto j = nlohmann::json::parse(scr({"days", "is", "2026-12-25", "--format", "json"}).out);
    CHECK(j["working_day"] == false);
    CHECK(j["reason"] == "Christmas Day");
}

TEST_CASE("days uses the chosen division") {
    CHECK(scr({"days", "is", "2026-06-15", "--division", "scotland"}).code == 1);
    CHECK(scr({"days", "is", "2026-06-15"}).code == 0);
    CHECK(scr({"days", "is", "2026-04-06", "--division", "scotland"}).code ==
          0); // no Easter Monday
    CHECK(scr({"days", "is", "2026-03-17", "--division", "northern-ireland"}).out ==
          "no: St Patrick’s Day\n");
    CHECK(scr({"days", "add", "2026-07-10", "1", "--division", "northern-ireland"}).out ==
          "2026-07-14\n");
}

TEST_CASE("days add - answers each line as it arrives / so a coprocess can ask one at a time") {
    // If scr waited for more input (or a full buffer) before answering, `read` would time out.
    const Run r = shell(
        "d=$(mktemp -d) && mkfifo \"$d/in\" \"$d/out\" && "
        "{ \"$SCR\" -C / days add - <\"$d/in\" >\"$d/out\" & } && exec 3>\"$d/in\" 4<\"$d/out\" && "
        "echo '2026-12-24 1' >&3 && read -t 10 a <&4 && echo '2026-08-31 6m' >&3 && read -t 10 b "
        "<&4 && "
        "exec 3>&- && wait && echo \"$a $b\" && rm -r \"$d\"");
    CHECK(r.out == "2026-12-29 2027-02-28\n");
}
