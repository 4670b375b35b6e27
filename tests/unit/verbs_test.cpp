// cmd/ verbs called directly with string streams, as the design promises (no process, no TTY).
#include "helpers.h"

#include "commands.h"

#include <sstream>

using namespace scr;
using namespace scr::cli;

namespace {

struct FakeIo {
    std::ostringstream out, err;
    std::istringstream in;
    Context ctx;
    explicit FakeIo(std::string input = {})
        : in(std::move(input)), ctx{Io{out, err, in}, {}, test::d("2026-11-20"), {}} {
        ctx.globals.chdir = "/"; // outside any partnership: the built-in England and Wales rules
    }
};

} // namespace

TEST_CASE("verbs::run_days_add") {
    FakeIo io;
    CHECK(run_days_add({"today", "5", {}}, io.ctx) == exit_ok);
    CHECK(io.out.str() == "2026-11-27\n");
    FakeIo bad;
    CHECK(run_days_add({"2026-02-30", "5", {}}, bad.ctx) == exit_usage);
    CHECK(bad.out.str().empty());
    CHECK(bad.err.str().find("DATE") != std::string::npos);
}

TEST_CASE("verbs::run_days_add streams lines and stops at the first bad one") {
    FakeIo io("2026-12-24 1\n\n2026-08-31 6m\r\n2026-12-24 -1wd\n2026-13-01 1\n2026-01-01 1\n");
    CHECK(run_days_add({"-", "", {}}, io.ctx) == exit_usage);
    CHECK(io.out.str() == "2026-12-29\n\n2027-02-28\n2026-12-23\n");
    CHECK(io.err.str().rfind("<stdin>:5: DATE:", 0) == 0);
}

TEST_CASE("verbs::run_days_is exits 1 on a non-working day with the reason") {
    FakeIo io;
    CHECK(run_days_is({"2026-12-28", {"", "statutory"}}, io.ctx) == exit_found);
    CHECK(io.out.str() == "no: Boxing Day (substitute day)\n");
    FakeIo scot;
    CHECK(run_days_is({"2026-06-15", {"scotland", "statutory"}}, scot.ctx) == exit_found);
    FakeIo bad;
    CHECK(run_days_is({"2026-06-15", {"wales", "statutory"}}, bad.ctx) == exit_usage);
    CHECK(bad.err.str().find("--division") != std::string::npos);
}
