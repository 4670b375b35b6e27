// The rules around a case that are not the file format: stages from the timeline, building
// events from flags, the referral forms, and splitting a merge conflict (issue 3).
#include "helpers.h"

#include "case/conflict.h"
#include "case/event_build.h"
#include "case/referral_form.h"
#include "case/stage.h"

using namespace scr;
using scr::test::d;

namespace {

Event ev(const std::string& date, const std::string& type,
         std::vector<std::pair<std::string, FieldValue>> fields = {}) {
    return Event{d(date), type, std::move(fields), {}, {}};
}

} // namespace

TEST_CASE("case::case_stage is the furthest point of the route the events reach") {
    Case c;
    CHECK(case_stage(c) == "new");
    c.events = {ev("2026-11-20", "referral-received")};
    CHECK(case_stage(c) == "new");
    c.events.push_back(ev("2026-11-23", "screening", {{"outcome", std::string("queries-to-referrer")}}));
    CHECK(case_stage(c) == "queries");
    c.events.push_back(ev("2026-11-25", "screening", {{"outcome", std::string("meets-rapid-review")}}));
    CHECK(case_stage(c) == "screened");
    c.events.push_back(ev("2026-11-25", "notified"));
    CHECK(case_stage(c) == "notified");
    // A rapid review submitted before a late-recorded meeting is still "submitted".
    c.events.push_back(ev("2026-12-11", "rapid-review-submitted", {{"recommendation", std::string("no-review")}}));
    c.events.push_back(ev("2026-12-01", "rapid-review-meeting"));
    CHECK(case_stage(c) == "submitted");
    c.events.push_back(ev("2027-01-05", "closed"));
    CHECK(case_stage(c) == "closed");
}

TEST_CASE("case::make_event checks --set against the type and keeps custom types free") {
    auto good = make_event({"rapid-review-submitted", d("2026-12-11"),
                            {"recommendation=local-review-independent",
                             "criteria=improvements-needed, multi-agency-working",
                             "questions=Why?", "questions=Who knew?"}, "", ""});
    REQUIRE(good.ok());
    CHECK(std::get<std::vector<std::string>>(good->fields.at(1).second) ==
          std::vector<std::string>{"improvements-needed", "multi-agency-working"});
    CHECK(std::get<std::vector<std::string>>(good->fields.at(2).second).size() == 2);
    auto missing = make_event({"screening", d("2026-11-23"), {}, "", ""});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().diag.field == "--set outcome");
    auto stray = make_event({"notified", d("2026-11-23"), {"outcome=x"}, "", ""});
    REQUIRE_FALSE(stray.ok());
    CHECK(stray.error().diag.message == "is not a field of a notified event");
    CHECK(make_event({"strategy-discussion", d("2026-11-23"), {"venue=Town Hall"}, "", ""}).ok());
    CHECK_FALSE(make_event({"Strategy Discussion", d("2026-11-23"), {}, "", ""}).ok());
    CHECK_FALSE(make_event({"aware", d("2026-11-23"), {"date=2026-11-24"}, "", ""}).ok());
}

TEST_CASE("case::insert_event keeps the timeline in date order / equal dates in arrival order") {
    Case c;
    c.events = {ev("2026-11-18", "aware"), ev("2026-11-23", "notified")};
    insert_event(c, ev("2026-11-20", "referral-received"));
    insert_event(c, ev("2026-11-23", "screening"));
    std::vector<std::string> types;
    for (const Event& e : c.events) types.push_back(e.type);
    CHECK(types == std::vector<std::string>{"aware", "referral-received", "notified", "screening"});
}

TEST_CASE("case::referral_form follows the COC form sections 1-6 for a case of concern") {
    const auto form = referral_form(Kind::case_of_concern);
    REQUIRE(form.size() == 6);
    CHECK(form[0].title == "1. Referrer details");
    CHECK(form[4].title == "5. Professionals meeting");
    CHECK(referral_form(Kind::serious_incident).size() == 3);
    CHECK(flag_for_field("children[0].name") == "--child-name");
}

TEST_CASE("case::apply_answer and finish_referral build the case a form describes") {
    Case c;
    c.kind = Kind::case_of_concern;
    auto answer = [&](std::string_view flag, const std::string& v) {
        for (const FormQuestion& q : all_form_questions())
            if (q.flag == flag) return apply_answer(c, q, v);
        FAIL("no flag " << flag);
        return ok();
    };
    CHECK(answer("--child-name", "Alex Example").ok());
    CHECK(answer("--household", "Jo Example, mother").ok());
    CHECK_FALSE(answer("--household", "just a name").ok());
    CHECK_FALSE(answer("--child-nhs", "1234567890").ok());
    const Status bad_dob = answer("--child-dob", "2019-02-30");
    REQUIRE_FALSE(bad_dob.ok());
    CHECK(bad_dob.error().diag.message.find("2019") == std::string::npos); // never echoed
    CHECK(answer("--meeting-outcome", "criteria-met").ok());
    c.received = d("2026-11-20");
    const Status no_date = finish_referral(c);
    REQUIRE_FALSE(no_date.ok());
    CHECK(no_date.error().diag.field == "--meeting-date");
    CHECK(answer("--meeting-date", "2026-11-19").ok());
    REQUIRE(finish_referral(c).ok());
    CHECK(c.children.at(0).pseudonym == "Child A");
    REQUIRE(c.events.size() == 2);
    CHECK(c.events[0].type == "professionals-meeting");
    CHECK(c.events[1].type == "referral-received");
}

TEST_CASE("case::split_conflict recovers both sides / diff3 style included") {
    const auto sides = split_conflict("id: 2026-002\n<<<<<<< HEAD\nkind: serious-incident\n||||||| base\n"
                                      "=======\nkind: learning-request\n>>>>>>> theirs\nreceived: x\n");
    REQUIRE(sides);
    CHECK(sides->ours == "id: 2026-002\nkind: serious-incident\nreceived: x\n");
    CHECK(sides->theirs == "id: 2026-002\nkind: learning-request\nreceived: x\n");
    CHECK_FALSE(split_conflict("id: 2026-002\n"));
    CHECK_FALSE(split_conflict("<<<<<<< HEAD\nkind: a\n")); // unterminated
}
