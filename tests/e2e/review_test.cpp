// `scr review` end to end (issue 6): a serious incident from referral to publication, checked
// at each step with `scr report case --format json`, then every verb's refusals, which must
// leave the case file byte for byte as it was.
#include "harness.h"

#include <nlohmann/json.hpp>

using namespace e2e;
using nlohmann::json;

namespace {

// Aware and received on Monday 7 September 2026; no bank holiday until Christmas.
const char* referral = R"({"kind": "serious-incident", "received": "2026-09-07",
 "referrer": {"name": "Pat Referrer", "role": "Social worker", "agency": "Example Council"},
 "children": [{"name": "Robin Example", "pseudonym": "Child R", "date_of_birth": "2024-06-01"}],
 "incident": {"date": "2026-09-04", "summary": "Fractures found at hospital."},
 "answers": {"abuse_or_neglect": "suspected", "died": "no", "seriously_harmed": "yes", "in_area": "yes"},
 "events": [{"date": "2026-09-07", "type": "aware"}]})";

struct ReviewDesk : Desk {
    ReviewDesk() : Desk(referral) {}
    Run run(std::vector<std::string> args, const std::string& as_of) {
        args.insert(args.begin(), {"--as-of", as_of});
        return scr(args, {.cwd = p});
    }
    void ok(std::vector<std::string> args, const std::string& as_of) {
        const Run r = run(std::move(args), as_of);
        REQUIRE_MESSAGE(r.code == 0, r.err);
    }
    json report(const std::string& as_of) {
        const Run r = run({"report", "case", id, "--format", "json"}, as_of);
        REQUIRE_MESSAGE(r.code == 0, r.err);
        return json::parse(r.out);
    }
};

json milestone(const json& report, const std::string& id) {
    for (const json& d : report["deadlines"])
        if (d["milestone"] == id) return d;
    return nullptr;
}

} // namespace

TEST_CASE("review: a serious incident from referral to publication") {
    ReviewDesk d;
    d.ok({"triage", d.id, "--record", "meets-rapid-review", "--rationale", "Suspected abuse.",
          "--date", "2026-09-08"},
         "2026-09-08");
    CHECK(d.report("2026-09-08")["stage"] == "screened");
    d.ok({"event", "add", d.id, "notified", "--date", "2026-09-09"}, "2026-09-09");
    json r = d.report("2026-09-09");
    CHECK(r["stage"] == "notified");
    CHECK(milestone(r, "notify-panel")["status"] == "met");     // due Mon 14 Sep, done Wed 9 Sep
    CHECK(milestone(r, "rapid-review")["due"] == "2026-09-30"); // Wed 9 Sep + 15 working days
    d.ok({"event", "add", d.id, "rapid-review-meeting", "--date", "2026-09-23"}, "2026-09-23");
    CHECK(d.report("2026-09-23")["stage"] == "rapid-review");

    d.ok({"review", "decide", d.id, "--recommendation", "local-review-independent", "--criteria",
          "improvements-needed,multi-agency-working", "--circumstances", "cross-boundary",
          "--question", "How was the bruising on Robin shared?", "--question",
          "Why did the move end the plan?", "--rationale", "Missed chances across three agencies.",
          "--date", "2026-09-24"},
         "2026-09-24");
    r = d.report("2026-09-24");
    CHECK(r["stage"] == "recommended");
    CHECK(r["lcspr"]["considered_in"]["event"] == "rapid-review-recommendation");
    CHECK(r["lcspr"]["criteria"][0]["met"] == true);  // improvements-needed
    CHECK(r["lcspr"]["criteria"][1]["met"] == false); // recurrent-themes
    CHECK(r["lcspr"]["circumstances"][2]["met"] == true);
    CHECK(r["lcspr"]["questions"].size() == 2);
    CHECK(r["decisions"].back()["rationale"] == "Missed chances across three agencies.");

    d.ok(
        {"review", "chair", d.id, "--decision", "local-review-independent", "--date", "2026-09-25"},
        "2026-09-25");
    CHECK(d.report("2026-09-25")["stage"] == "decided");
    d.ok({"review", "submit", d.id, "--date", "2026-09-29"}, "2026-09-29");
    r = d.report("2026-09-29");
    CHECK(r["stage"] == "submitted");
    CHECK(milestone(r, "rapid-review")["status"] == "met");
    CHECK(milestone(r, "panel-response")["due"] == "2026-10-20"); // Tue 29 Sep + 15 working days
    const json submitted = r["chronology"].back();
    CHECK(submitted["event"] == "rapid-review-submitted");
    CHECK(submitted["fields"]["recommendation"] == "local-review-independent");
    CHECK(submitted["fields"]["questions"].size() == 2); // the key questions go to the Panel

    d.ok({"review", "panel-response", d.id, "--outcome", "agree-meets", "--date", "2026-10-13"},
         "2026-10-13");
    r = d.report("2026-10-13");
    CHECK(r["stage"] == "panel-responded");
    CHECK(milestone(r, "panel-response")["status"] == "met");
    d.ok({"review", "lcspr", d.id, "--model", "independent-author", "--reviewer", "Morgan Reviewer",
          "--date", "2026-10-15"},
         "2026-10-15");
    r = d.report("2026-10-15");
    CHECK(r["stage"] == "lcspr");
    CHECK(r["lcspr"]["decided"] == "2026-10-15");
    CHECK(r["lcspr"]["model"] == "independent-author");
    CHECK(milestone(r, "lcspr-publish")["due"] == "2027-04-15"); // 6 calendar months

    const Run added =
        d.run({"review", "action", "add", d.id, "--action", "Brief GPs on bruising in babies",
               "--owner", "Designated Nurse", "--due", "2026-11-30"},
              "2026-10-16");
    REQUIRE(added.code == 0);
    CHECK(added.out == "A1\n"); // the id alone, for scripts
    CHECK(milestone(d.report("2026-10-16"), "action:A1")["status"] == "pending");
    d.ok({"review", "action", "done", d.id, "A1", "--date", "2026-11-27"}, "2026-11-30");
    r = d.report("2026-11-30");
    CHECK(r["actions"][0]["done"] == "2026-11-27");
    CHECK(r["actions"][0]["status"] == "met");

    d.ok({"review", "publish", d.id, "--planned", "2027-03-15"}, "2027-01-11");
    CHECK(milestone(d.report("2027-01-11"), "report-copy")["due"] ==
          "2027-03-04"); // 7 wd before Mon 15 Mar
    d.ok({"review", "publish", d.id, "--publishable", "--date", "2027-02-22"}, "2027-02-22");
    d.ok({"event", "add", d.id, "report-sent", "--date", "2027-03-03"}, "2027-03-03");
    d.ok({"review", "publish", d.id, "--published", "2027-03-15"}, "2027-03-15");
    r = d.report("2027-03-15");
    CHECK(r["stage"] == "published");
    CHECK(milestone(r, "lcspr-publish")["status"] == "met");
    CHECK(milestone(r, "report-copy")["status"] == "met");
    CHECK(r["lcspr"]["publication"]["published"] == "2027-03-15");
    CHECK(r["lcspr"]["publication"]["decision"] == "publishable");
    std::vector<std::string> decisions;
    for (const json& x : r["decisions"])
        decisions.push_back(x["decision"]);
    CHECK(decisions == std::vector<std::string>{"screening", "rapid-review-recommendation",
                                                "chair-decision", "rapid-review-submitted",
                                                "panel-response", "lcspr-decided",
                                                "lcspr-model-agreed", "publication-decided",
                                                "publication-planned", "published"}); // date order
    CHECK(mode_of(d.p / "cases" / (d.id + ".yaml")) == 0600);
    const Run check = d.run({"check"}, "2027-03-15");
    CHECK_MESSAGE(check.code == 0, check.err);
}

TEST_CASE("review: refusals name the flag and leave the file as it was") {
    ReviewDesk d;
    d.ok({"event", "add", d.id, "notified", "--date", "2026-09-09"}, "2026-09-09");
    const std::string before = d.file();
    struct Refusal {
        std::vector<std::string> args;
        std::string says;
    };
    const std::vector<Refusal> refusals = {
        {{"review", "decide", d.id, "--recommendation", "big-review", "--rationale", "x"},
         "--recommendation"},
        {{"review", "decide", d.id, "--recommendation", "national-review", "--rationale", "x",
          "--question", "q"},
         "--criteria"},
        {{"review", "decide", d.id, "--recommendation", "national-review", "--rationale", "x",
          "--criteria", "recurrent-themes"},
         "--question"},
        {{"review", "decide", d.id, "--recommendation", "no-review"}, "--rationale"},
        {{"review", "decide", d.id, "--recommendation", "no-review", "--rationale", "x",
          "--criteria", "lots"},
         "--criteria"},
        {{"review", "decide", d.id, "--recommendation", "no-review", "--rationale", "x",
          "--circumstances", "odd"},
         "--circumstances"},
        {{"review", "decide", d.id}, "--recommendation"}, // off a terminal nothing is asked
        {{"review", "chair", d.id, "--decision", "no-review"},
         "needs rapid-review-recommendation first"},
        {{"review", "chair", d.id, "--decision", "maybe"}, "--decision"},
        {{"review", "submit", d.id}, "needs the Rapid Review's recommendation first"},
        {{"review", "panel-response", d.id, "--outcome", "agree-meets"},
         "needs rapid-review-submitted first"},
        {{"review", "panel-response", d.id, "--outcome", "agreed"}, "--outcome"},
        {{"review", "lcspr", d.id}, "needs a decision for a review first"},
        {{"review", "lcspr", d.id, "--model", "book-club"}, "--model"},
        {{"review", "publish", d.id, "--published", "2026-09-30"}, "needs lcspr-decided first"},
        {{"review", "publish", d.id}, "--planned"},
        {{"review", "publish", d.id, "--planned", "2027-01-01", "--published", "2027-01-01"},
         "only one"},
        {{"review", "publish", d.id, "--not-publishable"}, "--reason"},
        {{"review", "decide", d.id, "--recommendation", "no-review", "--rationale", "x", "--date",
          "2026-10-30"},
         "after today"},
        {{"review", "decide", d.id, "--recommendation", "no-review", "--rationale", "x", "--date",
          "2026-02-30"},
         "--date"},
        {{"review", "action", "done", d.id, "A1"}, "has no action A1"},
        {{"review", "action", "add", d.id, "--action", "x", "--owner", "y", "--due", "soon"},
         "--due"},
        {{"review", "action", "add", d.id, "--action", "x", "--due", "2026-10-01"}, "--owner"},
        {{"review", "submit", "2026-999"}, "2026-999"},
        {{"review", "submit", "Robin"}, "ID"},
        {{"review", "decide", d.id, "--recommendation", "no-review", "--rationale", "x", "--note",
          "a\x01"},
         "--note"},
    };
    for (const Refusal& r : refusals) {
        CAPTURE(r.args);
        const Run run = d.run(r.args, "2026-09-30");
        CHECK(run.code == 2);
        CHECK(run.out.empty());
        CHECK(run.err.find(r.says) != std::string::npos);
        CHECK(std::count(run.err.begin(), run.err.end(), '\n') == 1);
        CHECK(run.err.find("Robin") == std::string::npos);
        CHECK(d.file() == before);
    }
}

TEST_CASE("review: the route refuses what comes out of order unless --force") {
    ReviewDesk d;
    d.ok({"event", "add", d.id, "notified", "--date", "2026-09-09"}, "2026-09-09");
    d.ok({"review", "decide", d.id, "--recommendation", "no-review", "--rationale",
          "Single-agency issue only.", "--criteria", "multi-agency-working", "--question",
          "How did the agencies share what they knew?", "--date", "2026-09-24"},
         "2026-09-24");
    std::string before = d.file();
    // A decision for no review does not lead to an LCSPR; nor may a submission be dated before
    // the recommendation it carries.
    Run r = d.run({"review", "lcspr", d.id, "--date", "2026-09-25"}, "2026-09-30");
    CHECK(r.code == 2);
    CHECK(r.err.find("no-review") != std::string::npos);
    CHECK(r.err.find("--force") != std::string::npos);
    r = d.run({"review", "submit", d.id, "--date", "2026-09-20"}, "2026-09-30");
    CHECK(r.code == 2);
    CHECK(r.err.find("before the rapid-review-recommendation") != std::string::npos);
    // The chair may decide otherwise, with reasons.
    r = d.run(
        {"review", "chair", d.id, "--decision", "multi-agency-learning", "--date", "2026-09-25"},
        "2026-09-30");
    CHECK(r.code == 2);
    CHECK(r.err.find("--rationale") != std::string::npos);
    CHECK(d.file() == before);
    d.ok({"review", "chair", d.id, "--decision", "multi-agency-learning", "--rationale",
          "Three agencies involved.", "--date", "2026-09-25"},
         "2026-09-30");
    d.ok({"review", "submit", d.id, "--date", "2026-09-28"}, "2026-09-30");
    json rep = d.report("2026-09-30");
    CHECK(rep["chronology"].back()["fields"]["recommendation"] == "multi-agency-learning");
    CHECK(rep["chronology"].back()["fields"]["rationale"] == "Three agencies involved.");
    // Once submitted, the recommendation and the chair's decision have passed; a second
    // submission or Panel response is refused.
    before = d.file();
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"review", "chair", d.id, "--decision", "no-review",
                                   "--rationale", "x"},
          {"review", "submit", d.id}}) {
        r = d.run(args, "2026-09-30");
        CHECK(r.code == 2);
        CHECK(d.file() == before);
    }
    d.ok({"review", "panel-response", d.id, "--outcome", "disagree", "--date", "2026-09-30"},
         "2026-09-30");
    r = d.run(
        {"review", "panel-response", d.id, "--outcome", "agree-meets", "--date", "2026-09-30"},
        "2026-09-30");
    CHECK(r.code == 2);
    CHECK(r.err.find("already recorded on 2026-09-30") != std::string::npos);
    // --force records it all the same; --dry-run shows it and writes nothing.
    before = d.file();
    r = d.run(
        {"review", "panel-response", d.id, "--outcome", "agree-meets", "--force", "--dry-run"},
        "2026-09-30");
    CHECK(r.code == 0);
    CHECK(r.out.find("would be recorded") != std::string::npos);
    CHECK(d.file() == before);
    d.ok({"review", "panel-response", d.id, "--outcome", "agree-meets", "--force"}, "2026-09-30");
    CHECK(d.report("2026-09-30")["decisions"].back()["outcome"] == "agree-meets");
}

TEST_CASE("review: not publishable makes the publication deadline not required") {
    ReviewDesk d;
    d.ok({"event", "add", d.id, "notified", "--date", "2026-09-09"}, "2026-09-09");
    d.ok({"review", "decide", d.id, "--recommendation", "multi-agency-learning", "--criteria",
          "multi-agency-working", "--question", "How did agencies work together?", "--rationale",
          "Three agencies.", "--date", "2026-09-24"},
         "2026-09-24");
    d.ok({"review", "lcspr", d.id, "--date", "2026-09-25"}, "2026-09-25");
    d.ok({"review", "publish", d.id, "--not-publishable", "--reason", "The family's safety.",
          "--date", "2027-02-01"},
         "2027-02-01");
    json r = d.report("2027-04-30"); // after the 6 months
    CHECK(milestone(r, "lcspr-publish")["status"] == "not-required");
    const Run published =
        d.run({"review", "publish", d.id, "--published", "2027-04-01"}, "2027-04-30");
    CHECK(published.code == 2);
    CHECK(published.err.find("not publishable") != std::string::npos);
    const Run closed =
        d.run({"event", "add", d.id, "closed", "--date", "2027-04-30"}, "2027-04-30");
    REQUIRE(closed.code == 0);
    const Run after = d.run(
        {"review", "action", "add", d.id, "--action", "x", "--owner", "y", "--due", "2027-05-30"},
        "2027-04-30");
    CHECK(after.code == 2);
    CHECK(after.err.find("closed on 2027-04-30") != std::string::npos);
}

TEST_CASE("review: decide walks the panel through the checklist on a terminal") {
    if (shell("command -v script >/dev/null").code != 0) return;
    ReviewDesk d;
    d.ok({"event", "add", d.id, "notified", "--date", "2026-09-09"}, "2026-09-09");
    // Recommendation 2, criteria y n y n, circumstances n n y n, two questions, a blank, rationale.
    const std::string answers =
        "2\ny\nn\ny\nn\nn\nn\ny\nn\nWhat did the school know?\nWhy was the plan closed?\n\n"
        "Learning for three agencies.\n";
    const Run tty =
        shell("script -qec \"$SCR --as-of 2026-09-24 review decide " + d.id + "\" /dev/null",
              {.input = answers, .cwd = d.p});
    CHECK_MESSAGE(tty.code == 0, tty.out);
    CHECK(tty.out.find("LCSPR criteria") != std::string::npos);
    CHECK(tty.out.find("Key questions") != std::string::npos);
    const json r = d.report("2026-09-24");
    const json& fields = r["chronology"].back()["fields"];
    CHECK(fields["recommendation"] == "local-review-independent");
    CHECK(fields["criteria"] == json::array({"improvements-needed", "multi-agency-working"}));
    CHECK(fields["circumstances"] == json::array({"cross-boundary"}));
    CHECK(fields["questions"].size() == 2);
    CHECK(fields["rationale"] == "Learning for three agencies.");
    // The input ending part-way records nothing.
    const std::string before = d.file();
    const Run cut = shell("script -qec \"$SCR --as-of 2026-09-24 review decide " + d.id +
                              " --force\" /dev/null",
                          {.input = "1\ny\n", .cwd = d.p});
    CHECK(cut.code != 0);
    CHECK(d.file() == before);
}

TEST_CASE("review: a chair deciding on a review needs the criteria and key questions on record") {
    ReviewDesk d;
    d.ok({"event", "add", d.id, "notified", "--date", "2026-09-09"}, "2026-09-09");
    d.ok({"review", "decide", d.id, "--recommendation", "no-review", "--rationale",
          "Single-agency issue only.", "--date", "2026-09-24"},
         "2026-09-24");
    const std::string before = d.file();
    const Run r = d.run({"review", "chair", d.id, "--decision", "multi-agency-learning",
                         "--rationale", "Three agencies.", "--date", "2026-09-25"},
                        "2026-09-30");
    CHECK(r.code == 2);
    CHECK(r.err.find("--decision: a decision for multi-agency-learning needs the LCSPR criteria "
                     "and key questions") != std::string::npos);
    CHECK(d.file() == before);
    // A chair decision dated before a submission recorded earlier is a late entry, and is taken;
    // a second one needs --force.
    d.ok({"review", "submit", d.id, "--date", "2026-09-29"}, "2026-09-30");
    d.ok({"review", "chair", d.id, "--decision", "no-review", "--date", "2026-09-25"},
         "2026-09-30");
    const Run again = d.run(
        {"review", "chair", d.id, "--decision", "no-review", "--date", "2026-09-30"}, "2026-09-30");
    CHECK(again.code == 2);
    const Run empty_question =
        d.run({"review", "decide", d.id, "--recommendation", "national-review", "--criteria",
               "recurrent-themes", "--question", "  ", "--rationale", "x", "--force"},
              "2026-09-30");
    CHECK(empty_question.code == 2);
    CHECK(empty_question.err.find("--question: is empty") != std::string::npos);
}
