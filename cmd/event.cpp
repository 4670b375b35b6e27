// `scr event add`: something happened to a case (the events that start and stop clocks).
#include "commands.h"

#include "calendar/period.h"
#include "case/event_build.h"
#include "store/cases.h"

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace scr::cli {
int run_event_add(const EventAddOptions& opt, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    const Calendar cal = partnership_calendar(*p, CalendarKind::statutory);
    auto date = resolve_date(opt.date, ctx.today, cal, "--date");
    if (!date) return report(ctx.io, date.error());
    const std::string by = opt.by.empty() ? default_author(p->root) : opt.by;
    auto event = make_event({opt.type, *date, opt.sets, opt.note, by});
    if (!event) return report(ctx.io, event.error());
    auto st = update_case(p->root, opt.id, "ID", [&](Case& c) -> Status {
        insert_event(c, *event);
        return ok();
    });
    if (!st) return report(ctx.io, st.error());
    ctx.io.out << fmt::format("{}: {} on {} recorded\n", opt.id, opt.type, format_iso(*date));
    return exit_ok;
}

void register_event(CLI::App& app, Context& ctx) {
    CLI::App* group = add_command(app, "event", "Record what happened to a case");
    group->require_subcommand(1);
    auto opt = std::make_shared<EventAddOptions>();
    CLI::App* add = add_command(*group, "add", "Add an event to a case's timeline");
    add->add_option("ID", opt->id, "the case ID, e.g. 2026-014")->required();
    add->add_option("TYPE", opt->type,
                    "aware, referral-received, professionals-meeting, screening, notified, "
                    "rapid-review-meeting, rapid-review-recommendation, chair-decision, "
                    "rapid-review-submitted, panel-response, lcspr-decided, lcspr-model-agreed, "
                    "publication-planned, publication-decided, report-sent, published, closed, or "
                    "your own (scr review records the decisions with their checks)")
        ->required();
    add->add_option("--date", opt->date,
                    "when it happened: YYYY-MM-DD, today, yesterday, -2wd ... "
                    "(default: today)")
        ->type_name("DATE");
    add->add_option("--note", opt->note, "free text");
    add->add_option("--by", opt->by, "who recorded it (default: git user.name, else $USER)");
    add->add_option("--set", opt->sets,
                    "a field of the event, KEY=VALUE (repeatable), e.g. "
                    "outcome=meets-rapid-review")
        ->type_name("FIELD=VALUE")
        ->allow_extra_args(false); // "--set k=[a, b]" is one value, not a CLI11 list
    add->callback([&ctx, opt] { ctx.action = [&ctx, opt] { return run_event_add(*opt, ctx); }; });
}

} // namespace scr::cli
