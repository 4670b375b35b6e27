// The statutory checks (issue 4; DOMAIN.md "Criteria"): every branch of the three-valued logic,
// each against the seed passage it implements.
#include "helpers.h"

#include "criteria/checks.h"

#include <algorithm>
#include <map>
#include <regex>

using namespace scr;
using scr::test::d;

namespace {

Child child(const std::string& pseudonym, const std::string& dob) {
    Child ch;
    ch.name = "Secret Name";
    ch.pseudonym = pseudonym;
    if (!dob.empty()) ch.date_of_birth = d(dob);
    return ch;
}

Case make_case(Kind kind, std::map<std::string, std::string> answers) {
    Case c;
    c.id = "2026-001";
    c.kind = kind;
    c.incident.date = d("2026-11-14");
    c.children = {child("Child A", "2016-05-01")};
    c.answers = std::move(answers);
    return c;
}

Case si(std::map<std::string, std::string> answers) {
    return make_case(Kind::serious_incident, std::move(answers));
}

CheckResult run(CheckResult (*check)(const CheckInput&), const Case& c) {
    return check({c, d("2026-11-22"), test::england()});
}

std::vector<std::string> keys(const CheckResult& r) {
    std::vector<std::string> out;
    for (const Question& q : r.questions) out.push_back(q.key);
    return out;
}

bool says(const CheckResult& r, const std::string& words) {
    return std::any_of(r.reasons.begin(), r.reasons.end(),
                       [&](const std::string& s) { return s.find(words) != std::string::npos; });
}

using V = Verdict;
using Keys = std::vector<std::string>;

} // namespace

TEST_CASE("criteria::check_child (DOMAIN.md 7 / 000 near-miss definition / 001)") {
    Case c = si({});
    CHECK(run(check_child, c).result == V::meets);
    CHECK(says(run(check_child, c), "Child A was 10 on the incident date, 2026-11-14."));

    SUBCASE("the 18th birthday is the first day of adulthood") {
        c.children = {child("Child A", "2008-11-14")};
        CHECK(run(check_child, c).result == V::not_met);
        CHECK(says(run(check_child, c), "adult safeguarding"));
        c.incident.date = d("2026-11-13");
        CHECK(run(check_child, c).result == V::meets);
        CHECK(says(run(check_child, c), "was 17"));
    }
    SUBCASE("born on 29 February: 18 on 1 March in a common year") {
        c.children = {child("Child A", "2008-02-29")};
        c.incident.date = d("2026-02-28");
        CHECK(run(check_child, c).result == V::meets);
        c.incident.date = d("2026-03-01");
        CHECK(run(check_child, c).result == V::not_met);
    }
    SUBCASE("unborn children, and children born after the incident") {
        c.children = {child("Baby A", "")};
        c.children[0].unborn = Ternary::yes;
        CHECK(run(check_child, c).result == V::meets);
        CHECK(says(run(check_child, c), "Baby A was unborn."));
        c.children[0].unborn.reset();
        c.children[0].date_of_birth = d("2026-12-01");
        CHECK(run(check_child, c).result == V::meets);
        CHECK(says(run(check_child, c), "born after the incident date"));
    }
    SUBCASE("a missing date of birth or incident date is a question, not a guess") {
        c.children[0].date_of_birth.reset();
        CHECK(run(check_child, c).result == V::cannot_tell);
        CHECK(keys(run(check_child, c)) == Keys{"children[0].date_of_birth"});
        c.children[0].date_of_birth = d("2016-05-01");
        c.incident.date.reset();
        CHECK(keys(run(check_child, c)) == Keys{"incident.date"});
        c.children[0].unborn = Ternary::yes; // unborn needs no dates
        CHECK(run(check_child, c).result == V::meets);
    }
    SUBCASE("several children: one 18-year-old makes the check not met, and is named") {
        c.children = {child("Child A", "2016-05-01"), child("Child B", "2008-01-02"),
                      child("", "2012-03-04")};
        const CheckResult r = run(check_child, c);
        CHECK(r.result == V::not_met);
        CHECK(says(r, "Child B was 18 on the incident date"));
        CHECK_FALSE(says(r, "Child A was")); // the deciding fact only
        c.children[1].date_of_birth.reset();
        CHECK(run(check_child, c).result == V::cannot_tell);
        c.children[1].date_of_birth = d("2009-01-02");
        CHECK(run(check_child, c).result == V::meets);
        CHECK(says(run(check_child, c), "child 3 was 14"));
    }
    SUBCASE("no child listed") {
        c.children.clear();
        CHECK(keys(run(check_child, c)) == Keys{"children"});
    }
    SUBCASE("reasons never carry a child's name") {
        c.children[0].pseudonym.clear();
        for (const std::string& reason : run(check_child, c).reasons)
            CHECK(reason.find("Secret") == std::string::npos);
    }
}

TEST_CASE("criteria::check_serious_case (002 s2.1-2.2 / 000)") {
    CHECK(run(check_serious_case, si({{"abuse_or_neglect", "known"}, {"died", "yes"}})).result == V::meets);
    CHECK(run(check_serious_case, si({{"abuse_or_neglect", "suspected"}, {"seriously_harmed", "yes"}}))
              .result == V::meets);
    const CheckResult no_abuse = run(check_serious_case, si({{"abuse_or_neglect", "no"}, {"died", "yes"}}));
    CHECK(no_abuse.result == V::not_met);
    CHECK(says(no_abuse, "neither known nor suspected"));
    CHECK(no_abuse.questions.empty());

    // An unknown decides only where the rest allows it.
    auto r = run(check_serious_case, si({{"abuse_or_neglect", "unknown"}, {"seriously_harmed", "yes"}}));
    CHECK(r.result == V::cannot_tell);
    CHECK(keys(r) == Keys{"abuse_or_neglect"});
    r = run(check_serious_case, si({{"abuse_or_neglect", "suspected"}, {"died", "no"}}));
    CHECK(keys(r) == Keys{"seriously_harmed"});
    CHECK(run(check_serious_case, si({{"abuse_or_neglect", "suspected"}, {"died", "no"}, {"seriously_harmed", "no"}}))
              .result == V::not_met);
    CHECK(run(check_serious_case, si({{"died", "no"}, {"seriously_harmed", "no"}})).result == V::not_met);
    CHECK(keys(run(check_serious_case, si({}))) == Keys{"abuse_or_neglect", "died", "seriously_harmed"});

    SUBCASE("a recorded date of death settles whether the child died") {
        Case c = si({{"abuse_or_neglect", "suspected"}});
        c.children[0].date_of_death = d("2026-11-14");
        CHECK(run(check_serious_case, c).result == V::meets);
        CHECK(says(run(check_serious_case, c), "A date of death is recorded for Child A"));
    }
    SUBCASE("a case of concern that is really a serious case says where it belongs") {
        Case c = make_case(Kind::case_of_concern, {{"abuse_or_neglect", "known"}, {"seriously_harmed", "yes"}});
        CHECK(says(run(check_serious_case, c), "serious incident notification instead"));
    }
}

TEST_CASE("criteria::check_notify_panel: s16C(1) Children Act 2004 (004 Appendix 1 / 003 stage 2)") {
    const std::map<std::string, std::string> harm = {{"abuse_or_neglect", "suspected"}, {"seriously_harmed", "yes"}};
    auto with = [&](std::map<std::string, std::string> more) {
        more.insert(harm.begin(), harm.end());
        return run(check_notify_panel, si(more));
    };
    CHECK(with({{"in_area", "yes"}}).result == V::meets);
    // (b): normally resident here, harmed outside England.
    CHECK(with({{"in_area", "no"}, {"normally_resident", "yes"}, {"outside_england", "yes"}}).result == V::meets);
    CHECK(with({{"in_area", "no"}, {"normally_resident", "no"}, {"outside_england", "yes"}}).result == V::not_met);
    CHECK_FALSE(says(with({{"in_area", "no"}, {"normally_resident", "no"}, {"outside_england", "yes"}}),
                     "where it happened"));
    // Elsewhere in England: that authority's duty, and the check says so.
    const CheckResult elsewhere = with({{"in_area", "no"}, {"normally_resident", "yes"}, {"outside_england", "no"}});
    CHECK(elsewhere.result == V::not_met);
    CHECK(says(elsewhere, "duty of the local authority where it happened"));
    // Unknowns: only the ones that could still change the answer are asked.
    CHECK(keys(with({{"normally_resident", "yes"}, {"outside_england", "no"}})) == Keys{"in_area"});
    CHECK(keys(with({})) == Keys{"in_area", "normally_resident", "outside_england"});
    CHECK(keys(with({{"in_area", "no"}, {"outside_england", "yes"}})) == Keys{"normally_resident"});
    // No serious harm: no duty, whatever is unknown about where.
    CHECK(run(check_notify_panel, si({{"abuse_or_neglect", "no"}})).result == V::not_met);
    CHECK(!run(check_notify_panel, si({{"abuse_or_neglect", "no"}})).source.empty());
}

TEST_CASE("criteria::check_consider_serious: a prompt / never a notification (002 s2.3)") {
    const auto r = run(check_consider_serious,
                       si({{"died", "yes"}, {"known_to_social_care", "yes"}, {"suicide_or_unexplained_death", "yes"}}));
    CHECK(r.result == V::meets);
    CHECK(says(r, "not a decision to notify"));
    CHECK(run(check_consider_serious, si({{"died", "yes"}, {"known_to_social_care", "no"}})).result == V::not_met);
    CHECK(run(check_consider_serious, si({{"died", "no"}})).result == V::not_met);
    CHECK(keys(run(check_consider_serious, si({{"died", "yes"}, {"known_to_social_care", "yes"}}))) ==
          Keys{"suicide_or_unexplained_death"});
}

TEST_CASE("criteria::check_ofsted_notifiable: the four bullets of 003 stage 1") {
    auto r = [](std::map<std::string, std::string> a) { return run(check_ofsted_notifiable, si(std::move(a))); };
    CHECK(r({{"died", "yes"}, {"abuse_or_neglect", "suspected"}}).result == V::meets);
    CHECK(r({{"seriously_harmed", "yes"}, {"abuse_or_neglect", "known"}}).result == V::meets);
    // Two bullets need no abuse or neglect.
    CHECK(r({{"died", "yes"}, {"abuse_or_neglect", "no"}, {"looked_after", "yes"}}).result == V::meets);
    CHECK(r({{"died", "yes"}, {"abuse_or_neglect", "no"}, {"regulated_setting", "yes"}}).result == V::meets);
    CHECK(r({{"died", "no"}, {"seriously_harmed", "yes"}, {"abuse_or_neglect", "no"}, {"looked_after", "yes"}})
              .result == V::not_met);
    CHECK(keys(r({{"died", "yes"}, {"looked_after", "no"}, {"regulated_setting", "no"}})) ==
          Keys{"abuse_or_neglect", "seriously_harmed"});
    CHECK(keys(r({{"died", "yes"}, {"seriously_harmed", "no"}, {"looked_after", "no"},
                  {"regulated_setting", "no"}})) == Keys{"abuse_or_neglect"});
    CHECK(keys(r({{"died", "yes"}, {"abuse_or_neglect", "no"}, {"regulated_setting", "no"}})) ==
          Keys{"looked_after"});
}

TEST_CASE("criteria::check_near_miss: the COC definition with multi-agency learning (000)") {
    auto r = [](std::map<std::string, std::string> a) {
        return run(check_near_miss, make_case(Kind::case_of_concern, std::move(a)));
    };
    CHECK(r({{"near_miss", "yes"}, {"multi_agency_learning", "yes"}}).result == V::meets);
    CHECK(says(r({{"near_miss", "yes"}, {"multi_agency_learning", "yes"}}), "decision B"));
    CHECK(r({{"system_warning_signs", "yes"}, {"multi_agency_learning", "yes"}}).result == V::meets);
    CHECK(r({{"near_miss", "yes"}, {"multi_agency_learning", "no"}}).result == V::not_met);
    CHECK(says(r({{"near_miss", "yes"}, {"multi_agency_learning", "no"}}), "decision A"));
    CHECK(r({{"near_miss", "no"}, {"system_warning_signs", "no"}}).result == V::not_met);
    CHECK(keys(r({{"system_warning_signs", "no"}, {"multi_agency_learning", "yes"}})) == Keys{"near_miss"});
    CHECK(keys(r({{"near_miss", "yes"}})) == Keys{"multi_agency_learning"});
}

TEST_CASE("criteria::check_learning: learning-request grounds (002 s3.1)") {
    auto r = [](std::map<std::string, std::string> a) {
        return run(check_learning, make_case(Kind::learning_request, std::move(a)));
    };
    CHECK(r({{"good_practice", "yes"}}).result == V::meets);
    CHECK(r({{"poor_practice", "yes"}, {"multi_agency_learning", "no"}}).result == V::meets);
    CHECK(r({{"multi_agency_learning", "yes"}}).result == V::meets);
    const std::map<std::string, std::string> none = {{"good_practice", "no"}, {"poor_practice", "no"},
        {"near_miss", "no"}, {"system_warning_signs", "no"}, {"multi_agency_learning", "no"}};
    CHECK(r(none).result == V::not_met);
    CHECK(r({}).result == V::cannot_tell);
    CHECK(r({}).questions.size() == 5);
}

TEST_CASE("criteria::check_child_death: CDOP for every death under 18 / and the JAR (001)") {
    Case c = si({{"died", "yes"}});
    c.children[0].date_of_death = d("2026-12-22");
    SUBCASE("no death, or not known") {
        CHECK(run(check_child_death, si({{"died", "no"}})).result == V::not_met);
        CHECK(keys(run(check_child_death, si({}))) == Keys{"died"});
        CHECK_FALSE(run(check_child_death, si({{"died", "no"}})).joint_agency_response);
    }
    SUBCASE("a JAR criterion: the meeting is due 5 working days from the death, across Christmas") {
        c.answers["external_cause"] = "yes";
        const CheckResult r = run(check_child_death, c);
        CHECK(r.result == V::meets);
        CHECK(says(r, "notify the Child Death Overview Panel"));
        REQUIRE(r.joint_agency_response);
        CHECK(r.joint_agency_response->needed == V::meets);
        // 23, 24, 29, 30, 31 December: 25 and 28 (Boxing Day substitute) are bank holidays.
        CHECK(r.joint_agency_response->due == d("2026-12-31"));
    }
    SUBCASE("no JAR criterion holds") {
        for (const char* k : {"external_cause", "sudden_unexplained", "custody_or_detention",
                              "suspicious_circumstances", "stillbirth_unattended"})
            c.answers[k] = "no";
        CHECK(run(check_child_death, c).joint_agency_response->needed == V::not_met);
    }
    SUBCASE("JAR criteria unknown: the death still meets, and the criteria are asked") {
        const CheckResult r = run(check_child_death, c);
        CHECK(r.result == V::meets);
        CHECK(r.joint_agency_response->needed == V::cannot_tell);
        CHECK(r.questions.size() == 4); // born alive: not a stillbirth
    }
    SUBCASE("a death at 18 is not a child death: the age counts on the date of death") {
        c.children[0].date_of_birth = d("2008-12-22");
        CHECK(run(check_child_death, c).result == V::not_met);
        c.children[0].date_of_birth = d("2008-12-23");
        CHECK(run(check_child_death, c).result == V::meets);
    }
    SUBCASE("an 18-year-old listed beside a child who died does not hide the child's death") {
        Child older = c.children[0];
        older.pseudonym = "Young person B";
        older.date_of_birth = d("2008-01-01");
        older.date_of_death.reset();
        c.children.insert(c.children.begin(), older);
        CHECK(run(check_child_death, c).result == V::meets);
    }
    SUBCASE("several deaths: the JAR is due from the earliest") {
        c.answers["external_cause"] = "yes";
        Child second = c.children[0];
        second.pseudonym = "Child B";
        second.date_of_death = d("2026-12-15");
        c.children.push_back(second);
        CHECK(run(check_child_death, c).joint_agency_response->due == d("2026-12-22"));
    }
    SUBCASE("no date of death: no JAR date is made up, and the date is asked") {
        c.children[0].date_of_death.reset();
        c.answers["external_cause"] = "yes";
        const CheckResult r = run(check_child_death, c);
        CHECK(r.result == V::meets);
        CHECK_FALSE(r.joint_agency_response->due);
        CHECK(keys(r) == Keys{"children[0].date_of_death"});
    }
    SUBCASE("the date of death asked is that of a child, not of an adult listed first") {
        c.children[0].date_of_death.reset();
        c.answers["external_cause"] = "yes";
        Child older = c.children[0];
        older.date_of_birth = d("2000-01-01");
        c.children.insert(c.children.begin(), older);
        CHECK(keys(run(check_child_death, c)) == Keys{"children[1].date_of_death"});
    }
    SUBCASE("a child born alive settles the stillbirth criterion") {
        for (const char* k : {"external_cause", "sudden_unexplained", "custody_or_detention", "suspicious_circumstances"})
            c.answers[k] = "no";
        CHECK(run(check_child_death, c).joint_agency_response->needed == V::not_met);
        c.children[0].unborn = Ternary::yes;
        CHECK(keys(run(check_child_death, c)) == Keys{"stillbirth_unattended"});
    }
}

TEST_CASE("criteria: every check cites a seed file and a section") {
    const Case c = si({});
    const std::regex seed(R"(\b00[0-4] [A-Z])");
    const std::regex section(R"(\bs\d|stage \d|Appendix \d|section|\(")");
    for (auto check : {check_child, check_serious_case, check_notify_panel, check_consider_serious,
                       check_ofsted_notifiable, check_near_miss, check_learning, check_child_death}) {
        const CheckResult r = run(check, c);
        CAPTURE(r.id);
        CHECK(!r.id.empty());
        CHECK(!r.title.empty());
        CHECK(std::regex_search(r.source, seed));
        CHECK(std::regex_search(r.source, section));
        CHECK(!r.reasons.empty());
    }
}
