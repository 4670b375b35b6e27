// The HTML and SVG primitives of `scr report`: what a reader sees, hostile labels kept inert,
// well-formed XML, and the same bytes for the same input.
#include "helpers.h"

#include "report/html.h"
#include "report/svg.h"

#include <set>
#include <vector>

using namespace scr;
using scr::test::d;

namespace {

std::size_t count_of(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1))
        ++n;
    return n;
}

// Tags open and close in order and every '&' starts an entity: enough to catch broken output
// without an XML parser.
bool balanced(const std::string& xml) {
    std::vector<std::string> open;
    for (auto at = xml.find('<'); at != std::string::npos; at = xml.find('<', at + 1)) {
        const auto end = xml.find('>', at);
        if (end == std::string::npos) return false;
        const std::string tag = xml.substr(at + 1, end - at - 1);
        const auto name = tag.substr(tag[0] == '/', tag.find_first_of(" />", 1) - (tag[0] == '/'));
        if (tag[0] == '/') {
            if (open.empty() || open.back() != name) return false;
            open.pop_back();
        } else if (tag.back() != '/') {
            open.push_back(name);
        }
    }
    for (auto at = xml.find('&'); at != std::string::npos; at = xml.find('&', at + 1)) {
        const auto rest = xml.substr(at, 6);
        if (rest.rfind("&amp;", 0) && rest.rfind("&lt;", 0) && rest.rfind("&gt;", 0) &&
            rest.rfind("&quot;", 0) && rest.rfind("&#39;", 0))
            return false;
    }
    return open.empty() && xml.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0) == 0;
}

// The printed texts of the elements with `class="cls"`, in document order.
std::vector<std::string> texts_of(const std::string& svg, const std::string& cls) {
    std::vector<std::string> out;
    const std::string mark = "class=\"" + cls + "\"";
    for (auto at = svg.find(mark); at != std::string::npos; at = svg.find(mark, at + 1)) {
        const auto start = svg.find('>', at) + 1;
        out.push_back(svg.substr(start, svg.find('<', start) - start));
    }
    return out;
}

TimelineMilestone milestone(const std::string& label, MarkState state, std::optional<Date> done) {
    return {label, d("2026-11-20"), d("2026-12-11"), done, state};
}

} // namespace

TEST_CASE("html::escape") {
    CHECK(html_escape("a & b < c > \"d\" 'e'") ==
          "a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;");
    CHECK(html_escape("Réunion — ü") == "Réunion — ü");
    CHECK(html_escape("") == "");
}

TEST_CASE("html::document") {
    const std::string svg = svg_due_chart(d("2026-12-09"), {{d("2026-12-01"), MarkState::overdue}});
    const std::string page =
        html_document("Deadlines <Example & Co>", "<figure class=\"chart\">" + svg + "</figure>");
    CHECK(page.rfind("<!DOCTYPE html>\n", 0) == 0);
    CHECK(page.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(page.find("<meta name=\"viewport\"") != std::string::npos);
    CHECK(page.find("<meta name=\"generator\" content=\"scr\">") != std::string::npos);
    CHECK(page.find("<title>Deadlines &lt;Example &amp; Co&gt;</title>") != std::string::npos);
    for (const char* rule :
         {"size: A4", "print-color-adjust: exact", "break-inside: avoid", "table.data",
          ".status-met", ".status-missed", ".status-overdue", ".status-due-today",
          ".status-pending", ".status-not-required", ".redacted", ".meta", "figcaption"})
        CHECK_MESSAGE(page.find(rule) != std::string::npos, rule);
    CHECK(count_of(page, "http://") == count_of(page, "xmlns=\"http://www.w3.org/2000/svg\""));
    CHECK(count_of(page, "https://") == 0);
    CHECK(count_of(page, "<script") == 0);
    CHECK(count_of(page, "<link") == 0);
    CHECK(page == html_document("Deadlines <Example & Co>",
                                "<figure class=\"chart\">" + svg + "</figure>"));
    CHECK(page.ends_with("</figure>\n</body>\n</html>\n"));
}

TEST_CASE("svg::case_timeline") {
    const CaseTimeline t{d("2026-12-16"),
                         {{d("2026-11-20"), "Referral <script>alert(\"x\")</script> & 'co'"},
                          {d("2026-11-20"), "Rapid review — Réunion"},
                          {d("2026-11-20"), "Bell \x07 and bad \xFF byte"}},
                         {milestone("Strategy", MarkState::met, d("2026-12-10")),
                          milestone("Review", MarkState::missed, d("2026-12-14")),
                          milestone("Panel", MarkState::overdue, std::nullopt),
                          {"Later", std::nullopt, d("2027-03-01"), std::nullopt, MarkState::open}}};
    const std::string svg = svg_case_timeline(t);
    CHECK(balanced(svg));
    CHECK(svg.find("role=\"img\"") != std::string::npos);
    CHECK(svg.find("aria-labelledby=\"") != std::string::npos);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(
        svg.find("Referral &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;") !=
        std::string::npos);
    CHECK(svg.find("Rapid review — Réunion") != std::string::npos);
    CHECK(svg.find("Bell \xEF\xBF\xBD and bad \xEF\xBF\xBD byte") != std::string::npos);
    CHECK(svg.find("<title>Review: from 2026-11-20, due 2026-12-11, done 2026-12-14, missed, "
                   "late</title>") != std::string::npos);
    CHECK(svg.find("as of 2026-12-16") != std::string::npos);
    CHECK(svg.find("Jan 2027") != std::string::npos); // a long span: ticks at month starts
    CHECK(svg == svg_case_timeline(t));

    SUBCASE("events on one day take separate lanes") {
        std::set<std::string> rows;
        for (auto at = svg.find("<circle"); at != std::string::npos;
             at = svg.find("<circle", at + 1))
            rows.insert(svg.substr(svg.find("cy=", at), 10));
        CHECK(rows.size() == 3);
    }
    SUBCASE("only missed and overdue milestones are late") {
        const auto late = [](MarkState s, std::optional<Date> done) {
            return count_of(svg_case_timeline({d("2026-12-16"), {}, {milestone("M", s, done)}}),
                            "class=\"late\"");
        };
        CHECK(late(MarkState::missed, d("2026-12-14")) == 1);
        CHECK(late(MarkState::overdue, std::nullopt) == 1);
        CHECK(late(MarkState::met, d("2026-12-10")) == 0);
        CHECK(late(MarkState::open, std::nullopt) == 0);
        CHECK(late(MarkState::not_required, std::nullopt) == 0);
    }
    SUBCASE("a short span ticks at Mondays") {
        const auto short_svg = svg_case_timeline({d("2026-12-09"), {{d("2026-12-01"), "x"}}, {}});
        CHECK(short_svg.find(">7 Dec</text>") != std::string::npos);
        CHECK(balanced(short_svg));
    }
    SUBCASE("nothing to show") {
        const auto empty = svg_case_timeline({d("2026-12-16"), {}, {}});
        CHECK(empty.find("Nothing to show") != std::string::npos);
        CHECK(balanced(empty));
    }
}

TEST_CASE("svg::due_chart") {
    const Date wednesday = d("2026-12-09");
    const std::vector<OpenMilestone> open = {
        {d("2026-12-01"), MarkState::overdue}, {d("2026-12-08"), MarkState::overdue},
        {d("2026-11-02"), MarkState::overdue}, {d("2026-12-09"), MarkState::open},
        {d("2026-12-13"), MarkState::open},    {d("2026-12-23"), MarkState::open},
        {d("2027-06-01"), MarkState::open},    {d("2026-12-20"), MarkState::met}};
    const std::string svg = svg_due_chart(wednesday, open);
    CHECK(balanced(svg));
    CHECK(texts_of(svg, "count") == std::vector<std::string>{"3", "2", "0", "1", "0", "0", "0", "0",
                                                             "0", "0", "0", "0", "0", "1"});
    CHECK(count_of(svg, "class=\"late\"") == 1);
    CHECK(count_of(svg, "class=\"due-today\"") == 1);
    CHECK(svg.find(">7 Dec</text>") != std::string::npos);
    CHECK(svg.find(">14 Dec</text>") != std::string::npos); // an empty week keeps its label
    CHECK(svg.find(">Later</text>") != std::string::npos);
    CHECK(svg == svg_due_chart(wednesday, open));

    SUBCASE("weeks start on Monday") {
        const auto counts = [&](const char* due) {
            return texts_of(svg_due_chart(wednesday, {{d(due), MarkState::open}}, 3), "count");
        };
        CHECK(counts("2026-12-13") == std::vector<std::string>{"0", "1", "0", "0", "0"});
        CHECK(counts("2026-12-14") == std::vector<std::string>{"0", "0", "1", "0", "0"});
        CHECK(counts("2026-12-28") == std::vector<std::string>{"0", "0", "0", "0", "1"});
    }
    SUBCASE("nothing to show") {
        const auto empty = svg_due_chart(wednesday, {});
        CHECK(empty.find("Nothing to show") != std::string::npos);
        CHECK(balanced(empty));
        const auto closed = svg_due_chart(wednesday, {{d("2026-12-20"), MarkState::met}});
        CHECK(closed.find("Nothing to show") != std::string::npos); // only open work counts
    }
}
