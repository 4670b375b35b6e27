// Triage as a whole: which checks each kind runs, the recommendation and its due date, answers
// recorded with --set, and the JSON contract (issue 4).
#include "helpers.h"

#include "case/answer_set.h"
#include "criteria/triage.h"
#include "report/triage_report.h"

#include <algorithm>
#include <map>

using namespace scr;
using scr::test::d;

namespace {

Case make_case(Kind kind, std::map<std::string, std::string> answers) {
    Case c;
    c.id = "2026-001";
    c.kind = kind;
    c.incident.date = d("2026-12-18");
    Child ch;
    ch.name = "Secret Name";
    ch.pseudonym = "Child A";
    ch.date_of_birth = d("2016-05-01");
    c.children = {ch};
    c.answers = std::move(answers);
    return c;
}

void aware(Case& c, const std::string& date) {
    c.events.push_back(Event{d(date), "aware", {}, {}, {}});
}

Triage run(const Case& c, const std::string& as_of = "2026-12-22") {
    return triage(c, d(as_of), test::england());
}

std::vector<std::string> ids(const Triage& t) {
    std::vector<std::string> out;
    for (const CheckResult& r : t.checks) out.push_back(r.id);
    return out;
}

bool mentions(const Recommendation& r, const std::string& words) {
    return r.text.find(words) != std::string::npos;
}

using Ids = std::vector<std::string>;
const std::map<std::string, std::string> serious_here = {
    {"abuse_or_neglect", "suspected"}, {"seriously_harmed", "yes"}, {"died", "no"}, {"in_area", "yes"}};

} // namespace

TEST_CASE("criteria::triage runs the checks each kind calls for") {
    CHECK(ids(run(make_case(Kind::serious_incident, {}))) ==
          Ids{"child", "serious-case", "notify-panel", "consider-serious", "ofsted-notifiable", "child-death"});
    CHECK(ids(run(make_case(Kind::case_of_concern, {}))) == Ids{"child", "serious-case", "near-miss"});
    CHECK(ids(run(make_case(Kind::learning_request, {}))) == Ids{"child", "serious-case", "learning"});
    // Every death under 18 goes to CDOP, whichever form reported it (001).
    CHECK(ids(run(make_case(Kind::case_of_concern, {{"died", "yes"}}))).back() == "child-death");
}

TEST_CASE("criteria::recommend: notify the Panel 5 working days from aware (002 s2.4)") {
    Case c = make_case(Kind::serious_incident, serious_here);
    aware(c, "2026-12-21");
    Recommendation r = run(c).recommendation;
    CHECK(r.action == NextStep::notify_panel);
    // 22, 23, 24, 29, 30 December: Christmas Day and the Boxing Day substitute (28th) do not count.
    CHECK(r.due == d("2026-12-30"));
    CHECK(mentions(r, "4 working days left"));
    CHECK(mentions(r, "Report it to Ofsted by the same date"));
    CHECK(mentions(run(c, "2027-01-04").recommendation, "overdue"));
    c.events.push_back(Event{d("2026-12-31"), "notified", {}, {}, {}});
    CHECK(mentions(run(c, "2027-01-04").recommendation, "notified on 2026-12-31, late"));

    SUBCASE("without an aware event there is no due date, and the text says what to record") {
        c.events.clear();
        r = run(c).recommendation;
        CHECK_FALSE(r.due);
        CHECK(mentions(r, "No `aware` event is recorded"));
    }
}

TEST_CASE("criteria::recommend: unknowns that decide become queries to the referrer (004)") {
    Case c = make_case(Kind::serious_incident, {{"abuse_or_neglect", "suspected"}, {"seriously_harmed", "yes"}});
    aware(c, "2026-12-21");
    const Triage t = run(c);
    CHECK(t.recommendation.action == NextStep::queries_to_referrer);
    CHECK(mentions(t.recommendation, "in_area, normally_resident, outside_england"));
    CHECK(t.recommendation.due == d("2026-12-30")); // the clock runs while the answers come back
    std::vector<std::string> asked;
    for (const Question& q : open_questions(t)) asked.push_back(q.key);
    CHECK(asked.front() == "in_area");
    CHECK(std::count(asked.begin(), asked.end(), "in_area") == 1);
}

TEST_CASE("criteria::recommend for serious incidents that do not meet the duty") {
    auto next = [](std::map<std::string, std::string> a) {
        return run(make_case(Kind::serious_incident, std::move(a))).recommendation.action;
    };
    auto elsewhere = serious_here;
    elsewhere["in_area"] = "no";
    elsewhere["outside_england"] = "no";
    CHECK(next(elsewhere) == NextStep::tell_other_area);
    CHECK(next({{"abuse_or_neglect", "no"}, {"died", "yes"}, {"known_to_social_care", "yes"},
                {"suicide_or_unexplained_death", "yes"}}) == NextStep::consider_serious);
    CHECK(next({{"abuse_or_neglect", "no"}, {"died", "yes"}, {"known_to_social_care", "no"},
                {"looked_after", "yes"}}) == NextStep::notify_ofsted);
    CHECK(next({{"abuse_or_neglect", "no"}, {"died", "no"}, {"multi_agency_learning", "yes"}}) ==
          NextStep::consider_learning_review);
    CHECK(next({{"abuse_or_neglect", "no"}, {"died", "no"}, {"near_miss", "yes"}}) ==
          NextStep::consider_case_of_concern);
    CHECK(next({{"abuse_or_neglect", "no"}, {"died", "no"}, {"multi_agency_learning", "no"}, {"near_miss", "no"},
                {"system_warning_signs", "no"}}) == NextStep::no_further_action);
    // Whether there is learning is asked before closing it, not assumed.
    CHECK(next({{"abuse_or_neglect", "no"}, {"died", "no"}}) == NextStep::queries_to_referrer);
    const Triage closing = run(make_case(Kind::serious_incident, {{"abuse_or_neglect", "no"}, {"died", "no"}}));
    CHECK(mentions(closing.recommendation, "before closing it, ask whether there is learning"));
    CHECK(mentions(closing.recommendation, "(multi_agency_learning, near_miss, system_warning_signs)"));
    // The step's own questions are open questions too (JSON and prompts).
    const auto open = open_questions(closing);
    CHECK(std::any_of(open.begin(), open.end(), [](const Question& q) { return q.key == "near_miss"; }));
}

TEST_CASE("criteria::recommend: an unknown Ofsted criterion is asked and Ofsted's clock is named") {
    auto rec = [](std::map<std::string, std::string> a) {
        Case c = make_case(Kind::serious_incident, std::move(a));
        aware(c, "2026-12-21");
        return run(c).recommendation;
    };
    const Recommendation lac = rec({{"abuse_or_neglect", "no"}, {"died", "yes"}, {"known_to_social_care", "no"},
                                    {"regulated_setting", "no"}});
    CHECK(lac.action == NextStep::queries_to_referrer);
    CHECK(mentions(lac, "(looked_after"));
    // Panel questions open, Ofsted already due: both are said.
    const Recommendation both = rec({{"abuse_or_neglect", "known"}, {"seriously_harmed", "yes"}});
    CHECK(both.action == NextStep::queries_to_referrer);
    CHECK(mentions(both, "It is notifiable to Ofsted all the same (003 stage 1)."));
    CHECK(mentions(both, "The 5 working days from awareness on 2026-12-21 end on 2026-12-30"));
    const auto first = both.text.find("The 5 working days");
    CHECK(both.text.find("The 5 working days", first + 1) == std::string::npos); // said once
    // "Also consider as serious" does not drop a looked after child's death from Ofsted's list.
    const Recommendation lac_death = rec({{"abuse_or_neglect", "no"}, {"died", "yes"}, {"looked_after", "yes"},
                                          {"known_to_social_care", "yes"}, {"suicide_or_unexplained_death", "yes"}});
    CHECK(lac_death.action == NextStep::consider_serious);
    CHECK(mentions(lac_death, "notifiable to Ofsted"));
    CHECK(lac_death.due == d("2026-12-30"));
}

TEST_CASE("criteria::recommend: the Joint Agency Response is asked about or dated or overdue") {
    Case c = make_case(Kind::serious_incident, serious_here);
    c.answers["died"] = "yes";
    c.children[0].date_of_death = d("2026-12-22");
    CHECK(mentions(run(c).recommendation, "Whether a Joint Agency Response is needed is not yet known: ask "
                                          "external_cause, sudden_unexplained"));
    c.answers.erase("in_area"); // queries go out: the JAR questions go with them
    CHECK(mentions(run(c).recommendation, "sudden_unexplained"));
    CHECK_FALSE(mentions(run(c).recommendation, "stillbirth_unattended")); // born alive: settled
    c.answers["in_area"] = "yes";
    c.answers["custody_or_detention"] = "yes";
    CHECK(mentions(run(c, "2027-01-04").recommendation, "by 2026-12-31 (overdue)"));
}

TEST_CASE("criteria::recommend for cases of concern and learning requests") {
    auto next = [](Kind k, std::map<std::string, std::string> a) {
        return run(make_case(k, std::move(a))).recommendation;
    };
    const auto coc = Kind::case_of_concern;
    CHECK(next(coc, {{"near_miss", "yes"}, {"multi_agency_learning", "yes"}}).action ==
          NextStep::consider_case_of_concern);
    // abuse unknown does not hold a near miss up, but the doubt is stated.
    CHECK(mentions(next(coc, {{"near_miss", "yes"}, {"multi_agency_learning", "yes"}}), "Confirm it is not"));
    CHECK(next(coc, {{"near_miss", "yes"}, {"multi_agency_learning", "no"}}).action == NextStep::single_agency_learning);
    CHECK(next(coc, {{"near_miss", "no"}, {"system_warning_signs", "no"}, {"died", "no"},
                     {"seriously_harmed", "no"}}).action == NextStep::no_further_action);
    CHECK(next(coc, {{"near_miss", "yes"}}).action == NextStep::queries_to_referrer);
    CHECK(next(coc, {{"abuse_or_neglect", "known"}, {"seriously_harmed", "yes"}}).action ==
          NextStep::treat_as_serious_incident);

    const auto lr = Kind::learning_request;
    CHECK(next(lr, {{"multi_agency_learning", "yes"}}).action == NextStep::consider_learning_review);
    // Practice issues or near misses alone are grounds too (002 s3.3): the partnership decides.
    CHECK(next(lr, {{"poor_practice", "yes"}, {"multi_agency_learning", "no"}}).action ==
          NextStep::consider_learning_review);
    CHECK(mentions(next(lr, {{"poor_practice", "yes"}, {"multi_agency_learning", "no"}}), "single-agency learning may be enough"));
    // A death reported on a COC: the JAR questions go with the queries (001).
    CHECK(mentions(next(coc, {{"died", "yes"}, {"near_miss", "yes"}, {"abuse_or_neglect", "no"}}), "external_cause"));
    CHECK(next(lr, {}).action == NextStep::queries_to_referrer);
}

TEST_CASE("criteria::recommend: nobody under 18 is adult safeguarding / one adult among children is not") {
    Case c = make_case(Kind::serious_incident, serious_here);
    c.children[0].date_of_birth = d("2000-01-01");
    CHECK(run(c).recommendation.action == NextStep::adult_safeguarding);
    Child younger = c.children[0];
    younger.pseudonym = "Child B";
    younger.date_of_birth = d("2015-01-01");
    c.children.push_back(younger);
    CHECK(run(c).recommendation.action == NextStep::notify_panel);
}

TEST_CASE("criteria::recommend: a death adds CDOP and the JAR date") {
    Case c = make_case(Kind::serious_incident, serious_here);
    c.answers["died"] = "yes";
    c.answers["sudden_unexplained"] = "yes";
    c.children[0].date_of_death = d("2026-12-22");
    CHECK(mentions(run(c).recommendation, "notify CDOP"));
    CHECK(mentions(run(c).recommendation, "Joint Agency Response meeting by 2026-12-31"));
}

TEST_CASE("criteria::expected_outcome maps next steps onto the screening outcomes of 004") {
    CHECK(expected_outcome(NextStep::notify_panel) == "meets-rapid-review");
    CHECK(expected_outcome(NextStep::queries_to_referrer) == "queries-to-referrer");
    CHECK(expected_outcome(NextStep::single_agency_learning) == "single-agency-learning");
    CHECK(expected_outcome(NextStep::no_further_action) == "no-further-action");
    CHECK(expected_outcome(NextStep::consider_serious).empty()); // the panel's judgement
    CHECK(contradicts(NextStep::notify_panel, "no-further-action"));
    CHECK_FALSE(contradicts(NextStep::notify_panel, "meets-rapid-review"));
    CHECK_FALSE(contradicts(NextStep::consider_serious, "no-further-action"));
}

TEST_CASE("case::apply_setting records answers and the facts triage asks for") {
    Case c = make_case(Kind::serious_incident, {});
    const Result<Date> today = d("2026-11-22");
    CHECK(apply_setting(c, "died=no", today, test::england()).ok());
    CHECK(c.answers["died"] == "no");
    CHECK(apply_setting(c, "abuse_or_neglect=suspected", today, test::england()).ok());
    CHECK(apply_setting(c, "incident.date=-3d", today, test::england()).ok());
    CHECK(c.incident.date == d("2026-11-19"));
    CHECK(apply_setting(c, "children[0].date_of_birth=2012-02-03", today, test::england()).ok());
    CHECK(c.children[0].date_of_birth == d("2012-02-03"));
    CHECK(apply_setting(c, "children[0].unborn=no", today, test::england()).ok());

    auto error = [&](const std::string& set) {
        auto st = apply_setting(c, set, today, test::england());
        REQUIRE_FALSE(st.ok());
        return st.error().diag;
    };
    CHECK(error("died=perhaps").field == "--set died");
    CHECK(error("died=perhaps").message.find("perhaps") == std::string::npos);
    CHECK(error("abuse_or_neglect=yes").message == "must be known, suspected, no or unknown");
    CHECK(error("colour=red").field == "--set (key)"); // an unknown key may be a name
    CHECK(error("Secret Name=yes").field == "--set (key)");
    CHECK(error("children[1].date_of_birth=2012-01-01").field == "--set children[1].date_of_birth");
    CHECK(error("children[1].date_of_birth=2012-01-01").hint.find("0 to 0") != std::string::npos);
    CHECK(error("children[00].unborn=yes").field == "--set (key)");
    CHECK(error("incident.date=2026-02-30").field == "--set incident.date");
    CHECK(error("children[0].date_of_birth=2019-02-30").message.find("2019") == std::string::npos);
    CHECK(error("children[0].date_of_birth=2019-02-30").hint.find("2019") == std::string::npos);
    CHECK(apply_setting(c, "children[0].date_of_death=2026-12-01", today, test::england()).ok());
    CHECK(c.children[0].date_of_death == d("2026-12-01"));
    CHECK(error("died").field == "--set");
    auto many = apply_settings(c, {"died=no", "colour=red"}, today, test::england());
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().diag.hint.rfind("it is --set number 2;", 0) == 0);
    CHECK(setting_values("abuse_or_neglect") == "known/suspected/no/unknown");
    CHECK(setting_values("died") == "yes/no/unknown");
    CHECK(setting_values("children[3].unborn") == "yes/no");
    CHECK(setting_values("incident.date") == "YYYY-MM-DD or a date word");
    CHECK(error("children[0].unborn=unknown").message == "must be yes or no");
}

TEST_CASE("report::triage_to_json follows the issue 4 contract") {
    Case c = make_case(Kind::serious_incident, serious_here);
    aware(c, "2026-12-21");
    const auto j = triage_to_json(c, d("2026-12-22"), run(c));
    CHECK(j["case"] == "2026-001");
    CHECK(j["kind"] == "serious-incident");
    CHECK(j["checks"].size() == 6);
    const auto& first = j["checks"][0];
    for (const char* key : {"id", "title", "result", "reasons", "source", "questions"}) CHECK(first.contains(key));
    CHECK(j["recommendation"]["action"] == "notify-panel");
    CHECK(j["recommendation"]["due"] == "2026-12-30");
    CHECK(j.dump().find("Secret") == std::string::npos);
    const std::string md = render_triage_markdown(c, d("2026-12-22"), run(c));
    CHECK(md.find("## Recommendation: notify-panel (due 2026-12-30)") != std::string::npos);
}
