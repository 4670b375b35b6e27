// scr: the command-line toolkit for safeguarding children partnerships. This file is the
// table of contents: each command group lives in its own file and registers its verbs here.
#include "cli.h"

#include <iostream>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    using namespace scr::cli;
    Context ctx{Io{std::cout, std::cerr, std::cin, false, false, 0}, {}, scr::Date{}, {}};
    CLI::App app{"scr: referrals, statutory criteria and deadlines for safeguarding children "
                 "partnerships",
                 "scr"};
    app.fallthrough();
    app.require_subcommand(0, 1);
    app.footer("Run 'scr help COMMAND' for a command's manual page. Exit: 0 ok, 1 found what was "
               "asked to fail on, 2 bad usage or input, 3 environment failure.");
    add_global_options(app, ctx.globals);

    register_init(app, ctx);      // scr init
    register_referral(app, ctx);  // scr referral new
    register_case(app, ctx);      // scr case list|show|renumber
    register_event(app, ctx);     // scr event add
    register_triage(app, ctx);    // scr triage ID [--set K=V] [--record OUTCOME]
    register_deadlines(app, ctx); // scr deadlines [ID ...] [--pending|--overdue|--within N]
    register_extend(app, ctx);    // scr extend ID MILESTONE --until D --agreed-by W --reason T
    register_review(app, ctx); // scr review decide|chair|submit|panel-response|lcspr|publish|action
    register_report(app, ctx); // scr report register|case|timeliness
    register_check(app, ctx);  // scr check
    register_git(app, ctx);    // scr git setup; scr merge-file BASE OURS THEIRS (merge driver)
    register_days(app, ctx);   // scr days add|between|is
    register_holidays(app, ctx);   // scr holidays list|import
    register_help(app, ctx);       // scr help COMMAND
    register_completion(app, ctx); // scr completion bash|zsh|fish (and the hidden __complete)

    return run(app, ctx, argc, argv);
}
