// The review route, the review events' own rules, redaction and ages (issue 6), as units.
#include "helpers.h"

#include "case/action_plan.h"
#include "case/stage.h"
#include "process/deadlines.h"
#include "process/review.h"
#include "process/route.h"
#include "report/document.h"
#include "report/redact.h"

using namespace scr;
using scr::test::d;

namespace {

Event ev(const std::string& date, const std::string& type,
         std::vector<std::pair<std::string, FieldValue>> fields = {}) {
    return Event{d(date), type, std::move(fields), "", ""};
}

Case notified_case() {
    Case c;
    c.id = "2026-001";
    c.events = {ev("2026-09-07", "aware"), ev("2026-09-09", "notified")};
    return c;
}

} // namespace

TEST_CASE("route::check_route") {
    Case c = notified_case();
    const Date today = d("2026-10-30");
    // 003 stage 6 follows notification; the Panel answers a submission (004).
    CHECK(check_route(c, "rapid-review-recommendation", d("2026-09-24"), today).ok());
    CHECK(check_route(c, "rapid-review-recommendation", d("2026-09-08"), today)
              .error()
              .diag.message ==
          "is dated 2026-09-08, before the one of notified, screening, professionals-meeting, "
          "rapid-review-meeting it follows");
    CHECK(!check_route(c, "panel-response", d("2026-09-30"), today).ok());
    CHECK(check_route(c, "notified", d("2026-09-10"), today).error().diag.message ==
          "was already recorded on 2026-09-09"); // a case has one notification
    CHECK(!check_route(c, "rapid-review-recommendation", d("2026-10-31"), today)
               .ok()); // not yet happened
    CHECK(check_route(c, "publication-planned", d("2027-03-01"), today).error().diag.message ==
          "needs lcspr-decided first"); // a plan may be ahead, but still needs the LCSPR
    c.events.push_back(ev("2026-09-24", "rapid-review-recommendation",
                          {{"recommendation", std::string("no-review")}}));
    // No review was decided: no LCSPR, until the Panel disagrees (004).
    CHECK(check_route(c, "lcspr-decided", d("2026-09-25"), today)
              .error()
              .diag.message.find("no-review") != std::string::npos);
    c.events.push_back(
        ev("2026-09-25", "chair-decision", {{"decision", std::string("multi-agency-learning")}}));
    CHECK(check_route(c, "lcspr-decided", d("2026-09-26"), today).ok());
    CHECK(
        !check_route(c, "lcspr-decided", d("2026-09-24"), today).ok()); // before the chair decided
    c.events.push_back(
        ev("2026-09-29", "rapid-review-submitted", {{"recommendation", std::string("no-review")}}));
    CHECK(!check_route(c, "rapid-review-submitted", d("2026-09-30"), today).ok()); // once only
    CHECK(!check_route(c, "chair-decision", d("2026-09-30"), today).ok());         // too late now
    c.events.push_back(ev("2026-10-01", "closed"));
    CHECK(check_route(c, "panel-response", d("2026-10-02"), today).error().diag.message ==
          "the case was closed on 2026-10-01");
}

TEST_CASE("route::review_decision") {
    Case c = notified_case();
    CHECK(review_decision(c).second == nullptr);
    c.events.push_back(
        ev("2026-09-29", "rapid-review-submitted", {{"recommendation", std::string("no-review")}}));
    CHECK(review_decision(c).first == "no-review");
    c.events.push_back(ev("2026-09-24", "rapid-review-recommendation",
                          {{"recommendation", std::string("national-review")}}));
    CHECK(review_decision(c).first == "national-review");
    c.events.push_back(
        ev("2026-09-25", "chair-decision", {{"decision", std::string("multi-agency-learning")}}));
    CHECK(review_decision(c).first == "multi-agency-learning"); // the chair decides (003 stage 7)
}

TEST_CASE("review::make_submission carries the chair's decision and the key questions") {
    Case c = notified_case();
    auto rec = make_recommendation({"local-review-independent",
                                    "Three agencies.",
                                    {"multi-agency-working"},
                                    {},
                                    {"How did they share information?"}},
                                   {d("2026-09-24"), "", ""});
    REQUIRE(rec.ok());
    c.events.push_back(*rec);
    auto chair = make_chair_decision(c, "multi-agency-learning", "", {d("2026-09-25"), "", ""});
    CHECK(chair.error().diag.field ==
          "--rationale"); // departing from the recommendation needs reasons
    chair = make_chair_decision(c, "multi-agency-learning", "A local reviewer suffices.",
                                {d("2026-09-25"), "", ""});
    REQUIRE(chair.ok());
    c.events.push_back(*chair);
    auto sub = make_submission(c, {d("2026-09-29"), "", ""});
    REQUIRE(sub.ok());
    CHECK(event_field(*sub, "recommendation") == "multi-agency-learning");
    CHECK(event_field(*sub, "rationale") == "A local reviewer suffices.");
    CHECK(sub->fields.size() ==
          4); // recommendation, criteria, questions, rationale: no empty circumstances
}

TEST_CASE("action_plan::add_action") {
    Case c;
    c.id = "2026-001";
    c.actions = {
        {"A1", "x", "y", d("2026-10-01"), {}}, {"R7", "x", "y", {}, {}}, {"A3", "x", "y", {}, {}}};
    auto id = add_action(c, "Brief GPs", "Designated Nurse", d("2026-11-30"));
    REQUIRE(id.ok());
    CHECK(*id == "A4"); // after the highest A-number, whatever else is there
    CHECK(!add_action(c, "  ", "Owner", d("2026-11-30")).ok());
    CHECK(check_action_known(c, "A2").error().diag.hint == "its actions: A1, R7, A3, A4");
    complete_action(c, "A1", d("2026-10-02"));
    CHECK(check_action_open(c, "A1").error().diag.message == "A1 was already done on 2026-10-02");
}

TEST_CASE("redact::Redactor") {
    Case c;
    c.children = {Child{.name = "Robin Example",
                        .date_of_birth = d("2024-06-01"),
                        .address = "4 Oak Row, Town"},
                  Child{.name = "Ava Example", .pseudonym = "Child A"}};
    c.children[0].identifiers.nhs = "9434765919";
    c.household = {HouseholdMember{.name = "Jo Smith", .relationship = "mother"}};
    c.referrer.name = "Pat Referrer";
    c.referrer.email = "pat@example.org";
    c.agencies = {{"Example Police"}};
    const Redactor off(c, Redaction::none);
    CHECK(off.text("Robin") == "Robin");
    const Redactor r(c, Redaction::redact);
    // Robin has no pseudonym and Child A is taken by a sibling: Robin is Child B.
    CHECK(r.text("Robin Example was seen by Jo Smith; ROBIN cried.") ==
          "Child B was seen by [mother]; Child B cried.");
    CHECK(r.text("Ava and Robinson") == "Child A and Robinson");       // whole words only
    CHECK(r.text("Example Police called") == "Example Police called"); // the agency keeps its name
    CHECK(r.text("NHS 943 476 5919 / 9434765919") ==
          "NHS [identifier removed] / [identifier removed]");
    CHECK(r.text("born 01/06/2024 (2024-06-01), 1 June 2024") ==
          "born [date of birth removed] ([date of birth removed]), [date of birth removed]");
    CHECK(r.text("at 4 Oak Row, Town; mail pat@example.org from Pat") ==
          "at [address removed]; mail [e-mail removed] from [referrer]");
    CHECK(r.member_label(0) == "[mother]");
}

TEST_CASE("redact::Redactor as people type") {
    Case c;
    c.children = {Child{.name = "Zoë Hope", .date_of_birth = d("2019-03-02")}};
    c.children[0].identifiers.nhs = "9434765919";
    c.household = {HouseholdMember{.name = "Sam O'Neill", .relationship = "Zoë's mother"}};
    c.agencies = {{"Hope Academy"}};
    const Redactor r(c, Redaction::redact);
    // A curly apostrophe ends the name, as Word types it; case folds Latin-1 letters too.
    CHECK(r.text("Zoë’s mother and ZOË HOPE") == "Child A’s mother and Child A");
    // The surname alone is a name; the agency that shares it keeps its name.
    CHECK(r.text("Mrs Hope rang Hope Academy") == "Mrs Child A rang Hope Academy");
    // A relationship written as free text may name the child: the label is generic then.
    CHECK(r.member_label(0) == "[household member]");
    CHECK(r.text("O'Neill said") == "[household member] said");
    CHECK(r.text("NHS 943-476-5919, 9434 765 919") ==
          "NHS [identifier removed], [identifier removed]");
    for (const char* dob : {"2 Mar 2019", "02.03.2019", "2nd March 2019", "March 2, 2019",
                            "02-03-2019", "2/3/19", "2019/03/02"})
        CHECK(r.text(dob) == "[date of birth removed]");
}

TEST_CASE("redact::age_text") {
    CHECK(age_text(d("2024-06-01"), d("2026-05-31")) == "23 months");
    CHECK(age_text(d("2024-06-01"), d("2026-06-01")) == "2 years");
    CHECK(age_text(d("2026-01-31"), d("2026-02-27")) == "27 days");
    CHECK(age_text(d("2026-01-31"), d("2026-03-01")) == "1 month");
    CHECK(age_text(d("2026-03-01"), d("2026-02-01")) == "not yet born");
}

TEST_CASE("deadlines::child_pseudonym") {
    Case c;
    c.children = {Child{.name = "a"}, Child{.name = "b", .pseudonym = "Child A"},
                  Child{.name = "c"}};
    CHECK(child_pseudonym(c, 0) == "Child B"); // A is a sibling's pseudonym
    CHECK(child_pseudonym(c, 1) == "Child A");
    CHECK(child_pseudonym(c, 2) == "Child C");
}

TEST_CASE("document::render_markdown") {
    Document doc{"Title", {{{"As of", "2026-12-01"}}}, "", {}};
    doc.sections.push_back(
        {"Cases", {Grid{{"a", "b"}, {{"x|y", Cell("line1\nline2", "status-met")}}}}});
    const std::string md = render_markdown(doc);
    CHECK(md.find("| x\\|y | line1<br>line2 |") != std::string::npos);
    const std::string html = render_html(doc);
    CHECK(html.find("<td class=\"status-met\">line1\nline2</td>") != std::string::npos);
}
