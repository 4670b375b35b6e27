// `scr review action add|done`: the action plan of a Rapid Review or LCSPR (004: "Action plan
// to be transferred to tracker"); open items with a due date are milestones (`action:A1`).
#include "review_record.h"

#include "calendar/period.h"
#include "case/action_plan.h"
#include "process/route.h"
#include "store/cases.h"

#include <fmt/format.h>

#include <ostream>

namespace scr::cli {
namespace {

// Runs `change` on the case under the lock, or on a copy with --dry-run.
Status apply(const Partnership& p, const ReviewCommon& opt,
             const std::function<Status(Case&)>& change) {
    if (!opt.dry_run) return update_case(p.root, opt.id, "ID", change);
    auto c = read_case(p.root, opt.id, "ID");
    if (!c) return c.error();
    if (auto st = change(*c); !st) return st;
    return check_writable(p.root, *c);
}

Status check_open(const Case& c) {
    if (const Event* closed = latest_event(c, "closed"))
        return bad_input("ID",
                         fmt::format("case {} was closed on {}", c.id, format_iso(closed->date)),
                         "use --force to change its action plan all the same");
    return ok();
}

// Actions carry no note or author: only the case, --force and --dry-run.
void add_action_common(CLI::App& verb, ReviewCommon& opt) {
    verb.add_option("ID", opt.id, "the case ID, e.g. 2026-014")->required();
    verb.add_flag("--force", opt.force,
                  "change the action plan of a closed case, or re-date a done action");
    verb.add_flag("-n,--dry-run", opt.dry_run, "check and show the change, write nothing");
}

} // namespace

int run_review_action_add(const ReviewActionAddOptions& opt, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    auto due = review_date(ctx, *p, opt.due, "--due");
    if (!due) return report(ctx.io, due.error());
    std::string id;
    auto st = apply(*p, opt.common, [&](Case& c) -> Status {
        if (!opt.common.force)
            if (auto open = check_open(c); !open) return open;
        auto added = add_action(c, opt.action, opt.owner, *due);
        if (!added) return added.error();
        id = *added;
        return ok();
    });
    if (!st) return report(ctx.io, st.error());
    // Only the id on stdout, as `referral new` prints only the case ID: scripts capture it.
    ctx.io.out << id << '\n';
    if (opt.common.dry_run)
        ctx.io.err << fmt::format("scr: {}: action {} due {} would be added\n", opt.common.id, id,
                                  format_iso(*due));
    return exit_ok;
}

int run_review_action_done(const ReviewActionDoneOptions& opt, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    if (!ctx.today) return report(ctx.io, ctx.today.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    auto date = review_date(ctx, *p, opt.common.date, "--date");
    if (!date) return report(ctx.io, date.error());
    if (*date > *ctx.today && !opt.common.force)
        return report(ctx.io, bad_input("--date",
                                        fmt::format("{} is after today ({})", format_iso(*date),
                                                    format_iso(*ctx.today)),
                                        "give the date it was done"));
    auto st = apply(*p, opt.common, [&](Case& c) -> Status {
        if (auto known = check_action_known(c, opt.action_id); !known) return known;
        if (!opt.common.force) {
            if (auto open = check_open(c); !open) return open;
            if (auto still = check_action_open(c, opt.action_id); !still) return still;
        }
        complete_action(c, opt.action_id, *date);
        return ok();
    });
    if (!st) return report(ctx.io, st.error());
    ctx.io.out << fmt::format("{}: action {} done on {} {}\n", opt.common.id, opt.action_id,
                              format_iso(*date),
                              opt.common.dry_run ? "would be recorded" : "recorded");
    return exit_ok;
}

void register_review_action(CLI::App& group, Context& ctx) {
    CLI::App* actions =
        add_command(group, "action", "Keep the action plan: add items, mark them done");
    actions->require_subcommand(1);

    auto add = std::make_shared<ReviewActionAddOptions>();
    CLI::App* a = review_verb(*actions, ctx, "add", "Add an action-plan item; prints its id", add,
                              &run_review_action_add);
    add_action_common(*a, add->common);
    a->add_option("--action", add->action, "what is to be done")->required();
    a->add_option("--owner", add->owner, "who will do it, e.g. 'Business Unit'")->required();
    a->add_option("--due", add->due, "when: YYYY-MM-DD, +20wd, +3m ...")
        ->type_name("DATE")
        ->required();

    auto done = std::make_shared<ReviewActionDoneOptions>();
    CLI::App* d = review_verb(*actions, ctx, "done", "Mark an action-plan item done", done,
                              &run_review_action_done);
    add_action_common(*d, done->common);
    d->add_option("--date", done->common.date,
                  "when it was done: YYYY-MM-DD, today, -2wd ... (default: today)")
        ->type_name("DATE");
    d->add_option("ACTION", done->action_id, "the action id, e.g. A1")->required();
}

} // namespace scr::cli
