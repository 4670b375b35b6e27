#include "report/triage_report.h"

#include "criteria/phrases.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {

nlohmann::ordered_json questions_json(const std::vector<Question>& questions) {
    auto out = nlohmann::ordered_json::array();
    for (const Question& q : questions)
        out.push_back({{"key", q.key}, {"question", q.question}});
    return out;
}

nlohmann::ordered_json check_json(const CheckResult& r) {
    nlohmann::ordered_json j = {
        {"id", r.id},           {"title", r.title},   {"result", verdict_slug(r.result)},
        {"reasons", r.reasons}, {"source", r.source}, {"questions", questions_json(r.questions)}};
    if (const auto& jar = r.joint_agency_response)
        j["joint_agency_response"] = {
            {"result", verdict_slug(jar->needed)},
            {"due", jar->due ? nlohmann::ordered_json(format_iso(*jar->due)) : nullptr}};
    return j;
}

std::string styled(std::string_view text, Verdict v, Styling s) {
    if (s == Styling::plain) return std::string(text);
    const char* colour = v == Verdict::meets     ? "\x1b[1;32m"
                         : v == Verdict::not_met ? "\x1b[2m"
                                                 : "\x1b[1;33m";
    return fmt::format("{}{}\x1b[0m", colour, text);
}

// Markdown treats these as markup; reasons may quote a pseudonym.
std::string md(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

// A reason that only says a question is open: the text output shows the question instead.
bool asked(const CheckResult& r, std::string_view reason) {
    return std::any_of(r.questions.begin(), r.questions.end(),
                       [&](const Question& q) { return reason == not_yet_known(q.question); });
}

std::string due_text(const Recommendation& r) {
    return r.due ? fmt::format(" (due {})", format_iso(*r.due)) : std::string();
}

} // namespace

nlohmann::ordered_json triage_to_json(const Case& c, Date as_of, const Triage& t) {
    auto checks = nlohmann::ordered_json::array();
    for (const CheckResult& r : t.checks)
        checks.push_back(check_json(r));
    const Recommendation& r = t.recommendation;
    return {{"case", c.id},
            {"kind", kind_slug(c.kind)},
            {"as_of", format_iso(as_of)},
            {"checks", checks},
            {"questions", questions_json(open_questions(t))},
            {"recommendation",
             {{"action", action_slug(r.action)},
              {"text", r.text},
              {"due", r.due ? nlohmann::ordered_json(format_iso(*r.due)) : nullptr}}}};
}

std::string render_triage_text(const Case& c, Date as_of, const Triage& t, Styling styling) {
    std::string out =
        fmt::format("{}  {}  triage as of {}\n", c.id, kind_slug(c.kind), format_iso(as_of));
    for (const CheckResult& r : t.checks) {
        const std::string verdict(verdict_slug(r.result));
        out += fmt::format("\n{}{}  {}: {}\n", styled(verdict, r.result, styling),
                           std::string(11 - verdict.size(), ' '), r.id, r.title);
        for (const std::string& reason : r.reasons)
            if (!asked(r, reason)) out += fmt::format("             {}\n", reason);
        for (const Question& q : r.questions)
            out += fmt::format("             ask: {}: {}\n", q.key, q.question);
        out += fmt::format("             source: {}\n", r.source);
    }
    const Recommendation& rec = t.recommendation;
    out += fmt::format("\nrecommendation: {}{}\n  {}\n", action_slug(rec.action), due_text(rec),
                       rec.text);
    return out;
}

std::string render_triage_markdown(const Case& c, Date as_of, const Triage& t) {
    const Recommendation& rec = t.recommendation;
    std::string out = fmt::format("# Triage of case {} ({})\n\nAs of {}.\n\n", c.id,
                                  kind_slug(c.kind), format_iso(as_of));
    out += fmt::format("## Recommendation: {}{}\n\n{}\n", action_slug(rec.action), due_text(rec),
                       md(rec.text));
    for (const CheckResult& r : t.checks) {
        out += fmt::format("\n## {}: {}\n\n{}\n\n", md(r.title), verdict_slug(r.result),
                           md(r.reasons.front()));
        for (std::size_t i = 1; i < r.reasons.size(); ++i)
            out += fmt::format("- {}\n", md(r.reasons[i]));
        if (!r.questions.empty()) out += "\nQuestions for the referrer:\n\n";
        for (const Question& q : r.questions)
            out += fmt::format("- `{}`: {}\n", q.key, md(q.question));
        out += fmt::format("\nSource: {} (check `{}`).\n", md(r.source), r.id);
    }
    return out;
}

} // namespace scr
