// `scr triage` on a terminal: the open questions asked one by one (issue 4).
#include "triage_ask.h"

#include "prompt.h"

#include "case/answer_set.h"
#include "criteria/triage.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr::cli {
namespace {

bool still_open(const Triage& t, const std::string& key) {
    const auto open = open_questions(t);
    return std::any_of(open.begin(), open.end(), [&](const Question& q) { return q.key == key; });
}

} // namespace

std::vector<std::string> ask_open_questions(const Case& c, Context& ctx, const Calendar& cal) {
    const Date as_of = *ctx.today;
    Case scratch = c;
    const auto questions = open_questions(triage(scratch, as_of, cal));
    if (questions.empty()) return {};
    Prompter prompter(ctx.io);
    auto go = prompter.ask(fmt::format("{} open question{} decide{} this triage. Answer now? [y/N]",
                                       questions.size(), questions.size() == 1 ? "" : "s",
                                       questions.size() == 1 ? "s" : ""));
    if (!go || (*go != "y" && *go != "yes")) return {};
    std::vector<std::string> sets;
    for (const Question& q : questions) {
        if (!still_open(triage(scratch, as_of, cal), q.key)) continue;
        for (;;) {
            auto line = prompter.ask(
                fmt::format("{} [{}; blank skips]", q.question, setting_values(q.key)));
            if (!line) return sets; // the input ended: keep what was answered
            if (line->find_first_not_of(" \t") == std::string::npos) break;
            const std::string set = q.key + "=" + *line;
            if (auto st = apply_setting(scratch, set, ctx.today, cal); !st) {
                prompter.complain(st.error().diag.message);
                continue;
            }
            sets.push_back(set);
            break;
        }
    }
    return sets;
}

} // namespace scr::cli
