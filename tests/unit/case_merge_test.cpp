// Merging two versions of a case by meaning (scr merge-file, git's merge driver): unions of
// the timeline and the action plan, three-way fields, conflicts named by field and written so
// that split_conflict and `scr case renumber` read them back.
#include "helpers.h"

#include "case/conflict.h"
#include "case/decode.h"
#include "case/encode.h"
#include "case/merge.h"
#include "core/line_diff.h"

#include <algorithm>

using namespace scr;
using scr::test::d;

namespace {

const std::string base_text = R"(# yaml-language-server: $schema=../schemas/case.schema.json
id: 2026-014
kind: serious-incident
received: 2026-11-20
referrer:
  name: Sam Example
children:
  - name: Alex Example
    pseudonym: Child A
    date_of_birth: 2019-03-02
incident:
  date: 2026-11-17
  summary: Admitted to hospital.
answers:
  abuse_or_neglect: suspected
events:
  - date: 2026-11-18
    type: aware
  - date: 2026-11-23
    type: screening
    outcome: meets-rapid-review
    note: Screened by the business unit.
actions:
  - id: A1
    action: Review the referral pathway
    owner: Business Unit
    due: 2027-03-01
)";

Case base_case() {
    CaseLoad load = decode_case(base_text, "base", DecodeMode::case_file);
    REQUIRE(load.value);
    return *load.value;
}

Event event(const std::string& date, const std::string& type, const std::string& note = "") {
    return Event{d(date), type, {}, note, ""};
}

std::vector<std::string> types(const Case& c) {
    std::vector<std::string> out;
    for (const Event& e : c.events)
        out.push_back(format_iso(e.date) + " " + e.type + " " + e.note);
    return out;
}

} // namespace

TEST_CASE("merge::events added on both sides are all kept / in date order whichever side is ours") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.events.push_back(event("2026-11-25", "strategy-discussion", "ours, same day"));
    ours.events.push_back(event("2026-12-01", "note", "ours, later"));
    theirs.events.push_back(event("2026-11-24", "note", "theirs, earlier"));
    theirs.events.push_back(event("2026-11-25", "rapid-review-meeting", "theirs, same day"));
    const CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(m.ours == m.theirs);
    // A day's additions from both sides in the route's order, then custom types.
    CHECK(types(m.ours) ==
          std::vector<std::string>{
              "2026-11-18 aware ", "2026-11-23 screening Screened by the business unit.",
              "2026-11-24 note theirs, earlier", "2026-11-25 rapid-review-meeting theirs, same day",
              "2026-11-25 strategy-discussion ours, same day", "2026-12-01 note ours, later"});
    CHECK(merge_cases(base, theirs, ours).ours == m.ours);
}

TEST_CASE("merge::an event added identically on both sides appears once") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.events.push_back(event("2026-11-25", "note", "Strategy meeting held."));
    theirs.events = ours.events;
    theirs.events.push_back(event("2026-11-26", "note", "only theirs"));
    const CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(m.ours.events.size() == 4);
    CHECK(std::count_if(m.ours.events.begin(), m.ours.events.end(),
                        [](const Event& e) { return e.note == "Strategy meeting held."; }) == 1);
}

TEST_CASE(
    "merge::fields take the side that changed them / alike on both / differently is a conflict") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.incident.local_authority = "Exampletown";     // ours only
    theirs.referrer.role = "Teacher";                  // theirs only
    ours.received = theirs.received = d("2026-11-21"); // alike
    ours.incident.summary = "Ours: admitted with a fracture.";
    theirs.incident.summary = "Theirs: admitted after a fall.";
    const CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"incident.summary"});
    for (const Case* view : {&m.ours, &m.theirs}) {
        CHECK(view->incident.local_authority == "Exampletown");
        CHECK(view->referrer.role == "Teacher");
        CHECK(view->received == d("2026-11-21"));
    }
    CHECK(m.ours.incident.summary == ours.incident.summary);
    CHECK(m.theirs.incident.summary == theirs.incident.summary);
}

TEST_CASE("merge::an event edited on both sides merges by field / the same field is a conflict") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.events[1].by = "Business Unit";
    theirs.events[1].fields = {{"outcome", std::string("no-further-action")}};
    CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts.empty());
    REQUIRE(m.ours.events.size() == 2);
    CHECK(m.ours.events[1].by == "Business Unit");
    CHECK(std::get<std::string>(m.ours.events[1].fields.at(0).second) == "no-further-action");

    ours.events[1].note = "Ours.";
    theirs.events[1].note = "Theirs.";
    m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"events[1].note"});
}

TEST_CASE("merge::an event removed on one side goes / removed on one and changed on the other "
          "conflicts") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.events.erase(ours.events.begin());
    CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(m.ours.events.size() == 1);

    theirs.events[0].note = "Changed.";
    m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"events[0]"});
    CHECK(m.ours.events.size() == 1);
    CHECK(m.theirs.events.size() == 2);
}

TEST_CASE("merge::actions added under one id on both sides are both kept / theirs renumbered") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.actions.push_back(Action{"A2", "Audit strategy meetings", "Police", d("2027-04-01"), {}});
    theirs.actions.push_back(Action{"A2", "Train school staff", "Education", d("2027-05-01"), {}});
    theirs.extensions.push_back(Extension{"action:A2", d("2027-06-01"), "Chair", "Term dates"});
    const CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts.empty());
    REQUIRE(m.renumbered.size() == 1);
    CHECK(m.renumbered[0].from == "A2");
    CHECK(m.renumbered[0].to == "A3");
    REQUIRE(m.ours.actions.size() == 3);
    CHECK(m.ours.actions[1].action == "Audit strategy meetings");
    CHECK(m.ours.actions[2].id == "A3");
    CHECK(m.ours.actions[2].action == "Train school staff");
    REQUIRE(m.ours.extensions.size() == 1);
    CHECK(m.ours.extensions[0].milestone == "action:A3");
    CHECK(validate_case(m.ours).ok());
}

TEST_CASE(
    "merge::an action edited on both sides merges by field / done on different dates conflicts") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.actions[0].done = d("2027-02-01");
    theirs.actions[0].owner = "Partnership Manager";
    CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(m.ours.actions[0].done == d("2027-02-01"));
    CHECK(m.ours.actions[0].owner == "Partnership Manager");

    theirs.actions[0].done = d("2027-02-02");
    m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"actions[0].done"});
}

TEST_CASE("merge::children and answers merge by field / a child added on one side is kept") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.children[0].gender = "male";
    theirs.children.push_back(Child{.name = "Sam Example", .pseudonym = "Child B"});
    ours.answers["died"] = "no";
    theirs.answers["seriously_harmed"] = "yes";
    CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts.empty());
    REQUIRE(m.ours.children.size() == 2);
    CHECK(m.ours.children[0].gender == "male");
    CHECK(m.ours.children[1].pseudonym == "Child B");
    CHECK(m.ours.answers.size() == 3);

    theirs.answers["died"] = "unknown";
    theirs.children[0].gender = "female";
    m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"children[0].gender", "answers.died"});
}

TEST_CASE(
    "merge::a child added on both sides under one pseudonym is one entry / differences conflict") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.children.push_back(
        Child{.name = "Sam Example", .pseudonym = "Child B", .gender = "female"});
    theirs.children.push_back(Child{.name = "Sky Example", .pseudonym = "Child B"});
    const CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"children[1].name"});
    REQUIRE(m.ours.children.size() == 2);
    CHECK(m.theirs.children[1].gender == "female");
}

TEST_CASE("merge_case_files::a clean merge is a valid case file written as scr writes them") {
    Case ours = base_case(), theirs = base_case();
    ours.events.push_back(event("2026-11-25", "note", "Ours."));
    theirs.events.push_back(event("2026-11-26", "note", "Theirs."));
    const FileMerge f =
        merge_case_files(base_text, format_case(ours), format_case(theirs), "cases/2026-014.yaml");
    CHECK(f.outcome == MergeOutcome::clean);
    const CaseLoad back = decode_case(f.text, "merged", DecodeMode::case_file);
    REQUIRE(back.value);
    CHECK(back.value->events.size() == 4);
    CHECK(f.text == format_case(*back.value));
}

TEST_CASE(
    "merge_case_files::a conflict marks only the field / split_conflict gives both views back") {
    Case ours = base_case(), theirs = base_case();
    ours.incident.summary = "Ours: admitted with a fracture.";
    theirs.incident.summary = "Theirs: admitted after a fall.";
    ours.events.push_back(event("2026-11-25", "note", "Ours."));
    const FileMerge f =
        merge_case_files(base_text, format_case(ours), format_case(theirs), "cases/2026-014.yaml");
    CHECK(f.outcome == MergeOutcome::conflict);
    CHECK(f.conflicts == std::vector<std::string>{"incident.summary"});
    CHECK(f.text.find("<<<<<<< ours\n  summary: \"Ours: admitted with a fracture.\"\n=======\n"
                      "  summary: \"Theirs: admitted after a fall.\"\n>>>>>>> theirs\n") !=
          std::string::npos);
    const auto sides = split_conflict(f.text);
    REQUIRE(sides);
    const CaseLoad mine = decode_case(sides->ours, "ours", DecodeMode::case_file);
    const CaseLoad yours = decode_case(sides->theirs, "theirs", DecodeMode::case_file);
    REQUIRE(mine.value);
    REQUIRE(yours.value);
    CHECK(mine.value->incident.summary == ours.incident.summary);
    CHECK(yours.value->incident.summary == theirs.incident.summary);
    CHECK(yours.value->events.size() == 3); // the clean part of the merge is on both sides
}

TEST_CASE("merge_case_files::both sides added the file / split gives each whole for renumber") {
    Case ours = base_case(), theirs = base_case();
    theirs.kind = Kind::learning_request;
    theirs.incident.summary = "Another referral.";
    const std::string a = format_case(ours), b = format_case(theirs);
    const FileMerge f = merge_case_files("", a, b, "cases/2026-014.yaml");
    CHECK(f.outcome == MergeOutcome::added_twice);
    const auto sides = split_conflict(f.text);
    REQUIRE(sides);
    CHECK(sides->ours == a);
    CHECK(sides->theirs == b);
    CHECK(merge_case_files("", a, a, "cases/2026-014.yaml").outcome == MergeOutcome::clean);
}

TEST_CASE("merge_case_files::an unreadable side leaves both between markers / names side and field "
          "only") {
    const std::string broken = base_text + "<<<<<<< HEAD\nx: 1\n=======\nx: 2\n>>>>>>> other\n";
    const std::string theirs = base_text + "learning:\n  sharing: Theirs only.\n";
    const FileMerge f = merge_case_files(base_text, broken, theirs, "cases/2026-014.yaml");
    CHECK(f.outcome == MergeOutcome::unreadable);
    CHECK(f.problem.file == "cases/2026-014.yaml (ours)");
    CHECK(f.problem.message.empty());
    CHECK(f.text.find("x: 2\n") != std::string::npos);
    CHECK(f.text.find("sharing: Theirs only.") != std::string::npos);

    const FileMerge bad_kind =
        merge_case_files(base_text, base_text, "id: 2026-014\nkind: Alex Example\n", "c.yaml");
    CHECK(bad_kind.outcome == MergeOutcome::unreadable);
    CHECK(bad_kind.problem.field == "kind");
    CHECK(bad_kind.problem.file.find("(theirs)") != std::string::npos);
}

TEST_CASE("merge_case_files::a merge that would break a rule is left as a conflict") {
    Case ours = base_case(), theirs = base_case();
    ours.children[0].date_of_death = d("2026-11-17");
    theirs.children[0].date_of_birth = d("2026-12-01"); // now after the death ours recorded
    const FileMerge f =
        merge_case_files(base_text, format_case(ours), format_case(theirs), "c.yaml");
    CHECK(f.outcome == MergeOutcome::breaks_rules);
    CHECK(f.problem.field == "children[0].date_of_death");
    REQUIRE(split_conflict(f.text));
    CHECK(split_conflict(f.text)->theirs == format_case(theirs));
}

TEST_CASE("join_conflict::only differing lines are marked / round trip through split_conflict") {
    const std::string a = "a\nb\nc\nd\ne\nf\ng\nh\n", b = "a\nB\nc\nd\ne\nf\nG\nh\n";
    const std::string joined = join_conflict(a, b);
    CHECK(joined == "a\n<<<<<<< ours\nb\n=======\nB\n>>>>>>> theirs\nc\nd\ne\nf\n"
                    "<<<<<<< ours\ng\n=======\nG\n>>>>>>> theirs\nh\n");
    REQUIRE(split_conflict(joined));
    CHECK(split_conflict(joined)->ours == a);
    CHECK(split_conflict(joined)->theirs == b);
    // Two differences a line apart are one conflict, not slivers.
    CHECK(join_conflict("x\ny\nz\n", "X\ny\nZ\n") ==
          "<<<<<<< ours\nx\ny\nz\n=======\nX\ny\nZ\n>>>>>>> theirs\n");
    // A last line without a newline still leaves the marker on a line of its own.
    CHECK(join_conflict("a\nb", "a\nc") == "a\n<<<<<<< ours\nb\n=======\nc\n>>>>>>> theirs\n");
}

TEST_CASE("diff_lines::insertions and deletions are runs of their own") {
    const auto runs = diff_lines("a\nb\nc\nd\ne\n", "a\nb\nx\nc\nd\ne\n");
    REQUIRE(runs.size() == 3);
    CHECK(runs[0].same);
    CHECK(runs[0].a.size() == 2);
    CHECK_FALSE(runs[1].same);
    CHECK(runs[1].a.empty());
    CHECK(runs[1].b == std::vector<std::string_view>{"x\n"});
    CHECK(runs[2].a.size() == 3);
}

// The rules that keep a merge from hiding or moving a deadline (scr-merge-file(1)).

namespace {

// The merge both ways round: a clean one must not depend on which side pulled.
CaseMerge merged_both_ways(const Case& base, const Case& ours, const Case& theirs) {
    CaseMerge m = merge_cases(base, ours, theirs);
    const CaseMerge back = merge_cases(base, theirs, ours);
    if (m.conflicts.empty()) {
        CHECK(back.conflicts.empty());
        CHECK(m.ours == m.theirs);
        CHECK(back.ours == m.ours);
    } else {
        CHECK(!back.conflicts.empty());
    }
    return m;
}

Event decision(const std::string& date, const std::string& type, const std::string& outcome) {
    return Event{d(date), type, {{"outcome", outcome}}, "", ""};
}

} // namespace

TEST_CASE("merge::an event's date edited on one side is the same event / edited on both sides the "
          "date conflicts") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.events[0].date = d("2026-11-16");
    theirs.events[0].note = "Told by the hospital.";
    CaseMerge m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts.empty());
    REQUIRE(m.ours.events.size() == 2);
    CHECK(types(m.ours)[0] == "2026-11-16 aware Told by the hospital.");

    theirs.events[0].date = d("2026-11-17");
    m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"events[0].date"});
    CHECK(m.ours.events.size() == 2);
    CHECK(m.theirs.events.size() == 2);
    CHECK(m.ours.events[0].date == d("2026-11-16"));
    CHECK(m.theirs.events[0].date == d("2026-11-17"));
}

TEST_CASE("merge::a child's pseudonym changed on both sides conflicts / pseudonym on one and date "
          "of birth on the other is one child with both") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.children[0].pseudonym = "Child Y";
    theirs.children[0].pseudonym = "Child Z";
    CaseMerge m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"children[0].pseudonym"});
    CHECK(m.ours.children.size() == 1);
    CHECK(m.theirs.children.size() == 1);

    theirs.children[0].pseudonym = "Child A";
    theirs.children[0].date_of_birth = d("2019-03-03");
    m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts.empty());
    REQUIRE(m.ours.children.size() == 1);
    CHECK(m.ours.children[0].pseudonym == "Child Y");
    CHECK(m.ours.children[0].date_of_birth == d("2019-03-03"));
}

TEST_CASE("merge::an edit that cannot be told from a new entry is never kept twice") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    // Ours renamed Child A and added Child B: which of the two is Child A cannot be told.
    ours.children[0].pseudonym = "Child Y";
    ours.children.push_back(Child{.name = "Sam Example", .pseudonym = "Child B"});
    CaseMerge m = merged_both_ways(base, ours, theirs); // theirs left the child alone
    CHECK(m.conflicts.empty());
    CHECK(m.ours.children == ours.children);

    theirs.children[0].date_of_birth = d("2019-03-03"); // theirs changed it: a conflict
    m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"children[0]"});
    CHECK(m.ours.children == ours.children);
    CHECK(m.theirs.children == theirs.children);

    theirs = base; // theirs renamed it too, and added another child: two versions of Child A
    theirs.children[0].pseudonym = "Child Z";
    theirs.children.push_back(Child{.name = "Jo Example", .pseudonym = "Child C"});
    m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"children"});
    CHECK(m.ours.children == ours.children);
    CHECK(m.theirs.children == theirs.children);
}

TEST_CASE("merge::events added on both sides on one day under one type differently conflict") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.events.push_back(decision("2026-11-25", "professionals-meeting", "criteria-met"));
    theirs.events.push_back(decision("2026-11-25", "professionals-meeting", "criteria-not-met"));
    CaseMerge m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"events[2]"});
    REQUIRE(m.reasons.size() == 1);
    CHECK(m.reasons[0].find("differently") != std::string::npos);
    REQUIRE(m.ours.events.size() == 3);
    REQUIRE(m.theirs.events.size() == 3);
    CHECK(m.ours.events[2] == ours.events[2]);
    CHECK(m.theirs.events[2] == theirs.events[2]);

    // A custom type too: two notes of one day cannot be told apart from one edited.
    ours.events[2] = event("2026-11-25", "note", "Ours.");
    theirs.events[2] = event("2026-11-25", "note", "Theirs.");
    CHECK(merged_both_ways(base, ours, theirs).conflicts == std::vector<std::string>{"events[2]"});
    theirs.events[2] = ours.events[2]; // the same note: once
    m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(m.ours.events.size() == 3);
}

TEST_CASE("merge::events of a type that happens once or records a decision added on both sides "
          "differently conflict whatever their dates") {
    const Case base = base_case();
    for (const char* type : {"notified", "aware", "lcspr-decided", "panel-response", "screening"}) {
        CAPTURE(type);
        Case ours = base, theirs = base;
        ours.events.push_back(decision("2026-11-26", type, "agree-meets"));
        theirs.events.push_back(decision("2026-11-30", type, "agree-meets"));
        const CaseMerge m = merged_both_ways(base, ours, theirs);
        CHECK(m.conflicts == std::vector<std::string>{"events[2]"});
        CHECK(m.ours.events.size() == 3);
        CHECK(m.theirs.events.size() == 3);
        CHECK(m.theirs.events[2].date == d("2026-11-30"));
    }
    // Meetings and plans may recur, and a custom type may happen any number of times.
    for (const char* type :
         {"rapid-review-meeting", "publication-planned", "strategy-discussion"}) {
        CAPTURE(type);
        Case ours = base, theirs = base;
        ours.events.push_back(event("2026-11-26", type));
        theirs.events.push_back(event("2026-11-30", type));
        const CaseMerge m = merged_both_ways(base, ours, theirs);
        CHECK(m.conflicts.empty());
        CHECK(m.ours.events.size() == 4);
    }
}

TEST_CASE("merge::a case closed on one side while the other recorded events conflicts on events") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.events.push_back(event("2026-12-01", "closed"));
    theirs.events.push_back(event("2026-11-24", "notified"));
    theirs.events.push_back(event("2026-12-01", "rapid-review-meeting"));
    theirs.actions[0].owner = "Partnership Manager"; // what merges still merges
    CaseMerge m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts == std::vector<std::string>{"events"});
    CHECK(m.reasons == std::vector<std::string>{
                           "the case was closed on one side while the other recorded events"});
    CHECK(types(m.ours).back() == "2026-12-01 closed ");
    CHECK(m.ours.events.size() == 3);
    CHECK(m.theirs.events.size() == 4);
    CHECK(m.theirs.actions[0].owner == "Partnership Manager");
    CHECK(m.ours.actions[0].owner == "Partnership Manager");
    CHECK(merge_cases(base, theirs, ours).conflicts == std::vector<std::string>{"events"});

    // Closed the same way on both sides, or while the other side changed no event: clean.
    theirs = ours;
    CHECK(merged_both_ways(base, ours, theirs).conflicts.empty());
    theirs = base;
    theirs.events[1].note = "Corrected.";
    theirs.actions.push_back(Action{"A2", "Audit", "Police", d("2027-04-01"), {}});
    m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(m.ours.events.size() == 3);
}

TEST_CASE("merge::actions added under one id on both sides / the one due first keeps it whichever "
          "side is ours") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.actions.push_back(Action{"A2", "Train school staff", "Education", d("2027-05-01"), {}});
    ours.extensions.push_back(Extension{"action:A2", d("2027-06-01"), "Chair", "Term dates"});
    theirs.actions.push_back(
        Action{"A2", "Audit strategy meetings", "Police", d("2027-04-01"), {}});
    const CaseMerge m = merged_both_ways(base, ours, theirs);
    REQUIRE(m.renumbered.size() == 1);
    CHECK(m.renumbered[0].ours);
    CHECK(m.renumbered[0].to == "A3");
    REQUIRE(m.ours.actions.size() == 3);
    CHECK(m.ours.actions[1].action == "Audit strategy meetings");
    CHECK(m.ours.actions[2].id == "A3");
    REQUIRE(m.ours.extensions.size() == 1);
    CHECK(m.ours.extensions[0].milestone == "action:A3");
    CHECK_FALSE(merge_cases(base, theirs, ours).renumbered[0].ours);
}

TEST_CASE("merge_case_files::a conflict of events is two readable cases / the message names no "
          "value") {
    Case ours = base_case(), theirs = base_case();
    ours.events.push_back(decision("2026-11-25", "screening", "meets-rapid-review"));
    ours.events.back().fields.emplace_back("rationale", std::string("Alex Example was hurt."));
    theirs.events.push_back(decision("2026-11-25", "screening", "no-further-action"));
    const FileMerge f =
        merge_case_files(base_text, format_case(ours), format_case(theirs), "cases/2026-014.yaml");
    CHECK(f.outcome == MergeOutcome::conflict);
    CHECK(f.conflicts == std::vector<std::string>{"events[2]"});
    for (const std::string& text : f.conflicts)
        CHECK(text.find("Alex") == std::string::npos);
    for (const std::string& text : f.reasons)
        CHECK(text.find("Alex") == std::string::npos);
    const auto sides = split_conflict(f.text);
    REQUIRE(sides);
    const CaseLoad mine = decode_case(sides->ours, "ours", DecodeMode::case_file);
    const CaseLoad yours = decode_case(sides->theirs, "theirs", DecodeMode::case_file);
    REQUIRE(mine.value);
    REQUIRE(yours.value);
    CHECK(mine.value->events == ours.events);
    CHECK(yours.value->events == theirs.events);
}

TEST_CASE("merge::entries both sides added go in one order whichever side is ours") {
    const Case base = base_case();
    Case ours = base, theirs = base;
    ours.children.push_back(Child{.name = "Sky Example", .pseudonym = "Child D", .gender = "male"});
    theirs.children.push_back(Child{.name = "Jo Example", .pseudonym = "Child B"});
    theirs.children.push_back(Child{.name = "Sky Example", .pseudonym = "Child D"});
    const CaseMerge m = merged_both_ways(base, ours, theirs);
    CHECK(m.conflicts.empty());
    REQUIRE(m.ours.children.size() == 3);
    CHECK(m.ours.children[1].pseudonym == "Child B"); // theirs' order kept
    CHECK(m.ours.children[2].gender == "male");
}

TEST_CASE("merge::one entry made the same on both sides by different edits is no conflict") {
    Case base = base_case();
    base.events.push_back(base.events[1]); // the same screening twice, as a hand edit may leave it
    Case ours = base, theirs = base;
    ours.events.pop_back();
    ours.events[1].note = "Corrected.";   // ours corrected one and removed the other
    theirs.events[2].note = "Corrected."; // theirs corrected one and kept the other
    const CaseMerge m = merge_cases(base, ours, theirs);
    CHECK(m.conflicts.empty());
    CHECK(m.ours == m.theirs);
    CHECK(m.ours.events == ours.events);
}
