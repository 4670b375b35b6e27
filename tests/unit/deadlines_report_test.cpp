// report/deadlines_*: wording and the iCalendar rules that a parser test cannot pin down alone.
#include "helpers.h"

#include "report/deadlines_report.h"

using namespace scr;
using scr::test::d;
using scr::test::england;

namespace {

Deadline open_action(const std::string& id, const std::string& owner) {
    Deadline x;
    x.case_id = "2026-014";
    x.milestone = "action:" + id;
    x.title = "Talk to Alex Example's school";
    x.owner = owner;
    x.source = "action plan";
    x.due = d("2026-12-04");
    x.status = DeadlineStatus::pending;
    x.working_days_left = 3;
    x.children = {"Child A"};
    return x;
}

} // namespace

TEST_CASE("report::render_deadlines_ics keeps action text out and UIDs distinct") {
    const Calendars cals{england(), england()};
    const IcsOptions opt{"Example SCP", "example-scp.scr", 2, d("2026-12-01")};
    auto ics = render_deadlines_ics({open_action("A 1", ""), open_action("A-1", "Health; ICB")}, opt, cals);
    REQUIRE(ics.ok());
    CHECK(ics->find("Alex") == std::string::npos); // free text may name someone
    CHECK(ics->find("UID:2026-014-action%3AA%201@example-scp.scr\r\n") != std::string::npos);
    CHECK(ics->find("UID:2026-014-action%3AA-1@example-scp.scr\r\n") != std::string::npos);
    CHECK(ics->find("SUMMARY:2026-014 Child A: action A 1\r\n") != std::string::npos);
    CHECK(ics->find("action A-1 (Health\\; ICB)") != std::string::npos);
    // Two working days before Fri 4 December is Wed 2 December at 09:00.
    CHECK(ics->find("TRIGGER:-P1DT15H\r\n") != std::string::npos);
}

TEST_CASE("report::relative_wording says when in working days") {
    Deadline x = open_action("A1", "Health");
    CHECK(relative_wording(x) == "in 3 working days");
    x.working_days_left = 1;
    CHECK(relative_wording(x) == "in 1 working day");
    x.status = DeadlineStatus::overdue;
    x.working_days_left = -2;
    x.cutoff = "17:00";
    CHECK(relative_wording(x) == "2 working days late, by 17:00");
    x.status = DeadlineStatus::missed;
    x.completed = d("2026-12-08");
    CHECK(relative_wording(x) == "done 2026-12-08, 2 working days late");
}
