// `scr extend`: an agreed extension of a milestone's due date, kept in the case file with who
// agreed it and why (issue 5); `scr deadlines` then shows both dates.
#include "commands.h"

#include "calendar/period.h"
#include "process/deadlines.h"
#include "store/cases.h"

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace scr::cli {
namespace {

// The milestone as the case stands today, so the extension is checked against a real due date.
Result<Deadline> current(const Case& c, const ProfileSet& profiles, const Calendars& cals,
                         Date as_of, const std::string& milestone) {
    auto all = case_deadlines(c, profiles, cals, as_of);
    if (!all) return all.error();
    for (Deadline& d : *all) {
        if (d.milestone != milestone) continue;
        // An extension agreed after the event would turn a missed deadline into a met one.
        if (d.completed)
            return bad_input("MILESTONE",
                             fmt::format("{} on case {} was done on {} ({}): an extension cannot "
                                         "change that",
                                         milestone, c.id, format_iso(*d.completed),
                                         status_slug(d.status)),
                             "extend a milestone before it falls due or is done");
        if (d.status == DeadlineStatus::not_required)
            return bad_input("MILESTONE",
                             fmt::format("{} on case {} is not required", milestone, c.id),
                             "nothing is owed, so there is nothing to extend");
        return d;
    }
    std::string known;
    for (const Deadline& d : *all)
        known += (known.empty() ? "" : ", ") + d.milestone;
    return bad_input(
        "MILESTONE", fmt::format("case {} has no running milestone {}", c.id, milestone),
        known.empty() ? "no clock has started on this case yet: record its events first"
                      : "its milestones: " + known);
}

} // namespace

int run_extend(const ExtendOptions& opt, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    if (!ctx.today) return report(ctx.io, ctx.today.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    auto profiles = load_profiles(*p);
    if (!profiles) return report(ctx.io, profiles.error());
    const Calendar statutory = partnership_calendar(*p, CalendarKind::statutory);
    const Calendar local = partnership_calendar(*p, CalendarKind::local);
    const Calendars cals{statutory, local};
    auto until = resolve_date(opt.until, ctx.today, statutory, "--until");
    if (!until) return report(ctx.io, until.error());
    Date before{};
    auto change = [&](Case& c) -> Status {
        auto d = current(c, *profiles, cals, *ctx.today, opt.milestone);
        if (!d) return d.error();
        before = d->due; // already extended, if it was
        if (*until <= before)
            return bad_input("--until",
                             fmt::format("{} is not after the milestone's due date {}",
                                         format_iso(*until), format_iso(before)),
                             "an extension gives more time: give a later date");
        c.extensions.push_back(Extension{opt.milestone, *until, opt.agreed_by, opt.reason});
        return ok();
    };
    if (opt.dry_run) {
        auto c = read_case(p->root, opt.id, "ID");
        if (!c) return report(ctx.io, c.error());
        if (auto st = change(*c); !st) return report(ctx.io, st.error());
        if (auto st = check_writable(p->root, *c); !st) return report(ctx.io, st.error());
    } else if (auto st = update_case(p->root, opt.id, "ID", change); !st) {
        return report(ctx.io, st.error());
    }
    ctx.io.out << fmt::format("{}: {} {} from {} to {}, agreed by {}\n", opt.id, opt.milestone,
                              opt.dry_run ? "would be extended" : "extended", format_iso(before),
                              format_iso(*until), opt.agreed_by);
    return exit_ok;
}

void register_extend(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<ExtendOptions>();
    CLI::App* cmd =
        add_command(app, "extend", "Record an agreed extension of a milestone's due date");
    cmd->add_option("ID", opt->id, "the case ID, e.g. 2026-014")->required();
    cmd->add_option(
           "MILESTONE", opt->milestone,
           "the milestone id (scr deadlines ID lists them), e.g. rapid-review or action:A1")
        ->required();
    cmd->add_option("--until", opt->until, "the new due date: YYYY-MM-DD or +5wd ...")
        ->type_name("DATE")
        ->required();
    cmd->add_option("--agreed-by", opt->agreed_by, "who agreed it, e.g. 'National Panel'")
        ->required();
    cmd->add_option("--reason", opt->reason, "why, in one line")->required();
    cmd->add_flag("-n,--dry-run", opt->dry_run, "check and show the change without writing it");
    cmd->callback([&ctx, opt] { ctx.action = [&ctx, opt] { return run_extend(*opt, ctx); }; });
}

} // namespace scr::cli
