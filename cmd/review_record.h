// Recording review events: one place that loads the case, checks the route, writes (or with
// --dry-run only shows) and says what was recorded.
#pragma once

#include "commands.h"

#include "case/model.h"
#include "process/review.h"

#include <functional>
#include <memory>
#include <vector>

namespace scr::cli {

/// Builds the events to record from the case as it stands and the resolved date.
using BuildEvents = std::function<Result<std::vector<Event>>(const Case& c, const Recorded& rec)>;

/// Records what `build` makes on case `opt.id`, each event checked against the route unless
/// --force; prints one line per event.
int record_review(const ReviewCommon& opt, Context& ctx, const BuildEvents& build);

/// Resolves a date option (`today`, `-2wd`, ISO) on the statutory calendar.
Result<Date> review_date(Context& ctx, const Partnership& p, const std::string& text,
                         std::string_view flag);

/// Adds ID, --date, --note, --by, --force and --dry-run to a review verb.
void add_review_common(CLI::App& verb, ReviewCommon& opt);

/// Registers `scr review decide` (review_decide.cpp).
void register_review_decide(CLI::App& group, Context& ctx);
/// Registers `scr review action add|done` (review_action.cpp).
void register_review_action(CLI::App& group, Context& ctx);

/// Declares a review verb whose options struct its callback shares.
template <class Options>
CLI::App* review_verb(CLI::App& group, Context& ctx, const char* name, const char* what,
                      const std::shared_ptr<Options>& opt, int (*run)(const Options&, Context&)) {
    CLI::App* cmd = add_command(group, name, what);
    cmd->callback([&ctx, opt, run] { ctx.action = [&ctx, opt, run] { return run(*opt, ctx); }; });
    return cmd;
}

} // namespace scr::cli
