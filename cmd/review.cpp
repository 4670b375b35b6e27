// `scr review`: the decisions after triage, each recorded as an event on the case's timeline
// (issue 6): the Rapid Review's recommendation and the chair's decision (003 stages 6-7), the
// submission and the Panel's response (002 s4.9; 004), the LCSPR and its publication (002 s5).
#include "commands.h"
#include "review_record.h"

#include "case/review_terms.h"
#include "process/route.h"

#include <fmt/format.h>

#include <memory>

namespace scr::cli {
namespace {

using Events = Result<std::vector<Event>>;

Events one(Result<Event> e) {
    if (!e) return e.error();
    return std::vector<Event>{std::move(*e)};
}

std::string choices(const std::vector<Term>& terms) {
    std::string out;
    for (const Term& t : terms)
        out += (out.empty() ? "" : "|") + std::string(t.id);
    return out;
}

} // namespace

int run_review_chair(const ReviewChairOptions& opt, Context& ctx) {
    return record_review(opt.common, ctx, [&](const Case& c, const Recorded& rec) {
        return one(make_chair_decision(c, opt.decision, opt.rationale, rec));
    });
}

int run_review_submit(const ReviewCommon& opt, Context& ctx) {
    return record_review(
        opt, ctx, [&](const Case& c, const Recorded& rec) { return one(make_submission(c, rec)); });
}

int run_review_panel(const ReviewPanelOptions& opt, Context& ctx) {
    return record_review(opt.common, ctx, [&](const Case&, const Recorded& rec) {
        return one(make_panel_response(opt.outcome, rec));
    });
}

int run_review_lcspr(const ReviewLcsprOptions& opt, Context& ctx) {
    return record_review(opt.common, ctx, [&](const Case& c, const Recorded& rec) -> Events {
        if (opt.model.empty() && !opt.reviewer.empty())
            return bad_input("--reviewer", "goes with --model",
                             "add --model learning-circle or independent-author");
        std::vector<Event> out;
        // The decision and the model are often agreed at one meeting: record the decision too.
        if (opt.model.empty() || !latest_event(c, "lcspr-decided")) {
            auto decided = make_plain_event("lcspr-decided", rec);
            if (!decided) return decided.error();
            out.push_back(std::move(*decided));
        }
        if (!opt.model.empty()) {
            auto agreed = make_model_agreed(opt.model, opt.reviewer, rec);
            if (!agreed) return agreed.error();
            out.push_back(std::move(*agreed));
        }
        return out;
    });
}

int run_review_publish(const ReviewPublishOptions& opt, Context& ctx) {
    const int given =
        !opt.planned.empty() + !opt.published.empty() + opt.not_publishable + opt.publishable;
    if (given != 1)
        return report(ctx.io, bad_input("--planned",
                                        given ? "give only one of --planned, --published, "
                                                "--publishable and --not-publishable"
                                              : "says what to record, and is missing",
                                        "e.g. --planned 2027-05-14, --published 2027-05-14, or "
                                        "--not-publishable --reason TEXT"));
    if (!opt.reason.empty() && !opt.not_publishable && !opt.publishable)
        return report(ctx.io,
                      bad_input("--reason", "goes with --not-publishable or --publishable"));
    ReviewCommon common = opt.common;
    if (!opt.planned.empty()) common.date = opt.planned;
    if (!opt.published.empty()) common.date = opt.published;
    const std::string flag = !opt.planned.empty()     ? "--planned"
                             : !opt.published.empty() ? "--published"
                                                      : "";
    if (!flag.empty() && !opt.common.date.empty())
        return report(ctx.io, bad_input("--date", "is given by " + flag, "leave --date out"));
    return record_review(common, ctx, [&](const Case&, const Recorded& rec) -> Events {
        if (!opt.planned.empty()) return one(make_plain_event("publication-planned", rec));
        if (!opt.published.empty()) return one(make_plain_event("published", rec));
        return one(make_publication_decision(opt.publishable ? "publishable" : "not-publishable",
                                             opt.reason, rec));
    });
}

void register_review(CLI::App& app, Context& ctx) {
    CLI::App* group =
        add_command(app, "review", "Record the decisions after triage: Rapid Review, Panel, LCSPR");
    group->require_subcommand(1);
    register_review_decide(*group, ctx);

    auto chair = std::make_shared<ReviewChairOptions>();
    CLI::App* c =
        review_verb(*group, ctx, "chair", "Record the partnership chair's decision (003 stage 7)",
                    chair, &run_review_chair);
    add_review_common(*c, chair->common);
    c->add_option("--decision", chair->decision, choices(recommendation_terms()))
        ->type_name("RECOMMENDATION")
        ->required();
    c->add_option("--rationale", chair->rationale,
                  "why; needed when it differs from the recommendation");

    auto submit = std::make_shared<ReviewCommon>();
    CLI::App* s = review_verb(*group, ctx, "submit",
                              "Record that the Rapid Review went to the National Panel", submit,
                              &run_review_submit);
    add_review_common(*s, *submit);

    auto panel = std::make_shared<ReviewPanelOptions>();
    CLI::App* pr =
        review_verb(*group, ctx, "panel-response", "Record the National Panel's response (004)",
                    panel, &run_review_panel);
    add_review_common(*pr, panel->common);
    pr->add_option("--outcome", panel->outcome, choices(panel_outcome_terms()))
        ->type_name("PANEL_OUTCOME")
        ->required();

    auto lcspr = std::make_shared<ReviewLcsprOptions>();
    CLI::App* l = review_verb(*group, ctx, "lcspr",
                              "Record the decision to undertake an LCSPR, and its model", lcspr,
                              &run_review_lcspr);
    add_review_common(*l, lcspr->common);
    l->add_option("--model", lcspr->model, choices(lcspr_model_terms()) + " (lcspr-model-agreed)")
        ->type_name("MODEL");
    l->add_option("--reviewer", lcspr->reviewer, "who leads or writes the review, with --model");

    auto publish = std::make_shared<ReviewPublishOptions>();
    CLI::App* pb = review_verb(*group, ctx, "publish",
                               "Record the planned or actual publication, or not publishing",
                               publish, &run_review_publish);
    add_review_common(*pb, publish->common);
    pb->add_option("--planned", publish->planned,
                   "the planned publication date (publication-planned)")
        ->type_name("DATE");
    pb->add_option("--published", publish->published, "the date it was published (published)")
        ->type_name("DATE");
    pb->add_flag("--publishable", publish->publishable, "the partnership agreed it is publishable");
    pb->add_flag("--not-publishable", publish->not_publishable,
                 "it is not to be published (needs --reason)");
    pb->add_option("--reason", publish->reason, "why it is not to be published");

    register_review_action(*group, ctx);
}

} // namespace scr::cli
