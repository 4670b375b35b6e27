// cmd/ verbs called directly with string streams, as the design promises (no process, no TTY).
#include "helpers.h"

#include "commands.h"

#include <cstdlib>
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

TEST_CASE("verbs::run_referral_new / run_event_add and run_case_list with fake I/O") {
    char tmpl[] = "/tmp/scr-verbs-XXXXXX";
    REQUIRE(mkdtemp(tmpl) != nullptr);
    const fs::path root = tmpl;
    PartnershipConfig config;
    config.name = "Example";
    REQUIRE(init_partnership(root, config).ok());
    FakeIo io;
    io.ctx.globals.chdir = root.string();
    ReferralNewOptions opt;
    opt.kind = "learning-request";
    opt.values["--referrer-name"] = {"Sam"};
    opt.values["--child-name"] = {"Alex"};
    CHECK(run_referral_new(opt, io.ctx) == exit_usage); // no summary, and never a prompt
    CHECK(io.err.str() == "scr: --summary: is required for a learning-request referral; give it, "
                          "or run on a terminal without --no-input to be asked\n");
    opt.values["--summary"] = {"Good joint working"};
    FakeIo again;
    again.ctx.globals.chdir = root.string();
    CHECK(run_referral_new(opt, again.ctx) == exit_ok);
    CHECK(again.out.str() == "2026-001\n"); // received: today, 2026-11-20
    FakeIo event;
    event.ctx.globals.chdir = root.string();
    CHECK(run_event_add({"2026-001", "screening", "today", "", "Unit", {"outcome=no-further-action"}},
                        event.ctx) == exit_ok);
    FakeIo list;
    list.ctx.globals.chdir = root.string();
    list.ctx.globals.format = "csv";
    CHECK(run_case_list({}, list.ctx) == exit_ok);
    CHECK(list.out.str() == "id,kind,received,pseudonym,stage\r\n"
                            "2026-001,learning-request,2026-11-20,Child A,no-further-action\r\n");
    fs::remove_all(root);
}
