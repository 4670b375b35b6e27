#include "review_record.h"

#include "calendar/period.h"
#include "case/event_build.h"
#include "process/route.h"
#include "store/cases.h"

#include <fmt/format.h>

#include <ostream>

namespace scr::cli {

Result<Date> review_date(Context& ctx, const Partnership& p, const std::string& text,
                         std::string_view flag) {
    const Calendar cal = partnership_calendar(p, CalendarKind::statutory);
    return resolve_date(text.empty() ? "today" : text, ctx.today, cal, flag);
}

int record_review(const ReviewCommon& opt, Context& ctx, const BuildEvents& build) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    if (!ctx.today) return report(ctx.io, ctx.today.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    auto date = review_date(ctx, *p, opt.date, "--date");
    if (!date) return report(ctx.io, date.error());
    const Recorded rec{*date, opt.by.empty() ? default_author(p->root) : opt.by, opt.note};
    std::vector<Event> recorded;
    auto change = [&](Case& c) -> Status {
        auto events = build(c, rec);
        if (!events) return events.error();
        for (Event& e : *events) {
            if (!opt.force)
                if (auto st = check_route(c, e.type, e.date, *ctx.today); !st) return st;
            insert_event(c, e);
        }
        recorded = std::move(*events);
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
    for (const Event& e : recorded)
        ctx.io.out << fmt::format("{}: {} on {} {}\n", opt.id, e.type, format_iso(e.date),
                                  opt.dry_run ? "would be recorded" : "recorded");
    return exit_ok;
}

void add_review_common(CLI::App& verb, ReviewCommon& opt) {
    verb.add_option("ID", opt.id, "the case ID, e.g. 2026-014")->required();
    verb.add_option("--date", opt.date,
                    "when it was decided or happened: YYYY-MM-DD, today, yesterday, -2wd ... "
                    "(default: today)")
        ->type_name("DATE");
    verb.add_option("--note", opt.note, "free text kept with the event");
    verb.add_option("--by", opt.by, "who recorded it (default: git user.name, else $USER)");
    verb.add_flag("--force", opt.force,
                  "record it even out of the usual order (e.g. a Panel response before the "
                  "submission is on file)");
    verb.add_flag("-n,--dry-run", opt.dry_run,
                  "check and show what would be recorded, write nothing");
}

} // namespace scr::cli
