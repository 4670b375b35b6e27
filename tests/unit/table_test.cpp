#include <doctest/doctest.h>

#include "report/table.h"

using namespace scr;

TEST_CASE("table::render_table pads columns by characters / not bytes") {
    const Table t{{"date", "title"}, {{"2026-01-01", "New Year’s Day"}, {"2026-12-25", "Xmas"}}};
    CHECK(render_table(t, Emphasis::none) ==
          "date        title\n2026-01-01  New Year’s Day\n2026-12-25  Xmas\n");
    CHECK(render_table(t, Emphasis::ansi).rfind("\x1b[1m", 0) == 0);
}

TEST_CASE("table::render_csv quotes only what needs it") {
    const Table t{{"a", "b"}, {{"x,y", "say \"hi\""}, {"plain", "line\nbreak"}}};
    CHECK(render_csv(t) == "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\nplain,\"line\nbreak\"\r\n");
}
