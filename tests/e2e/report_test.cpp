// `scr report` end to end (issue 6): timeliness checked by hand on a small fixture, redaction of
// every example case in every format, the register, and the refusals.
#include "harness.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

using namespace e2e;
using nlohmann::json;

namespace {

struct ReportDesk {
    TempDir t;
    fs::path p = t / "p";
    ReportDesk() { REQUIRE(scr({"init", "p", "--name", "Example SCP"}, {.cwd = t.path()}).code == 0); }
    std::string add(const std::string& document) {
        const Run r = scr({"referral", "new", "--from", "-"}, {.input = document, .cwd = p});
        REQUIRE_MESSAGE(r.code == 0, r.err);
        return r.out.substr(0, r.out.size() - 1);
    }
    Run run(std::vector<std::string> args, const std::string& as_of = "2026-04-30") {
        args.insert(args.begin(), {"--as-of", as_of});
        return scr(args, {.cwd = p});
    }
};

std::string serious(const std::string& received, const std::string& events) {
    return R"({"kind": "serious-incident", "received": ")" + received +
           R"(", "referrer": {"name": "Pat Referrer"}, "children": [{"name": "Alex Example"}],
 "incident": {"date": ")" +
           received + R"(", "summary": "Harm."}, "events": [)" + events + "]}";
}

json row(const json& t, const std::string& milestone) {
    for (const json& m : t["milestones"])
        if (m["milestone"] == milestone) return m;
    return nullptr;
}

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

} // namespace

TEST_CASE("report timeliness: figures worked out by hand") {
    ReportDesk d;
    // A: aware Mon 5 Jan, notified Fri 9 Jan (due Mon 12 Jan: on time, 4 working days);
    //    Rapid Review due Fri 30 Jan, submitted Tue 3 Feb (late, 17 working days);
    //    Panel due Tue 24 Feb, answered Fri 20 Feb (on time, 13 working days).
    d.add(serious("2026-01-05", R"({"date": "2026-01-05", "type": "aware"},
        {"date": "2026-01-06", "type": "screening", "outcome": "meets-rapid-review"},
        {"date": "2026-01-09", "type": "notified"},
        {"date": "2026-02-03", "type": "rapid-review-submitted", "recommendation": "local-review-independent"},
        {"date": "2026-02-20", "type": "panel-response", "outcome": "agree-meets"})"));
    // B: aware Mon 2 Feb, notified Tue 10 Feb (due Mon 9 Feb: late, 6 working days);
    //    Rapid Review due Tue 3 Mar, not submitted: still overdue on 31 March.
    d.add(serious("2026-02-02", R"({"date": "2026-02-02", "type": "aware"},
        {"date": "2026-02-03", "type": "screening", "outcome": "meets-rapid-review"},
        {"date": "2026-02-10", "type": "notified"})"));
    // C: aware Fri 20 Mar, notification due Fri 27 Mar, not made: overdue.
    d.add(serious("2026-03-20", R"({"date": "2026-03-20", "type": "aware"},
        {"date": "2026-03-23", "type": "screening", "outcome": "queries-to-referrer"})"));
    // D: a case of concern in the period; E: a learning request received before it.
    d.add(
        R"({"kind": "case-of-concern", "received": "2026-01-15", "referrer": {"name": "R", "role": "GP",
      "agency": "Practice"}, "children": [{"name": "Sam Example"}], "incident": {"date": "2026-01-10", "summary": "x"}})");
    d.add(R"({"kind": "learning-request", "received": "2025-12-15", "referrer": {"name": "R"},
      "children": [{"name": "Jo Example"}], "incident": {"date": "2025-12-10", "summary": "x"}})");

    const Run r = d.run(
        {"report", "timeliness", "--from", "2026-01-01", "--to", "2026-03-31", "--format", "json"});
    REQUIRE_MESSAGE(r.code == 0, r.err);
    const json t = json::parse(r.out);
    CHECK(t["from"] == "2026-01-01");
    CHECK(t["to"] == "2026-03-31");
    CHECK(t["as_of"] == "2026-03-31"); // judged at the end of the period, not today
    const json notify = row(t, "notify-panel");
    CHECK(notify["fell_due"] == 3);
    CHECK(notify["completed"] == 2);
    CHECK(notify["on_time"] == 1);
    CHECK(notify["late"] == 1);
    CHECK(notify["open_overdue"] == 1);
    CHECK(notify["median_working_days"] == 5.0); // (4 + 6) / 2
    CHECK(notify["longest_working_days"] == 6);
    const json rapid = row(t, "rapid-review");
    CHECK(rapid["fell_due"] == 2);
    CHECK(rapid["completed"] == 1);
    CHECK(rapid["on_time"] == 0);
    CHECK(rapid["late"] == 1);
    CHECK(rapid["open_overdue"] == 1);
    CHECK(rapid["median_working_days"] == 17.0);
    const json panel = row(t, "panel-response");
    CHECK(panel["completed"] == 1);
    CHECK(panel["on_time"] == 1);
    CHECK(panel["median_working_days"] == 13.0);
    CHECK(row(t, "lcspr-publish")["fell_due"] == 0);
    CHECK(row(t, "lcspr-publish")["median_working_days"].is_null());
    const json& c = t["counts"];
    CHECK(c["kind"] ==
          json{{"case-of-concern", 1}, {"learning-request", 0}, {"serious-incident", 3}});
    CHECK(c["screening"]["meets-rapid-review"] == 2);
    CHECK(c["screening"]["queries-to-referrer"] == 1);
    CHECK(c["screening"]["no-further-action"] == 0);
    CHECK(c["recommendation"]["local-review-independent"] == 1);
    CHECK(c["recommendation"]["no-review"] == 0);
    CHECK(c["panel"]["agree-meets"] == 1);
    CHECK(c["events"]["notified"] == 2);

    // A shorter period: only what fell due or was done in February.
    const json feb = json::parse(d.run({"report", "timeliness", "--from", "2026-02-01", "--to",
                                        "2026-02-28", "--format", "json"})
                                     .out);
    CHECK(row(feb, "notify-panel")["fell_due"] == 1);  // B's, due 9 Feb
    CHECK(row(feb, "notify-panel")["completed"] == 1); // B's, on 10 Feb
    CHECK(row(feb, "rapid-review")["completed"] == 1); // A's, on 3 Feb
    CHECK(row(feb, "rapid-review")["fell_due"] == 0);  // A's fell due on 30 Jan
    CHECK(feb["counts"]["kind"]["serious-incident"] == 1);

    // F: closed without the notification it owed (due Mon 23 Feb): closing meets nothing.
    d.add(serious("2026-02-16", R"({"date": "2026-02-16", "type": "aware"},
        {"date": "2026-03-02", "type": "closed"})"));
    const json with_closed = json::parse(d.run({"report", "timeliness", "--from", "2026-01-01",
                                                "--to", "2026-03-31", "--format", "json"})
                                             .out);
    CHECK(row(with_closed, "notify-panel")["fell_due"] == 4);
    CHECK(row(with_closed, "notify-panel")["open_overdue"] == 2);

    // The same figures in the other formats.
    const Run csv = d.run(
        {"report", "timeliness", "--from", "2026-01-01", "--to", "2026-03-31", "--format", "csv"});
    CHECK(csv.out.find("milestone,notify-panel,4,2,1,1,2,5,6,\r\n") != std::string::npos);
    CHECK(csv.out.find("kind,serious-incident,,,,,,,,4\r\n") != std::string::npos);
    const Run html = d.run(
        {"report", "timeliness", "--from", "2026-01-01", "--to", "2026-03-31", "--format", "html"});
    CHECK(html.out.find("<td>Notify the National Panel (and Ofsted)</td>") != std::string::npos);
    const Run bad = d.run({"report", "timeliness", "--from", "2026-03-31", "--to", "2026-01-01"});
    CHECK(bad.code == 2);
    CHECK(bad.err.find("--to") != std::string::npos);
}

TEST_CASE("report --redact: no name or identifier of any example case in any format") {
    TempDir t;
    fs::copy(fs::path(SCR_SOURCE_DIR) / "examples" / "demo", t / "demo",
             fs::copy_options::recursive);
    const fs::path demo = t / "demo";
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--as-of", "2026-12-20"});
        const Run r = scr(args, {.cwd = demo});
        REQUIRE_MESSAGE(r.code == 0, r.err);
        return r.out;
    };
    std::vector<std::string> ids;
    for (const auto& entry : fs::directory_iterator(demo / "cases"))
        ids.push_back(entry.path().stem().string());
    std::sort(ids.begin(), ids.end());
    REQUIRE(ids.size() >= 5);
    std::vector<std::string> secrets, outputs;
    for (const std::string& id : ids) {
        const json c = json::parse(run({"case", "show", id, "--format", "json"}));
        std::vector<std::string> mine = {c["referrer"].value("name", ""),
                                         c["referrer"].value("email", "")};
        for (const json& ch : c["children"]) {
            const std::string name = ch.value("name", "");
            mine.push_back(name);
            mine.push_back(name.substr(0, name.find(' ')) == "Baby"
                               ? name.substr(5)
                               : name.substr(0, name.find(' ')));
            for (const char* k : {"date_of_birth", "address"})
                if (ch.contains(k) && ch[k].is_string()) mine.push_back(ch[k]);
            if (ch.contains("identifiers"))
                for (const auto& [k, v] : ch["identifiers"].items())
                    if (v.is_string()) mine.push_back(v);
        }
        if (c.contains("household"))
            for (const json& m : c["household"]) {
                mine.push_back(m.value("name", ""));
                if (m.contains("date_of_birth") && m["date_of_birth"].is_string())
                    mine.push_back(m["date_of_birth"]);
            }
        std::erase(mine, std::string());
        // Free text that names them too, as notes typed in a hurry do.
        std::string note = "Spoke to";
        for (const std::string& s : mine)
            note += " " + s + ",";
        run({"event", "add", id, "case-note", "--date", "2026-12-01", "--note", note});
        // --force: the demo has a closed case, whose action plan is otherwise refused.
        run({"review", "action", "add", id, "--action",
             "Call " + mine.back() + " about " + mine.front(), "--owner", "Business Unit", "--due",
             "2027-01-29", "--force"});
        // Unredacted, the report does carry them: the check below can fail.
        CHECK(run({"report", "case", id, "--format", "md"}).find(mine[2]) != std::string::npos);
        for (const char* format : {"md", "html", "json"})
            outputs.push_back(run({"report", "case", id, "--redact", "--format", format}));
        secrets.insert(secrets.end(), mine.begin(), mine.end());
    }
    for (const char* format : {"csv", "json", "md", "html", "table"})
        outputs.push_back(run({"report", "register", "--redact", "--format", format}));
    for (const char* format : {"csv", "json", "md", "html"})
        outputs.push_back(run({"report", "timeliness", "--from", "2026-01-01", "--to", "2026-12-31",
                               "--redact", "--format", format}));
    REQUIRE(secrets.size() > 20);
    for (const std::string& out : outputs)
        for (const std::string& secret : secrets) {
            CAPTURE(secret);
            CHECK(lower(out).find(lower(secret)) == std::string::npos);
        }
    // Pseudonyms and ages take their place.
    const std::string md = run({"report", "case", "2026-001", "--redact", "--format", "md"});
    CHECK(md.find("Child R") != std::string::npos);
    CHECK(md.find("2 years") != std::string::npos);
    CHECK(md.find("Redacted") != std::string::npos);
}

TEST_CASE("report register: one row per case in every format") {
    TempDir t;
    fs::copy(fs::path(SCR_SOURCE_DIR) / "examples" / "demo", t / "demo",
             fs::copy_options::recursive);
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--as-of", "2026-12-20"});
        return scr(args, {.cwd = t / "demo"});
    };
    const Run j = run({"report", "register", "--format", "json"});
    REQUIRE_MESSAGE(j.code == 0, j.err);
    const json reg = json::parse(j.out);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(t / "demo" / "cases"))
        ++files;
    REQUIRE(files >= 12);
    REQUIRE(reg["cases"].size() == files);
    CHECK(reg["cases"][0]["case"] == "2026-001");
    CHECK(reg["cases"][0]["recommendation"] == "local-review-independent");
    CHECK(reg["cases"][0]["panel"] == "agree-meets");
    // 2026-002 was never screened: the Bury profile's day-1 Screening Panel is the first overdue.
    CHECK(reg["cases"][1]["next"]["milestone"] == "bury-screening-panel");
    CHECK(reg["cases"][1]["next"]["status"] == "overdue");
    CHECK(reg["cases"][4]["stage"] == "queries");
    const Run csv = run({"report", "register", "--format", "csv"});
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') ==
          static_cast<long>(files) + 1); // a header and a row per case
    CHECK(csv.out.rfind("case,kind,received,children,stage,", 0) == 0);
    const Run html = run({"report", "register", "--format", "html", "-o", "register.html"});
    REQUIRE(html.code == 0);
    CHECK(html.out.empty());
    const std::string page = read_text(t / "demo" / "register.html");
    CHECK(mode_of(t / "demo" / "register.html") == 0600);
    CHECK(page.find("<svg") != std::string::npos);
    CHECK(page.find("class=\"late\"") != std::string::npos); // overdue milestones in the chart
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("https://") == std::string::npos);
    // -o names a device or a pipe: written in place, never replaced by a file.
    const Run to_stdout = run({"report", "register", "--format", "csv", "-o", "/dev/stdout"});
    CHECK(to_stdout.code == 0);
    CHECK(to_stdout.out.rfind("case,kind,", 0) == 0);
    // -o - is standard output, as for most tools, not a file called "-".
    for (const std::vector<std::string>& dash :
         {std::vector<std::string>{"report", "register", "--format", "csv", "-o", "-"},
          std::vector<std::string>{"deadlines", "--format", "csv", "-o", "-"}}) {
        const Run r = run(dash);
        CHECK(r.code == 0);
        CHECK(r.out.find(dash[0] == "report" ? "case,kind," : "case,") != std::string::npos);
        CHECK_FALSE(fs::exists(t / "demo" / "-"));
    }
    const Run to_dir = run({"report", "register", "-o", "cases"});
    CHECK(to_dir.code == 2);
    CHECK(to_dir.err.find("is a directory") != std::string::npos);
    const Run caseh = run({"report", "case", "2026-002", "--format", "html"});
    CHECK(caseh.out.find("<svg") != std::string::npos);
    CHECK(caseh.out.find("class=\"late\"") != std::string::npos); // the overdue notification
}

TEST_CASE("report: refusals") {
    TempDir t;
    fs::copy(fs::path(SCR_SOURCE_DIR) / "examples" / "demo", t / "demo",
             fs::copy_options::recursive);
    auto run = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--as-of", "2026-12-20"});
        return scr(args, {.cwd = t / "demo"});
    };
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"report", "case", "2026-999"},
          {"report", "case", "Riley Sample"},
          {"report", "case", "2026-001", "--format", "csv"},
          {"report", "register", "--format", "ics"},
          {"report", "timeliness", "--from", "2026-01-01"},
          {"report", "timeliness", "--from", "2026-13-01", "--to", "2026-12-31"},
          {"report"}}) {
        CAPTURE(args);
        const Run r = run(args);
        CHECK(r.code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find("Riley") == std::string::npos);
    }
    // A broken case file is named, and no report is written without it: a register or
    // figures missing a case would be wrong. An existing -o file is left as it was.
    write_text(t / "demo" / "cases" / "2026-004.yaml", "id: [unclosed\n");
    write_text(t / "demo" / "old.csv", "old\n");
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"report", "register", "--format", "csv", "-o", "old.csv"},
          {"report", "timeliness", "--from", "2026-01-01", "--to", "2026-12-31", "-o", "old.csv"},
          {"report", "register"}}) {
        const Run r = run(args);
        CHECK(r.code == 2);
        CHECK(r.err.find("2026-004.yaml") != std::string::npos);
        CHECK(r.err.find("no report written") != std::string::npos);
        CHECK(r.out.empty());
        CHECK(read_text(t / "demo" / "old.csv") == "old\n");
    }
}
