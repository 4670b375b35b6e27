// GOV.UK bank-holidays.json: the import must refuse anything malformed with file, line and field.
#include "helpers.h"

#include "calendar/govuk.h"

#include <fmt/format.h>

using namespace scr;
using scr::test::d;

namespace {
const char* good = R"({"england-and-wales":{"division":"england-and-wales","events":[
{"title":"New Year’s Day","date":"2030-01-01","notes":"","bunting":true},
{"title":"Boxing Day","date":"2030-12-26","notes":"","bunting":true}]}})";
}

TEST_CASE("govuk::parse_govuk_json reads divisions and events") {
    auto r = parse_govuk_json(good, "f.json");
    REQUIRE(r.ok());
    const auto& years = r->at(Division::england_and_wales);
    REQUIRE(years.at(2030).size() == 2);
    CHECK(years.at(2030)[1].date == d("2030-12-26"));
    CHECK(years.at(2030)[1].source == HolidaySource::imported);
}

TEST_CASE("govuk::malformed files name file / line and field") {
    auto bad_json = parse_govuk_json("{\n\"england-and-wales\": [\n", "f.json");
    REQUIRE_FALSE(bad_json.ok());
    CHECK(bad_json.error().diag.file == "f.json");
    CHECK(bad_json.error().diag.line >= 2);

    const std::string bad_date = R"({"scotland":{"division":"scotland","events":[
{"title":"A","date":"2030-01-01"},
{"title":"B","date":"2030-02-30"}]}})";
    auto r = parse_govuk_json(bad_date, "f.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().diag.field == "scotland.events[1].date");
    CHECK(r.error().diag.line == 3);

    auto unknown = parse_govuk_json(R"({"wales":{"events":[]}})", "f.json");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().diag.message.find("unknown division") != std::string::npos);

    auto twice = parse_govuk_json(R"({"scotland":{"division":"scotland","events":[
{"title":"A","date":"2030-01-01"},{"title":"B","date":"2030-01-01"}]}})",
                                  "f.json");
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().diag.message.find("twice") != std::string::npos);

    CHECK_FALSE(parse_govuk_json("[]", "f.json").ok());
    CHECK_FALSE(parse_govuk_json("{}", "f.json").ok());
    CHECK_FALSE(
        parse_govuk_json(R"({"scotland":{"division":"england-and-wales","events":[]}})", "f").ok());
    CHECK_FALSE(parse_govuk_json(
                    R"({"scotland":{"division":"scotland","events":[{"date":"2030-01-01"}]}})", "f")
                    .ok());
    CHECK_FALSE(
        parse_govuk_json(
            R"({"scotland":{"division":"scotland","events":[{"title":"A","date":"1980-01-01"}]}})",
            "f")
            .ok());
    CHECK_FALSE(
        parse_govuk_json(
            R"({"scotland":{"division":"scotland","events":[{"title":"A","date":"2030-01-01","bunting":"yes"}]}})",
            "f")
            .ok());
}

TEST_CASE("govuk::deep nesting is refused before parsing") {
    const std::string deep = std::string(200000, '[') + std::string(200000, ']');
    auto r = parse_govuk_json(deep, "deep.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().diag.message.find("nested") != std::string::npos);
}

TEST_CASE("govuk::to_govuk_json round-trips and merge replaces whole division-years") {
    auto first = parse_govuk_json(good, "f.json");
    REQUIRE(first.ok());
    const std::string text = to_govuk_json(*first);
    auto again = parse_govuk_json(text, "again.json");
    REQUIRE(again.ok());
    CHECK(to_govuk_json(*again) == text);

    OfficialHolidays update;
    update[Division::england_and_wales][2030] = {
        {d("2030-05-06"), "Early May bank holiday", "", true, HolidaySource::imported}};
    update[Division::scotland][2031] = {
        {d("2031-01-01"), "New Year’s Day", "", true, HolidaySource::imported}};
    const OfficialHolidays merged = merge_official(*first, update);
    CHECK(merged.at(Division::england_and_wales).at(2030).size() == 1);
    CHECK(merged.at(Division::scotland).at(2031).size() == 1);
    CHECK(years_differing_from_rules(Division::england_and_wales,
                                     merged.at(Division::england_and_wales)) == 1);
    CHECK(official_or_rules(merged, Division::scotland, 2030).size() ==
          rule_holidays(Division::scotland, 2030).size());
}

TEST_CASE("govuk::refuses empty divisions / crowded years and unprintable text") {
    auto empty = parse_govuk_json(R"({"scotland":{"division":"scotland","events":[]}})", "f");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().diag.message == "lists no bank holidays");
    std::string crowded = R"({"scotland":{"division":"scotland","events":[)";
    for (int day = 1; day <= 41; ++day)
        crowded += fmt::format(R"({}{{"title":"X","date":"2030-{:02}-{:02}"}})", day > 1 ? "," : "",
                               (day - 1) / 28 + 1, (day - 1) % 28 + 1);
    crowded += "]}}";
    auto many = parse_govuk_json(crowded, "f");
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().diag.message.find("more than 40") != std::string::npos);
    auto escape = parse_govuk_json(
        R"({"scotland":{"division":"scotland","events":[{"title":"A\u001b[31m","date":"2030-01-01"}]}})",
        "f");
    REQUIRE_FALSE(escape.ok());
    CHECK(escape.error().diag.field == "scotland.events[0].title");
}

TEST_CASE("govuk::an error is located inside the division that has it") {
    const std::string text =
        "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[\n"
        "{\"title\":\"A\",\"date\":\"2030-01-01\"}]},\n"
        "\"scotland\":{\"division\":\"scotland\",\"events\":[\n"
        "{\"title\":\"\",\"date\":\"2030-01-01\"}]}}";
    auto r = parse_govuk_json(text, "f");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().diag.field == "scotland.events[0].title");
    CHECK(r.error().diag.line == 4);
}

TEST_CASE("govuk::a number too large for a double is invalid JSON at its line and not a crash") {
    // Found by fuzz_govuk: json::parse throws out_of_range, not parse_error, for 1e400, and the
    // second parse that looked for the position let it escape (scr holidays import aborted).
    auto r = parse_govuk_json(
        "{\"scotland\": {\"division\": \"scotland\", \"events\": [\n"
        "  {\"title\": \"A\", \"date\": \"2030-01-01\", \"bunting\": 1e400}]}}\n",
        "f.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().diag.file == "f.json");
    CHECK(r.error().diag.line == 2);
    CHECK(r.error().diag.field == "json");
    CHECK(r.error().diag.message == "not valid JSON");
}
