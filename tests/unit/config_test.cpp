// scr.yaml: what init writes must read back, and mistakes are named with line and field.
#include "helpers.h"

#include "store/partnership.h"

using namespace scr;
using scr::test::d;

TEST_CASE("config::format_config and parse_config round-trip") {
    PartnershipConfig c{"yes",
                        Division::scotland,
                        "TEES",
                        {"statutory", "bury"},
                        {{d("2026-12-29"), d("2026-12-31"), "Offices closed: Christmas"},
                         {d("2027-04-01"), d("2027-04-01"), "no"}}};
    const std::string text = format_config(c);
    auto back = parse_config(text, "scr.yaml");
    REQUIRE_MESSAGE(back.ok(), text);
    CHECK(back->name == "yes"); // quoted on write, so it stays a string
    CHECK(back->division == Division::scotland);
    REQUIRE(back->closures.size() == 2);
    CHECK(back->closures[0].reason == "Offices closed: Christmas");
    CHECK(back->closures[1].from == d("2027-04-01"));
    CHECK(back->closures[1].reason == "no");
    CHECK(back->id_prefix == "TEES");
    CHECK(back->profiles == std::vector<std::string>{"statutory", "bury"});
    CHECK(format_config(*back) == text);
}

TEST_CASE("config::parse_config names file / line and field") {
    auto unknown = parse_config("name: X\ndivision: scotland\ndivsion: wales\n", "scr.yaml");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().diag.line == 3);
    CHECK(unknown.error().diag.field == "divsion");

    auto dup = parse_config("name: X\ndivision: scotland\nname: Y\n", "scr.yaml");
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().diag.field == "name");
    CHECK(dup.error().diag.line == 3);

    auto bad_date =
        parse_config("name: X\ndivision: scotland\nclosures:\n  - date: 2026-02-30\n", "scr.yaml");
    REQUIRE_FALSE(bad_date.ok());
    CHECK(bad_date.error().diag.field == "closures[0].date");
    CHECK(bad_date.error().diag.line == 4);

    CHECK_FALSE(parse_config("name: X\n", "scr.yaml").ok()); // no division
    CHECK_FALSE(parse_config("name: X\ndivision: wales\n", "scr.yaml").ok());
    CHECK_FALSE(parse_config("name: [\n", "scr.yaml").ok()); // malformed
    CHECK_FALSE(parse_config("- a\n", "scr.yaml").ok());     // not a map
    CHECK_FALSE(
        parse_config(
            "name: X\ndivision: scotland\nclosures:\n  - from: 2026-12-31\n    to: 2026-12-01\n",
            "s")
            .ok());
    CHECK_FALSE(
        parse_config("name: X\ndivision: scotland\nclosures:\n  - from: 2026-12-31\n", "s").ok());
    CHECK_FALSE(parse_config(std::string(100000, '['), "s").ok());
}

TEST_CASE("config::refuses what could hang / flood memory or break a terminal") {
    auto wide = parse_config(
        "name: X\ndivision: scotland\nclosures:\n  - from: 1990-01-01\n    to: 2099-12-31\n", "s");
    REQUIRE_FALSE(wide.ok());
    CHECK(wide.error().diag.message.find("366") != std::string::npos);
    std::string aliases = "name: X\ndivision: scotland\nclosures: [&a {date: 2026-12-29}";
    for (int i = 0; i < 600; ++i)
        aliases += ", *a";
    aliases += "]\n";
    CHECK_FALSE(parse_config(aliases, "s").ok());
    auto escape = parse_config("name: X\ndivision: scotland\nclosures:\n  - date: 2026-12-29\n    "
                               "reason: \"a\\nb\\e[31m\"\n",
                               "s");
    REQUIRE_FALSE(escape.ok());
    CHECK(escape.error().diag.field == "closures[0].reason");
    auto two = parse_config("name: X\ndivision: scotland\n---\nname: Y\ndivision: wales\n", "s");
    REQUIRE_FALSE(two.ok());
    CHECK(two.error().diag.message.find("more than one document") != std::string::npos);
    CHECK_FALSE(parse_config("name: X\ndivision: scotland\nclosures: {}\n", "s").ok());
    CHECK(parse_config("name: X\ndivision: scotland\nclosures:\n", "s").ok());
}
