// `scr deadlines` and `scr extend` end to end (issue 5 acceptance): the example profiles against
// the seeds' timetables, the JSON contract, ICS through a real iCalendar parser, CSV through a
// CSV reader, filters and exit codes.
#include "harness.h"

#include <nlohmann/json.hpp>

#include <map>

using namespace e2e;
using nlohmann::json;

namespace {

// Received on Friday 28 August 2026, before the summer bank holiday on Monday 31 August.
const char* friday_referral = R"({"kind": "serious-incident", "received": "2026-08-28",
 "referrer": {"name": "Pat Referrer"},
 "children": [{"name": "Robin Example", "pseudonym": "Child R", "date_of_birth": "2024-06-01"}],
 "incident": {"date": "2026-08-27", "summary": "Fractures found at hospital."},
 "events": [{"date": "2026-08-28", "type": "aware"}]})";

struct Partnership {
    TempDir t;
    fs::path p;
    explicit Partnership(const std::vector<std::string>& profiles = {"statutory"}) : p(t / "p") {
        REQUIRE(scr({"init", "p", "--name", "Example SCP"}, {.cwd = t.path()}).code == 0);
        std::string list;
        for (const std::string& name : profiles) {
            list += "  - " + name + "\n";
            if (name == "statutory") continue;
            fs::create_directories(p / "profiles");
            fs::copy_file(fs::path(SCR_SOURCE_DIR) / "examples" / "profiles" / (name + ".yaml"),
                          p / "profiles" / (name + ".yaml"));
        }
        write_text(p / "scr.yaml",
                   "name: Example SCP\ndivision: england-and-wales\nprofiles:\n" + list);
    }
    std::string add(const std::string& document) {
        const Run r = scr({"referral", "new", "--from", "-"}, {.input = document, .cwd = p});
        REQUIRE_MESSAGE(r.code == 0, r.err);
        return r.out.substr(0, r.out.size() - 1);
    }
    void event(const std::string& id, const std::string& type, const std::string& date,
               const std::vector<std::string>& sets = {}) {
        std::vector<std::string> args{"event", "add", id, type, "--date", date};
        for (const std::string& s : sets)
            args.insert(args.end(), {"--set", s});
        const Run r = scr(args, {.cwd = p});
        REQUIRE_MESSAGE(r.code == 0, r.err);
    }
    Run run(std::vector<std::string> args, const std::string& as_of = "2026-12-01") {
        args.insert(args.begin(), {"--as-of", as_of});
        return scr(args, {.cwd = p});
    }
    json deadlines(const std::string& as_of, std::vector<std::string> extra = {}) {
        extra.insert(extra.begin(), {"deadlines", "--format", "json"});
        const Run r = run(extra, as_of);
        REQUIRE_MESSAGE(r.code == 0, r.err);
        return json::parse(r.out);
    }
};

// milestone -> due (and the cut-off after a space when there is one).
std::map<std::string, std::string> dues(const json& list) {
    std::map<std::string, std::string> out;
    for (const json& d : list)
        out[d["milestone"]] = d["due"].get<std::string>() +
                              (d["cutoff"].is_null() ? "" : " " + d["cutoff"].get<std::string>());
    return out;
}

bool have_python_module(const std::string& module) {
    return shell("/usr/bin/python3 -c 'import " + module + "' 2>/dev/null").code == 0;
}

} // namespace

// Working days after Fri 28 Aug 2026, Mon 31 Aug being the summer bank holiday:
// day 1 Tue 1 Sep, 2 Wed 2, 3 Thu 3, 4 Fri 4, 5 Mon 7, 8 Thu 10, 9 Fri 11, 10 Mon 14,
// 12 Wed 16, 15 Mon 21.
TEST_CASE("the Bury profile reproduces seed 004's flow chart from a Friday before a bank holiday") {
    Partnership s({"statutory", "bury"});
    const std::string id = s.add(friday_referral);
    s.event(id, "screening", "2026-09-01", {"outcome=meets-rapid-review"});
    s.event(id, "rapid-review-submitted", "2026-09-21", {"recommendation=no-review"});
    s.event(id, "panel-response", "2026-10-02", {"outcome=agree-meets"});
    const auto due = dues(s.deadlines("2026-10-02"));
    CHECK(due.at("bury-screening-panel") == "2026-09-01");       // day 1
    CHECK(due.at("bury-sin-submitted") == "2026-09-02");         // the working day after screening
    CHECK(due.at("bury-author-identified") == "2026-09-03");     // days 2-3
    CHECK(due.at("bury-agency-returns") == "2026-09-11");        // days 2-9
    CHECK(due.at("bury-rapid-review-meeting") == "2026-09-14");  // day 10
    CHECK(due.at("bury-report-drafted") == "2026-09-16");        // day 12
    CHECK(due.at("bury-sign-off") == "2026-09-21 12:00");        // days 13-15, by noon
    CHECK(due.at("bury-report-to-panel") == "2026-09-21 17:00"); // day 15, by 5pm
    // "Usually within 10 working days" of Mon 21 Sep: Mon 5 Oct.
    CHECK(due.at("bury-panel-response") == "2026-10-05");
    // "Within 1 week" of the Panel's agreement on Fri 2 Oct: Fri 9 Oct.
    CHECK(due.at("bury-lcspr-model") == "2026-10-09");
    // The statutory milestones stand beside the local ones: notify by Mon 7 Sep (002 s2.4).
    CHECK(due.at("notify-panel") == "2026-09-07");
}

TEST_CASE("the KSCP profile reproduces seed 003's stages from a Friday before a bank holiday") {
    Partnership s({"statutory", "kscp"});
    const std::string id = s.add(friday_referral);
    s.event(id, "screening", "2026-09-01", {"outcome=meets-rapid-review"});
    s.event(id, "case-summaries-requested", "2026-09-02");
    const auto due = dues(s.deadlines("2026-09-02"));
    CHECK(due.at("kscp-triage") == "2026-09-01");              // stage 3, day 1
    CHECK(due.at("kscp-case-summaries-out") == "2026-09-02");  // stage 4, day 2
    CHECK(due.at("kscp-case-summaries-back") == "2026-09-09"); // stage 4, within 5 days of Wed 2
    CHECK(due.at("kscp-panel-convened") == "2026-09-10");      // stage 5, day 8
    CHECK(due.at("kscp-rapid-review-panel") == "2026-09-14");  // stage 6, day 10
    CHECK(due.at("kscp-decision-maker") == "2026-09-16");      // stage 7, day 12
    CHECK(due.at("kscp-inform-panel") == "2026-09-21");        // stage 7, 15 working days
}

TEST_CASE("the Tees profile reproduces seed 002's timescales from a Friday before a bank holiday") {
    Partnership s({"tees"});
    const std::string id = s.add(friday_referral);
    s.event(id, "notified", "2026-09-02");
    const auto due = dues(s.deadlines("2026-09-02"));
    CHECK(due.at("dsp-decision") == "2026-09-02"); // s2.6: two working days: Tue 1, Wed 2
    CHECK(due.at("notify-panel") == "2026-09-07"); // s2.4: five working days from awareness
    // s4.2: 15 working days from notification on Wed 2 Sep: 3 4 7 8 9 10 11 14 15 16 17 18 21
    // 22 23.
    CHECK(due.at("rapid-review") == "2026-09-23");
    CHECK(due.size() == 3);
}

TEST_CASE("deadlines JSON follows the PRODUCT.md contract and is sorted by due date then case") {
    Partnership s;
    const std::string a = s.add(friday_referral);
    const std::string b = s.add(friday_referral);
    s.event(a, "notified", "2026-09-04");
    s.event(b, "notified", "2026-09-10");
    s.event(b, "rapid-review-submitted", "2026-10-09", {"recommendation=no-review"});
    const json j = s.deadlines("2026-10-01");
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 4);
    for (const json& d : j) {
        for (const char* key :
             {"case", "milestone", "title", "due", "status", "completed", "working_days_left"})
            CHECK_MESSAGE(d.contains(key), key);
        CHECK(d["due"].get<std::string>().size() == 10);
        CHECK(d.dump().find("Robin") == std::string::npos);
    }
    CHECK(j[0]["due"] <= j[1]["due"]);
    CHECK(j[0]["case"] == a); // both notify-panel milestones fall due on Mon 7 Sep: a first
    CHECK(j[1]["case"] == b);
    CHECK(j[0]["status"] == "met");
    CHECK(j[1]["status"] == "missed");
    CHECK(j[1]["completed"] == "2026-09-10");
    CHECK(j[1]["working_days_left"] == -3); // done Thu 10 Sep, due Mon 7: 8 9 10
    CHECK(j[2]["milestone"] == "rapid-review");
    CHECK(j[2]["case"] == a);
    CHECK(j[2]["due"] == "2026-09-25"); // 15 working days from Fri 4 Sep
    CHECK(j[2]["status"] == "overdue");
    CHECK(j[2]["working_days_left"] == -4); // 28 29 30 Sep, 1 Oct
    CHECK(j[2]["completed"].is_null());
    // 15 working days from Thu 10 Sep is Thu 1 Oct, the as-of date. Its submission is dated
    // 9 October, after the as-of date, so it has not happened yet, and neither has the start
    // of the Panel's 15 days.
    CHECK(j[3]["due"] == "2026-10-01");
    CHECK(j[3]["status"] == "due-today");
    CHECK(j[3]["working_days_left"] == 0);
}

TEST_CASE("deadlines ICS parses with python3-icalendar and keeps its UIDs on re-export") {
    if (!have_python_module("icalendar")) {
        MESSAGE("python3-icalendar not installed (scripts/install-deps installs it); skipping");
        return;
    }
    Partnership s;
    const std::string id = s.add(friday_referral);
    s.event(id, "notified", "2026-09-04");
    // An action whose text names someone: the calendar must carry its id only.
    const Run first = s.run({"deadlines", "--format", "ics", "-o", "one.ics"}, "2026-09-07");
    REQUIRE_MESSAGE(first.code == 0, first.err);
    CHECK(first.out.empty());
    const Run again =
        s.run({"deadlines", "--format", "ics", "-o", "two.ics", "--remind", "3"}, "2026-09-08");
    REQUIRE(again.code == 0);
    const std::string ics = read_text(s.p / "one.ics");
    CHECK(ics.find("Robin") == std::string::npos);
    CHECK(ics.find("\r\n") != std::string::npos);
    for (std::size_t at = 0, next; (next = ics.find("\r\n", at)) != std::string::npos;
         at = next + 2)
        CHECK(next - at <= 75); // RFC 5545 s3.1: folded at 75 octets
    const std::string script = R"(
import sys, icalendar, datetime
def events(path):
    cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
    return [c for c in cal.walk('VEVENT')]
one = events(sys.argv[1]); two = events(sys.argv[2])
assert len(one) == 1, len(one)  # notify-panel is met; only the Rapid Review is open
e = one[0]
assert str(e['UID']) == sys.argv[3] + '-rapid-review@example-scp.scr', e['UID']
assert e['DTSTART'].dt == datetime.date(2026, 9, 25), e['DTSTART'].dt
assert e['DTEND'].dt == datetime.date(2026, 9, 26)
assert 'Child R' in str(e['SUMMARY']) and sys.argv[3] in str(e['SUMMARY'])
alarm = e.walk('VALARM')[0]
# 2 working days before Fri 25 Sep is Wed 23 Sep, at 09:00: 1 day and 15 hours before midnight.
assert alarm['TRIGGER'].dt == -datetime.timedelta(days=1, hours=15), alarm['TRIGGER'].dt
assert [str(x['UID']) for x in two] == [str(x['UID']) for x in one]
# 3 working days before Fri 25 Sep is Tue 22 Sep at 09:00.
assert two[0].walk('VALARM')[0]['TRIGGER'].dt == -datetime.timedelta(days=2, hours=15)
print('ok')
)";
    write_text(s.t / "check.py", script);
    const Run py = shell("/usr/bin/python3 " + (s.t / "check.py").string() + " " +
                         (s.p / "one.ics").string() + " " + (s.p / "two.ics").string() + " " + id);
    CHECK_MESSAGE(py.out == "ok\n", py.err);
}

TEST_CASE("deadlines ICS folds long UTF-8 lines without splitting a character and escapes text") {
    if (!have_python_module("icalendar")) return;
    Partnership s;
    const std::string doc =
        std::string(friday_referral)
            .replace(std::string(friday_referral).find("Child R"), 7,
                     "Enfant Zoë; the one, with a very long pseudonym that goes on and on ééééé");
    const std::string id = s.add(doc);
    const Run r = s.run({"deadlines", "--format", "ics"}, "2026-09-01");
    REQUIRE(r.code == 0);
    CHECK(r.out.find("Zo\xc3\xab\\; the one\\, with") != std::string::npos); // RFC 5545 s3.3.11
    write_text(s.t / "c.ics", r.out);
    const Run py =
        shell("/usr/bin/python3 -c \"import icalendar,sys; c=icalendar.Calendar.from_ical("
              "open(sys.argv[1],'rb').read()); e=c.walk('VEVENT')[0]; "
              "print(str(e['SUMMARY']))\" " +
              (s.t / "c.ics").string());
    CHECK(
        py.out.find("Enfant Zoë; the one, with a very long pseudonym that goes on and on ééééé") !=
        std::string::npos);
}

TEST_CASE("deadlines CSV round-trips through a CSV reader with a header row") {
    Partnership s;
    const std::string id = s.add(friday_referral);
    s.event(id, "notified", "2026-09-04");
    const Run csv = s.run({"deadlines", "--format", "csv"}, "2026-09-07");
    REQUIRE(csv.code == 0);
    CHECK(csv.out.rfind("case,milestone,title,due,status,completed,working_days_left,", 0) == 0);
    CHECK(csv.out.find("\r\n") != std::string::npos);
    write_text(s.t / "d.csv", csv.out);
    const Run py = shell("/usr/bin/python3 -c \"import csv,sys; rows=list(csv.DictReader(open("
                         "sys.argv[1], newline=''))); print(len(rows)); "
                         "print('|'.join(r['milestone']+' '+r['due']+' '+r['status']+' "
                         "'+r['working_days_left'] for r in rows)); "
                         "print(rows[1]['source'])\" " +
                         (s.t / "d.csv").string());
    CHECK(py.out == "2\nnotify-panel 2026-09-07 met 1|rapid-review 2026-09-25 pending 14\n"
                    "002 s4.2, s4.9; 003 stage 7 (15 working days from notification)\n");
}

TEST_CASE("deadlines filters and exit codes") {
    Partnership s;
    const std::string a = s.add(friday_referral);
    const std::string b = s.add(friday_referral);
    s.event(b, "notified", "2026-09-04");
    // On 14 September a's notification (due 7 Sep) is overdue; b's Rapid Review is pending.
    auto ids = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"deadlines", "--format", "json"});
        const Run r = s.run(args, "2026-09-14");
        REQUIRE_MESSAGE(r.code == 0, r.err);
        std::string out;
        for (const json& d : json::parse(r.out))
            out += d["case"].get<std::string>() + ":" + d["milestone"].get<std::string>() + " ";
        return out;
    };
    CHECK(ids({}) == a + ":notify-panel " + b + ":notify-panel " + b + ":rapid-review ");
    CHECK(ids({"--pending"}) == a + ":notify-panel " + b + ":rapid-review ");
    CHECK(ids({"--overdue"}) == a + ":notify-panel ");
    CHECK(ids({"--within", "5"}) == a + ":notify-panel ");
    CHECK(ids({"--within", "9"}) == a + ":notify-panel " + b + ":rapid-review ");
    CHECK(ids({"--owner", "partnership"}) == b + ":rapid-review ");
    CHECK(ids({"--milestone", "notify-panel", "--status", "met"}) == b + ":notify-panel ");
    CHECK(ids({b}) == b + ":notify-panel " + b + ":rapid-review ");
    CHECK(ids({"--status", "pending", b}) == b + ":rapid-review "); // the ID is not a status
    CHECK(s.run({"deadlines", "--fail-on-overdue"}, "2026-09-14").code == 1);
    CHECK(s.run({"deadlines", "--fail-on-overdue", b}, "2026-09-14").code == 0);
    CHECK(s.run({"deadlines", "--fail-on-overdue"}, "2026-09-01").code == 0);
    for (const std::vector<std::string>& bad :
         std::vector<std::vector<std::string>>{{"--format", "xml"},
                                               {"--within", "-1"},
                                               {"--within", "x"},
                                               {"--milestone", "rapid_review"},
                                               {"--status", "late"},
                                               {"2026-999"},
                                               {"Robin Example"},
                                               {"--remind", "99"}}) {
        std::vector<std::string> args{"deadlines"};
        args.insert(args.end(), bad.begin(), bad.end());
        const Run r = s.run(args, "2026-09-14");
        CAPTURE(bad[0]);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(r.err.find("Robin") == std::string::npos);
    }
    // A closed case drops out of the default listing but stays reachable by its ID.
    s.event(a, "closed", "2026-09-10");
    CHECK(ids({}) == b + ":notify-panel " + b + ":rapid-review ");
    CHECK(ids({a}) == a + ":notify-panel ");
}

TEST_CASE("deadlines names a case file that fails to load and still reports the others") {
    Partnership s;
    const std::string a = s.add(friday_referral);
    const std::string b = s.add(friday_referral);
    write_text(s.p / "cases" / (a + ".yaml"), "id: " + a + "\nkind: [oops\n");
    const Run r = s.run({"deadlines", "--format", "json"}, "2026-09-01");
    CHECK(r.code == 2);
    CHECK(r.err.find("cases/" + a + ".yaml:") != std::string::npos);
    const json j = json::parse(r.out);
    REQUIRE(j.size() == 1);
    CHECK(j[0]["case"] == b);
    // A profile scr.yaml names but that is not there is bad input, with what to do about it.
    write_text(s.p / "scr.yaml",
               "name: Example SCP\ndivision: england-and-wales\nprofiles: [statutory, bury]\n");
    const Run missing = s.run({"deadlines"}, "2026-09-01");
    CHECK(missing.code == 2);
    CHECK(missing.err.find("profiles/bury.yaml") != std::string::npos);
}

TEST_CASE("deadlines explain shows the working and extend moves a due date") {
    Partnership s;
    const std::string id = s.add(friday_referral);
    s.event(id, "notified", "2026-12-18");
    const std::string before = read_text(s.p / "cases" / (id + ".yaml"));
    // Refusals change nothing.
    for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>>{
             {"extend", id, "panel-response", "--until", "2027-02-01", "--agreed-by",
              "National Panel", "--reason", "r"},
             {"extend", id, "rapid-review", "--until", "2027-01-04", "--agreed-by",
              "National Panel", "--reason", "r"},
             {"extend", id, "rapid-review", "--until", "2027-02-30", "--agreed-by",
              "National Panel", "--reason", "r"},
             {"extend", id, "rapid-review", "--until", "2027-02-01", "--reason", "r"},
             {"extend", "2026-999", "rapid-review", "--until", "2027-02-01", "--agreed-by", "P",
              "--reason", "r"}}) {
        const Run r = s.run(bad, "2026-12-21");
        CAPTURE(bad[2]);
        CHECK(r.code == 2);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    }
    CHECK(s.run({"extend", id, "rapid-review", "--until", "2027-02-01", "--agreed-by",
                 "National Panel", "--reason", "Criminal investigation", "-n"},
                "2026-12-21")
              .code == 0);
    CHECK(read_text(s.p / "cases" / (id + ".yaml")) == before);
    const Run ok = s.run({"extend", id, "rapid-review", "--until", "2027-02-01", "--agreed-by",
                          "National Panel", "--reason", "Criminal investigation delayed returns"},
                         "2026-12-21");
    REQUIRE_MESSAGE(ok.code == 0, ok.err);
    CHECK(ok.out ==
          id + ": rapid-review extended from 2027-01-13 to 2027-02-01, agreed by National Panel\n");
    CHECK(mode_of(s.p / "cases" / (id + ".yaml")) == 0600);
    // A second extension must give more time than the first did.
    const Run shorter = s.run({"extend", id, "rapid-review", "--until", "2027-01-25", "--agreed-by",
                               "National Panel", "--reason", "r"},
                              "2026-12-21");
    CHECK(shorter.code == 2);
    CHECK(shorter.err.find("not after the milestone's due date 2027-02-01") != std::string::npos);
    const json j = s.deadlines("2027-01-20", {"--milestone", "rapid-review", "--explain"});
    REQUIRE(j.size() == 1);
    CHECK(j[0]["due"] == "2027-02-01");
    CHECK(j[0]["original_due"] == "2027-01-13");
    CHECK(j[0]["status"] == "pending");
    CHECK(j[0]["extension"]["agreed_by"] == "National Panel");
    const json& x = j[0]["explain"];
    CHECK(x["from"] == "notified");
    CHECK(x["start"] == "2026-12-18");
    CHECK(x["period"] == "15 working days");
    CHECK(x["calendar"] == "statutory");
    std::string skipped;
    for (const json& day : x["skipped"])
        skipped += day["date"].get<std::string>() + " " + day["reason"].get<std::string>() + "; ";
    CHECK(skipped.find("2026-12-25 Christmas Day; 2026-12-26 Saturday; 2026-12-27 Sunday; "
                       "2026-12-28 Boxing Day (substitute day);") != std::string::npos);
    const Run table = s.run({"deadlines", "--explain"}, "2027-01-20");
    CHECK(table.out.find("extended from 2027-01-13 to 2027-02-01, agreed by National Panel") !=
          std::string::npos);
    CHECK(table.out.find("Fri 2027-01-01 (New Year") != std::string::npos);
    CHECK(table.out.find("\x1b[") == std::string::npos); // piped: no colour
}

TEST_CASE("on a terminal deadlines are coloured by status and say when in words") {
    if (shell("command -v script >/dev/null").code != 0) return;
    Partnership s;
    const std::string id = s.add(friday_referral);
    const Run tty = shell("cd " + s.p.string() +
                          " && script -qec \"$SCR --as-of 2026-09-09 deadlines\" /dev/null");
    CHECK(tty.code == 0);
    CHECK(tty.out.find("\x1b[1;31m") != std::string::npos); // overdue in bold red
    CHECK(tty.out.find("2 working days late") != std::string::npos);
    CHECK(tty.out.find("Child R") != std::string::npos);
    CHECK(tty.out.find("Robin") == std::string::npos);
    const Run file =
        shell("cd " + s.p.string() +
              " && script -qec \"$SCR --as-of 2026-09-09 deadlines -o out.txt\" /dev/null");
    CHECK(file.code == 0);
    CHECK(read_text(s.p / "out.txt").find("\x1b[") == std::string::npos);
    CHECK(read_text(s.p / "out.txt").find("2 working days late") != std::string::npos);
}

TEST_CASE("check reports an extension for a milestone no profile defines and a missing profile") {
    Partnership s;
    const std::string id = s.add(friday_referral);
    s.event(id, "notified", "2026-09-04");
    REQUIRE(s.run({"extend", id, "rapid-review", "--until", "2026-10-30", "--agreed-by", "Panel",
                   "--reason", "Delay"},
                  "2026-09-07")
                .code == 0);
    CHECK(s.run({"check"}).code == 0);
    const fs::path file = s.p / "cases" / (id + ".yaml");
    std::string text = read_text(file);
    text.replace(text.find("milestone: rapid-review"), 23, "milestone: rapid-reveiw");
    write_text(file, text);
    const Run check = s.run({"check"});
    CHECK(check.code == 1);
    CHECK(check.err.find(".yaml:") != std::string::npos);
    CHECK(check.err.find("extensions[0].milestone: is not a milestone of the profiles in force") !=
          std::string::npos);
    // deadlines still answers, with the unextended date, and warns.
    const Run d = s.run({"deadlines", "--format", "json"}, "2026-09-07");
    CHECK(d.code == 0);
    CHECK(d.err.find("warning") != std::string::npos);
    CHECK(json::parse(d.out)[1]["due"] == "2026-09-25");
    write_text(s.p / "scr.yaml",
               "name: Example SCP\ndivision: england-and-wales\nprofiles: [statutory, kscp]\n");
    const Run missing = s.run({"check"});
    CHECK(missing.code == 1);
    CHECK(missing.err.find("profiles/kscp.yaml") != std::string::npos);
}

TEST_CASE("extend refuses a milestone already done") {
    Partnership s;
    const std::string id = s.add(friday_referral);
    s.event(id, "notified", "2026-09-14"); // notify-panel was due Mon 7 Sep: missed
    const std::string before = read_text(s.p / "cases" / (id + ".yaml"));
    const Run r = s.run({"extend", id, "notify-panel", "--until", "2026-09-30", "--agreed-by",
                         "Chair", "--reason", "late"},
                        "2026-09-15");
    CHECK(r.code == 2);
    CHECK(r.err.find("was done on 2026-09-14 (missed)") != std::string::npos);
    CHECK(read_text(s.p / "cases" / (id + ".yaml")) == before);
}
