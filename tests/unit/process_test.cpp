// lib/process: profiles and deadlines (issue 5). Every expected date below is worked out by hand
// from the bank-holiday list in the comment beside it, not taken from the code under test.
#include "helpers.h"

#include "process/deadlines.h"
#include "process/select.h"

#include <algorithm>

using namespace scr;
using scr::test::d;
using scr::test::england;

namespace {

// The local calendar: England and Wales plus an office closure from 29 to 31 December 2026.
const Calendar& local_with_closure() {
    static const Calendar cal(Division::england_and_wales, {},
                              {{d("2026-12-29"), d("2026-12-31"), "Christmas shutdown"}},
                              CalendarKind::local);
    return cal;
}

Calendars calendars() {
    return {england(), local_with_closure()};
}

ProfileSet statutory_only() {
    ProfileSet set;
    REQUIRE(add_profile(set, statutory_profile(), "built-in"));
    return set;
}

// A one-milestone profile from its YAML lines.
ProfileSet one(const std::string& milestone_yaml) {
    auto p = parse_profile("name: test\nmilestones:\n  - id: m\n    title: M\n    source: test\n" +
                               milestone_yaml,
                           "test.yaml");
    REQUIRE_MESSAGE(p.ok(), (p.ok() ? "" : p.error().diag.message));
    ProfileSet set;
    REQUIRE(add_profile(set, *p, "test.yaml"));
    return set;
}

Event ev(const std::string& date, const std::string& type,
         std::vector<std::pair<std::string, FieldValue>> fields = {}) {
    return Event{d(date), type, std::move(fields), {}, {}};
}

Case a_case(std::vector<Event> events, Kind kind = Kind::serious_incident) {
    Case c;
    c.id = "2026-014";
    c.kind = kind;
    c.children.push_back(Child{"Alex Example", "Child A", {}, {}, {}, {}, {}, {}, {}, {}});
    c.children.push_back(Child{"Sam Example", "", {}, {}, {}, {}, {}, {}, {}, {}});
    c.events = std::move(events);
    return c;
}

std::vector<Deadline> run(const Case& c, const ProfileSet& set, const std::string& as_of) {
    auto r = case_deadlines(c, set, calendars(), d(as_of));
    REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error().diag.message));
    return *r;
}

Deadline only(const Case& c, const ProfileSet& set, const std::string& as_of,
              const std::string& milestone) {
    for (Deadline& x : run(c, set, as_of))
        if (x.milestone == milestone) return x;
    FAIL("no deadline " << milestone);
    return {};
}

std::string due_of(const std::string& period_yaml, const std::string& from_date,
                   const std::string& extra = "calendar: statutory\n") {
    const ProfileSet set =
        one("    from: start\n    done_when: end\n    period: " + period_yaml + "\n    " + extra);
    return format_iso(only(a_case({ev(from_date, "start")}), set, from_date, "m").due);
}

} // namespace

TEST_CASE("process::parse_milestone_period reads each kind of period") {
    auto p = parse_milestone_period("15 working days", "period");
    REQUIRE(p.ok());
    CHECK(p->count == 15);
    CHECK(p->unit == PeriodUnit::working_days);
    CHECK(p->direction == Direction::after);
    CHECK(parse_milestone_period("1 week", "p")->unit == PeriodUnit::weeks);
    CHECK(parse_milestone_period("6 months", "p")->unit == PeriodUnit::months);
    CHECK(parse_milestone_period("2 days", "p")->unit == PeriodUnit::days);
    auto before = parse_milestone_period("7 working days before", "p");
    REQUIRE(before.ok());
    CHECK(before->direction == Direction::before);
    CHECK(describe_period(*before) == "7 working days before");
    for (const char* bad : {"", "5", "five working days", "5 working day", "1 weeks", "-5 days",
                            "5 working days after", "5wd", "5  days", "1001 working days",
                            "1462 days", "209 weeks", "49 months", "+5 days"}) {
        CAPTURE(bad);
        CHECK_FALSE(parse_milestone_period(bad, "p").ok());
    }
}

TEST_CASE("process::parse_profile names file line and field for each problem") {
    auto check = [](const std::string& text, const std::string& field, int line) {
        auto p = parse_profile(text, "bury.yaml");
        REQUIRE_FALSE(p.ok());
        CHECK(p.error().diag.file == "bury.yaml");
        CHECK(p.error().diag.field == field);
        CHECK(p.error().diag.line == line);
    };
    const std::string head = "name: t\nmilestones:\n  - id: a\n    title: A\n    from: aware\n"
                             "    period: 5 working days\n    done_when: notified\n    source: s\n";
    REQUIRE(parse_profile(head, "bury.yaml").ok());
    check(head + "    owner: the council\n", "milestones[0].owner", 9);
    check(head + "    colour: red\n", "milestones[0].colour", 9);
    check(head + "    roll: next-working-day\n", "milestones[0].roll", 9);
    check(head + "    cutoff: \"25:00\"\n", "milestones[0].cutoff", 9);
    check(head + "    applies:\n      screening: [maybe]\n", "milestones[0].applies.screening[0]",
          10);
    check(head + "    owner: partnership\n    owner: national-panel\n", "milestones[0].owner", 10);
    check(head + "  - id: a\n    title: B\n    from: aware\n    period: 1 day\n    done_when: x\n"
                 "    source: s\n",
          "milestones[1].id", 9);
    check(
        "name: t\nmilestones:\n  - id: a\n    title: A\n    from: aware\n    done_when: notified\n"
        "    source: s\n",
        "milestones[0].period", 3);
    check("name: t\nmilestones:\n  - id: Notify Panel\n", "milestones[0].id", 3);
}

TEST_CASE("process::statutory_profile is PRODUCT.md's five milestones") {
    const Profile& p = statutory_profile();
    REQUIRE(p.milestones.size() == 5);
    std::vector<std::string> ids;
    for (const Milestone& m : p.milestones)
        ids.push_back(m.id + " " + m.from + " " + describe_period(m.period) + " " + m.done_when);
    CHECK(ids == std::vector<std::string>{
                     "notify-panel aware 5 working days notified",
                     "rapid-review notified 15 working days rapid-review-submitted",
                     "panel-response rapid-review-submitted 15 working days panel-response",
                     "lcspr-publish lcspr-decided 6 months published",
                     "report-copy publication-planned 7 working days before report-sent"});
    CHECK(p.milestones[2].owner == Owner::national_panel);
    CHECK(p.milestones[0].owner == Owner::local_authority);
    ProfileSet twice = statutory_only();
    Profile copy = statutory_profile();
    copy.name = "other";
    CHECK_FALSE(add_profile(twice, copy, "other.yaml").ok()); // notify-panel defined twice
}

TEST_CASE("process::deadlines count working days across Christmas and New Year") {
    // Notified Fri 18 Dec 2026. Christmas Fri 25; Boxing Day is a Saturday so its substitute is
    // Mon 28; New Year's Day Fri 1 Jan 2027. Working days: 21 22 23 24 | 29 30 31 | 4 5 6 7 8 |
    // 11 12 13: the 15th is Wed 13 Jan 2027 (002 s4.2).
    const Case c = a_case({ev("2026-12-18", "notified")});
    const Deadline rr = only(c, statutory_only(), "2026-12-18", "rapid-review");
    CHECK(format_iso(rr.due) == "2027-01-13");
    std::vector<std::string> skipped;
    for (const SkippedDay& s : rr.working.skipped)
        skipped.push_back(format_iso(s.date) + " " + s.reason);
    CHECK(std::find(skipped.begin(), skipped.end(), "2026-12-28 Boxing Day (substitute day)") !=
          skipped.end());
    CHECK(skipped.size() == 11); // 3 holidays and the weekends of 19, 26 Dec, 2 and 9 Jan
    // The same count on the local calendar also skips the closure of 29-31 December: Mon 18 Jan.
    CHECK(due_of("15 working days", "2026-12-18", "calendar: local") == "2027-01-18");
    CHECK(due_of("15 working days", "2026-12-18") == "2027-01-13");
}

TEST_CASE("process::deadlines count working days across Easter and the one-off bank holidays") {
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April. Aware Thu 2 April: 7 8 9 10 13.
    CHECK(format_iso(only(a_case({ev("2026-04-02", "aware")}), statutory_only(), "2026-04-02",
                          "notify-panel")
                         .due) == "2026-04-13");
    // 2020: the early May bank holiday moved to Fri 8 May (VE Day 75).
    CHECK(due_of("1 working day", "2020-05-07") == "2020-05-11");
    CHECK(due_of("1 working day", "2020-05-01") == "2020-05-04"); // Mon 4 May 2020 was worked
    // 2022: spring bank holiday Thu 2 June and the Platinum Jubilee Fri 3 June; the State
    // Funeral Mon 19 September.
    CHECK(due_of("1 working day", "2022-06-01") == "2022-06-06");
    CHECK(due_of("1 working day", "2022-09-16") == "2022-09-20");
    // 2023: the Coronation, Mon 8 May (after the early May bank holiday, Mon 1 May). From Fri
    // 28 April: Tue 2, Wed 3, Thu 4, Fri 5, then Tue 9 May.
    CHECK(due_of("5 working days", "2023-04-28") == "2023-05-09");
}

TEST_CASE("process::deadlines add calendar months weeks and days with roll rules") {
    // 31 August + 6 months: February has no 31st, so EDATE gives its last day, Sun 28 Feb 2027.
    const Case c = a_case({ev("2026-08-31", "lcspr-decided")});
    const Deadline lcspr = only(c, statutory_only(), "2026-09-01", "lcspr-publish");
    CHECK(format_iso(lcspr.due) == "2027-02-28"); // statutory: calendar months, not rolled
    REQUIRE(lcspr.working.notes.size() == 2);     // clamped, and not a working day
    CHECK(lcspr.working.notes[0].find("no day 31") != std::string::npos);
    CHECK(due_of("6 months", "2026-08-31", "roll: previous-working-day") == "2027-02-26");
    CHECK(due_of("6 months", "2026-08-31", "roll: next-working-day") == "2027-03-01");
    CHECK(due_of("6 months", "2027-08-31") == "2028-02-29"); // a leap year keeps the 29th
    // 1 week from Fri 18 Dec 2026 is Christmas Day; rolled back it is Thu 24 December.
    CHECK(due_of("1 week", "2026-12-18") == "2026-12-25");
    CHECK(due_of("1 week", "2026-12-18", "roll: previous-working-day") == "2026-12-24");
    CHECK(due_of("1 week", "2026-12-18", "roll: next-working-day") == "2026-12-29");
    CHECK(due_of("2 days", "2026-12-24") == "2026-12-26");
    // 7 working days before Fri 4 June 2027, skipping the spring bank holiday Mon 31 May.
    CHECK(due_of("7 working days before", "2027-06-04") == "2027-05-25");
    // Its working names the three days between that were not counted, never the start itself.
    const ProfileSet back =
        one("    from: start\n    done_when: end\n    period: 7 working days before\n");
    const Deadline copy = only(a_case({ev("2027-06-05", "start")}), back, "2027-06-01", "m");
    std::vector<std::string> passed;
    for (const SkippedDay& day : copy.working.skipped)
        passed.push_back(format_iso(day.date));
    // Back from Sat 5 June 2027: Fri 4 ... Tue 1, then the spring bank holiday and a weekend.
    CHECK(passed == std::vector<std::string>{"2027-05-29", "2027-05-30", "2027-05-31"});
}

TEST_CASE("process::deadlines carry the cut-off time into the due date and its working") {
    const ProfileSet set = one("    from: referral-received\n    period: 15 working days\n"
                               "    done_when: rapid-review-submitted\n    cutoff: \"12:00\"\n");
    const Deadline x =
        only(a_case({ev("2026-08-28", "referral-received")}), set, "2026-08-28", "m");
    CHECK(x.cutoff == "12:00");
    CHECK(format_iso(x.due) == "2026-09-21");
}

TEST_CASE("process::deadlines give status and working days left as the issue defines them") {
    const ProfileSet set = statutory_only();
    // Aware Mon 16 Nov 2026: due Mon 23 Nov.
    const Case open = a_case({ev("2026-11-16", "aware")});
    auto at = [&](const std::string& as_of) { return only(open, set, as_of, "notify-panel"); };
    CHECK(at("2026-11-18").status == DeadlineStatus::pending);
    CHECK(at("2026-11-18").working_days_left == 3); // Thu 19, Fri 20, Mon 23
    CHECK(at("2026-11-20").working_days_left == 1);
    CHECK(at("2026-11-23").status == DeadlineStatus::due_today);
    CHECK(at("2026-11-23").working_days_left == 0);
    CHECK(at("2026-11-24").status == DeadlineStatus::overdue);
    CHECK(at("2026-11-24").working_days_left == -1);
    CHECK(at("2026-11-30").working_days_left == -5); // 24 25 26 27 30
    CHECK(at("2026-11-28").working_days_left == -4); // a Saturday counts no further day
    // Done on the due date is met; done a day later is missed by one working day.
    const Deadline met = only(a_case({ev("2026-11-16", "aware"), ev("2026-11-23", "notified")}),
                              set, "2026-12-01", "notify-panel");
    CHECK(met.status == DeadlineStatus::met);
    CHECK(met.completed == d("2026-11-23"));
    const Deadline missed = only(a_case({ev("2026-11-16", "aware"), ev("2026-11-24", "notified")}),
                                 set, "2026-12-01", "notify-panel");
    CHECK(missed.status == DeadlineStatus::missed);
    CHECK(missed.working_days_left == -1);
    // A completion dated after the as-of date has not happened yet on that date.
    CHECK(only(a_case({ev("2026-11-16", "aware"), ev("2026-11-20", "notified")}), set, "2026-11-19",
               "notify-panel")
              .status == DeadlineStatus::pending);
    // Pseudonyms only: the second child has none, so is Child B.
    CHECK(met.children == std::vector<std::string>{"Child A", "Child B"});
}

TEST_CASE("process::deadlines overdue on a due date that is not a working day") {
    // 6 months from Sat-free 31 Aug 2026 is Sun 28 Feb 2027 (not rolled). On Mon 1 March it is
    // one working day late: the working days after the due date up to and including as-of.
    const Deadline x = only(a_case({ev("2026-08-31", "lcspr-decided")}), statutory_only(),
                            "2027-03-01", "lcspr-publish");
    CHECK(x.status == DeadlineStatus::overdue);
    CHECK(x.working_days_left == -1);
    CHECK(only(a_case({ev("2026-08-31", "lcspr-decided")}), statutory_only(), "2027-02-26",
               "lcspr-publish")
              .working_days_left == 0); // Friday: no working day left after it up to Sunday
}

TEST_CASE("process::deadlines apply agreed extensions and keep the original date") {
    Case c = a_case({ev("2026-11-23", "notified")});
    c.extensions.push_back({"rapid-review", d("2027-01-08"), "National Panel", "first"});
    c.extensions.push_back({"rapid-review", d("2027-01-15"), "National Panel", "second"});
    const Deadline x = only(c, statutory_only(), "2026-12-20", "rapid-review");
    CHECK(format_iso(x.due) == "2027-01-15"); // the last agreed wins
    REQUIRE(x.original_due);
    CHECK(format_iso(*x.original_due) == "2026-12-14"); // 15 working days from Mon 23 Nov
    CHECK(x.extension->agreed_by == "National Panel");
    CHECK(x.status == DeadlineStatus::pending);
    // Without the extension the same day is overdue.
    CHECK(
        only(a_case({ev("2026-11-23", "notified")}), statutory_only(), "2026-12-20", "rapid-review")
            .status == DeadlineStatus::overdue);
}

TEST_CASE("process::deadlines mark milestones not required by a decision") {
    const ProfileSet set = statutory_only();
    const Case nfa =
        a_case({ev("2026-11-16", "aware"),
                ev("2026-11-18", "screening", {{"outcome", std::string("no-further-action")}})});
    const Deadline x = only(nfa, set, "2026-12-01", "notify-panel");
    CHECK(x.status == DeadlineStatus::not_required);
    REQUIRE(x.cancelled);
    CHECK(x.cancelled->event == "screening");
    CHECK(x.cancelled->value == "no-further-action");
    CHECK_FALSE(x.working_days_left);
    // Queries back to the referrer keep the 5-day clock running (002 s2.4).
    const Case queries =
        a_case({ev("2026-11-16", "aware"),
                ev("2026-11-18", "screening", {{"outcome", std::string("queries-to-referrer")}})});
    CHECK(only(queries, set, "2026-12-01", "notify-panel").status == DeadlineStatus::overdue);
    // A later screening decision replaces an earlier one.
    Case revisited = nfa;
    revisited.events.push_back(
        ev("2026-11-19", "screening", {{"outcome", std::string("meets-rapid-review")}}));
    CHECK(only(revisited, set, "2026-11-19", "notify-panel").status == DeadlineStatus::pending);
    // Kinds: a case of concern owes no notification at all.
    CHECK(
        run(a_case({ev("2026-11-16", "aware")}, Kind::case_of_concern), set, "2026-12-01").empty());
    // Bury's "agree the model within 1 week" is not required when the Panel agreed no LCSPR.
    const ProfileSet bury = one("    from: panel-response\n    period: 1 week\n"
                                "    done_when: lcspr-model-agreed\n    applies:\n"
                                "      panel: [agree-meets]\n");
    const Case agreed_no =
        a_case({ev("2026-11-16", "panel-response", {{"outcome", std::string("agree-not-meets")}})});
    CHECK(only(agreed_no, bury, "2026-12-01", "m").status == DeadlineStatus::not_required);
}

TEST_CASE("process::deadlines start report-copy from the last plan once all have passed") {
    const Case c =
        a_case({ev("2027-05-01", "publication-planned"), ev("2027-05-20", "publication-planned")});
    // 7 working days before Thu 20 May 2027: 19 18 17 14 13 12 11 -> Tue 11 May.
    CHECK(format_iso(only(c, statutory_only(), "2027-05-21", "report-copy").due) == "2027-05-11");
    // Before either date, the earlier plan (Sat 1 May) counts: 30 29 28 27 26 23 22 -> 22 April.
    CHECK(format_iso(only(c, statutory_only(), "2027-04-01", "report-copy").due) == "2027-04-22");
}

TEST_CASE("process::deadlines list action-plan items with a due date") {
    Case c = a_case({});
    c.actions.push_back(
        {"A1", "Share the chronology template.", "Business Unit", d("2026-12-01"), {}});
    c.actions.push_back({"A2", "Audit.", "Health", d("2026-12-01"), d("2026-12-02")});
    c.actions.push_back({"A3", "No date.", "Police", {}, {}});
    const auto list = run(c, statutory_only(), "2026-12-03");
    REQUIRE(list.size() == 2);
    CHECK(list[0].milestone == "action:A1");
    CHECK(list[0].status == DeadlineStatus::overdue);
    CHECK(list[0].owner == "Business Unit");
    CHECK(list[1].status == DeadlineStatus::missed);
}

TEST_CASE("process::start_rapid_review_at lets a partnership count from awareness") {
    ProfileSet set = statutory_only();
    start_rapid_review_at(set, "aware");
    // Aware Mon 16 Nov 2026 + 15 working days = Mon 7 Dec 2026.
    CHECK(format_iso(
              only(a_case({ev("2026-11-16", "aware")}), set, "2026-11-16", "rapid-review").due) ==
          "2026-12-07");
}

TEST_CASE("process::matches filters as the deadlines options say") {
    Deadline open;
    open.milestone = "rapid-review";
    open.owner = "partnership";
    open.status = DeadlineStatus::pending;
    open.working_days_left = 4;
    Deadline late = open;
    late.status = DeadlineStatus::overdue;
    late.working_days_left = -2;
    Deadline done = open;
    done.status = DeadlineStatus::met;
    CHECK(matches(done, {}));
    CHECK_FALSE(matches(done, {.pending_only = true}));
    CHECK(matches(late, {.overdue_only = true}));
    CHECK_FALSE(matches(open, {.overdue_only = true}));
    const DeadlineFilter within{.within = 3};
    CHECK_FALSE(matches(open, within));
    CHECK(matches(late, within));
    CHECK(matches(open, {.within = 4}));
    CHECK(matches(open, {.owner = "Partnership"}));
    CHECK_FALSE(matches(open, {.owner = "national-panel"}));
    Deadline action = open;
    action.milestone = "action:A1";
    CHECK(matches(action, {.milestones = {"action"}}));
    CHECK_FALSE(matches(open, {.milestones = {"action"}}));
    CHECK(check_milestone_name("rapid-review", statutory_only(), "--milestone").ok());
    CHECK_FALSE(check_milestone_name("rapid_review", statutory_only(), "--milestone").ok());
}

TEST_CASE("process::deadlines keep what was done when a later decision cancels the rest") {
    // Notified, then screening decided no further action: the notification stays met.
    const Case c =
        a_case({ev("2026-11-16", "aware"), ev("2026-11-18", "notified"),
                ev("2026-11-19", "screening", {{"outcome", std::string("no-further-action")}})});
    const Deadline x = only(c, statutory_only(), "2026-12-01", "notify-panel");
    CHECK(x.status == DeadlineStatus::met);
    CHECK_FALSE(x.cancelled);
}

TEST_CASE("process::start_rapid_review_at aware owes a Rapid Review only where a notification is") {
    ProfileSet set = statutory_only();
    start_rapid_review_at(set, "aware");
    const Case nfa =
        a_case({ev("2026-11-16", "aware"),
                ev("2026-11-18", "screening", {{"outcome", std::string("no-further-action")}})});
    CHECK(only(nfa, set, "2026-12-01", "rapid-review").status == DeadlineStatus::not_required);
    CHECK(
        run(a_case({ev("2026-11-16", "aware")}, Kind::case_of_concern), set, "2026-12-01").empty());
    ProfileSet notified = statutory_only();
    start_rapid_review_at(notified, "notified"); // the default changes nothing
    CHECK(notified.find("rapid-review")->from == "notified");
    CHECK(notified.find("rapid-review")->conditions.empty());
}

TEST_CASE("process::sort_deadlines orders by due date then case number then milestone") {
    std::vector<Deadline> list(4);
    list[0].case_id = "2026-1000";
    list[1].case_id = "2026-999";
    list[2].case_id = "2026-141";
    list[3].case_id = "2026-001";
    for (Deadline& x : list)
        x.due = d("2026-12-01");
    list[3].due = d("2026-12-02");
    sort_deadlines(list);
    CHECK(list[0].case_id == "2026-141");
    CHECK(list[1].case_id == "2026-999");
    CHECK(list[2].case_id == "2026-1000");
    CHECK(list[3].case_id == "2026-001");
}

TEST_CASE("process::case_is_open from receipt until closed") {
    Case c = a_case({ev("2026-12-10", "closed")});
    c.received = d("2026-11-20");
    CHECK_FALSE(case_is_open(c, d("2026-11-19"))); // not referred yet
    CHECK(case_is_open(c, d("2026-11-20")));
    CHECK(case_is_open(c, d("2026-12-09")));
    CHECK_FALSE(case_is_open(c, d("2026-12-10")));
}

TEST_CASE("process::case_is_open when the local authority knew before the referral came") {
    Case c = a_case({ev("2026-09-01", "aware")});
    c.received = d("2026-09-10");
    CHECK(case_is_open(c, d("2026-09-09")));
    CHECK_FALSE(case_is_open(c, d("2026-08-31")));
}

TEST_CASE("process::deadlines start from the decision the milestone applies to") {
    // Bury: the SIN is due the working day after the screening that decided meets-rapid-review
    // (004 flow chart), not after an earlier one that sent queries back.
    const ProfileSet set = one("    from: screening\n    period: 1 working day\n"
                               "    done_when: notified\n    applies:\n"
                               "      screening: [meets-rapid-review]\n");
    const Case c =
        a_case({ev("2026-09-02", "screening", {{"outcome", std::string("queries-to-referrer")}}),
                ev("2026-09-07", "screening", {{"outcome", std::string("meets-rapid-review")}}),
                ev("2026-09-08", "notified")});
    const Deadline x = only(c, set, "2026-09-08", "m");
    CHECK(format_iso(x.due) == "2026-09-08");
    CHECK(x.status == DeadlineStatus::met);
    // Before that decision, the queries show it is not (yet) required.
    CHECK(only(a_case({ev("2026-09-02", "screening",
                          {{"outcome", std::string("queries-to-referrer")}})}),
               set, "2026-09-03", "m")
              .status == DeadlineStatus::not_required);
}

TEST_CASE("process::deadlines count back from the next planned publication date") {
    // Planned for 1 June 2027, then brought forward to 10 May: 7 working days before Mon 10 May,
    // skipping the early May bank holiday on Mon 3 May, is Wed 28 April.
    const Case forward =
        a_case({ev("2027-05-10", "publication-planned"), ev("2027-06-01", "publication-planned")});
    CHECK(format_iso(only(forward, statutory_only(), "2026-09-01", "report-copy").due) ==
          "2027-04-28");
    // Once 10 May has passed unpublished, the later plan is the one in force: 7 working days
    // before Tue 1 June, skipping the spring bank holiday on Mon 31 May, is Thu 20 May.
    CHECK(format_iso(only(forward, statutory_only(), "2027-05-11", "report-copy").due) ==
          "2027-05-20");
}
