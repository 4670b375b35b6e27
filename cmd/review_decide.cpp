// `scr review decide`: the Rapid Review's recommendation (003 stage 6) with the LCSPR criteria
// considered and the key questions (002 s4.6-4.7; 004 Appendix 2). On a terminal with values
// missing it walks the panel through the checklist.
#include "prompt.h"
#include "review_record.h"

#include "case/decoder.h"
#include "case/review_terms.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr::cli {
namespace {

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t") == std::string::npos;
}

// Picks one of `terms` by number or spelling; nullopt when the input ended.
std::optional<std::string> ask_choice(Prompter& p, const std::vector<Term>& terms,
                                      std::string_view what) {
    for (std::size_t i = 0; i < terms.size(); ++i)
        p.complain(fmt::format("{}. {}: {}", i + 1, terms[i].id, terms[i].text));
    for (;;) {
        auto line = p.ask(fmt::format("{} [1-{}]", what, terms.size()));
        if (!line) return std::nullopt;
        for (std::size_t i = 0; i < terms.size(); ++i)
            if (*line == terms[i].id || *line == std::to_string(i + 1))
                return std::string(terms[i].id);
        p.complain("answer with a number from the list, or its name");
    }
}

// Asks each term not yet chosen as a yes/no question; false when the input ended.
bool ask_ticks(Prompter& p, const std::vector<Term>& terms, std::vector<std::string>& chosen) {
    for (const Term& t : terms) {
        if (std::find(chosen.begin(), chosen.end(), t.id) != chosen.end()) continue;
        for (;;) {
            auto line = p.ask(fmt::format("The case {} [y/n]", t.text));
            if (!line) return false;
            if (*line == "y" || *line == "yes") chosen.emplace_back(t.id);
            if (*line == "y" || *line == "yes" || *line == "n" || *line == "no") break;
            p.complain("answer y or n");
        }
    }
    return true;
}

// Fills what the command line left out; false when the input ended before the end.
bool walk_checklist(ReviewDecideOptions& o, Io& io) {
    Prompter p(io);
    p.heading(fmt::format("Rapid Review recommendation for {} (003 stage 6)", o.common.id));
    if (o.recommendation.empty()) {
        auto r = ask_choice(p, recommendation_terms(), "Recommendation");
        if (!r) return false;
        o.recommendation = *r;
    }
    p.heading(
        "LCSPR criteria (002 s4.6; 004 Appendix 2): answer y for each that holds of the case");
    if (o.criteria.empty() && !ask_ticks(p, lcspr_criteria_terms(), o.criteria)) return false;
    p.heading("Circumstances to have regard to (002 s4.7): answer y for each that holds");
    if (o.circumstances.empty() && !ask_ticks(p, lcspr_circumstance_terms(), o.circumstances))
        return false;
    if (is_review(o.recommendation) && o.questions.empty()) {
        p.heading(
            "Key questions the review would seek to answer (004), one a line; a blank line ends");
        for (;;) {
            auto q = p.ask(fmt::format("Question {}", o.questions.size() + 1));
            if (!q) return false;
            if (blank(*q) && !o.questions.empty()) break;
            if (!blank(*q)) o.questions.push_back(*q);
        }
    }
    while (blank(o.rationale)) {
        auto r = p.ask(o.recommendation == "no-review"
                           ? "Why the criteria for a review are not met (002 s4.5)"
                           : "Rationale for this recommendation");
        if (!r) return false;
        o.rationale = *r;
    }
    return true;
}

bool incomplete(const ReviewDecideOptions& o) {
    return o.recommendation.empty() || blank(o.rationale) ||
           (is_review(o.recommendation) && (o.criteria.empty() || o.questions.empty()));
}

} // namespace

int run_review_decide(const ReviewDecideOptions& given, Context& ctx) {
    ReviewDecideOptions opt = given;
    if (ctx.io.interactive && incomplete(opt) && !walk_checklist(opt, ctx.io))
        return report(ctx.io,
                      bad_input("--recommendation", "the input ended before the checklist was done",
                                "nothing was recorded; give the values as options"));
    if (opt.recommendation.empty())
        return report(ctx.io, bad_input("--recommendation", "is needed",
                                        "use " + join_choices(term_ids(recommendation_terms()))));
    return record_review(
        opt.common, ctx, [&](const Case&, const Recorded& rec) -> Result<std::vector<Event>> {
            auto e = make_recommendation(
                {opt.recommendation, opt.rationale, opt.criteria, opt.circumstances, opt.questions},
                rec);
            if (!e) return e.error();
            return std::vector<Event>{std::move(*e)};
        });
}

void register_review_decide(CLI::App& group, Context& ctx) {
    auto opt = std::make_shared<ReviewDecideOptions>();
    CLI::App* cmd =
        review_verb(group, ctx, "decide", "Record the Rapid Review's recommendation (003 stage 6)",
                    opt, &run_review_decide);
    add_review_common(*cmd, opt->common);
    cmd->add_option("--recommendation", opt->recommendation,
                    "national-review|local-review-independent|multi-agency-learning|"
                    "single-agency-learning|no-review")
        ->type_name("RECOMMENDATION");
    cmd->add_option("--rationale", opt->rationale,
                    "why; for no-review, why the criteria are not met (002 s4.5)");
    cmd->add_option("--criteria", opt->criteria,
                    "LCSPR criteria met, comma-separated: improvements-needed, recurrent-themes, "
                    "multi-agency-working, panel-suggested-local")
        ->type_name("CRITERIA")
        ->delimiter(',')
        ->allow_extra_args(false);
    cmd->add_option(
           "--circumstances", opt->circumstances,
           "comma-separated: single-agency-concern, no-agency-involvement, cross-boundary, "
           "institutional-setting")
        ->type_name("CIRCUMSTANCES")
        ->delimiter(',')
        ->allow_extra_args(false);
    cmd->add_option("--question", opt->questions,
                    "a key question the review would answer (repeatable)")
        ->allow_extra_args(false);
}

} // namespace scr::cli
