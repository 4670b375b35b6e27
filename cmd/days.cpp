// `scr days`: the working-day calculator (DOMAIN.md "Working days": WORKDAY/NETWORKDAYS/EDATE).
#include "commands.h"

#include "days_batch.h"

#include "calendar/period.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <istream>
#include <memory>
#include <ostream>

namespace scr::cli {

const Formats days_formats{"text", "json"};
int run_days_add(const DaysAddOptions& opt, Context& ctx) {
    auto cal = ctx.calendar(opt.cal.division, opt.cal.calendar);
    if (!cal) return report(ctx.io, cal.error());
    if (opt.date == "-") {
        if (!opt.count.empty())
            return report(ctx.io, bad_input("COUNT", "not taken with '-'",
                                            "put DATE COUNT on each line of standard input"));
        if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
        return stream_add(*cal, ctx);
    }
    auto format = choose_format(ctx, days_formats);
    if (!format) return report(ctx.io, format.error());
    if (opt.count.empty())
        return report(ctx.io, bad_input("COUNT", "is missing", "e.g. scr days add 2026-11-20 5"));
    auto from = resolve_date(opt.date, ctx.today, *cal, "DATE");
    if (!from) return report(ctx.io, from.error());
    auto p = parse_period(opt.count, "COUNT");
    if (!p) return report(ctx.io, p.error());
    auto result = apply_period(*from, *p, *cal, "COUNT");
    if (!result) return report(ctx.io, result.error());
    if (*format == "json") {
        const nlohmann::ordered_json j{{"from", format_iso(*from)},
                                       {"count", p->count},
                                       {"unit", period_unit_suffix(p->unit)},
                                       {"date", format_iso(*result)},
                                       {"weekday", weekday_name(*result)}};
        ctx.io.out << j.dump() << '\n';
    } else {
        ctx.io.out << format_iso(*result) << '\n';
    }
    return exit_ok;
}

int run_days_between(const DaysBetweenOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, days_formats);
    if (!format) return report(ctx.io, format.error());
    auto cal = ctx.calendar(opt.cal.division, opt.cal.calendar);
    if (!cal) return report(ctx.io, cal.error());
    auto a = resolve_date(opt.from, ctx.today, *cal, "A");
    if (!a) return report(ctx.io, a.error());
    auto b = resolve_date(opt.to, ctx.today, *cal, "B");
    if (!b) return report(ctx.io, b.error());
    auto n = opt.inclusive ? cal->networkdays(*a, *b) : cal->working_days_between(*a, *b);
    if (!n) return report(ctx.io, n.error());
    if (*format == "json") {
        const nlohmann::ordered_json j{{"from", format_iso(*a)},
                                       {"to", format_iso(*b)},
                                       {"inclusive", opt.inclusive},
                                       {"working_days", *n}};
        ctx.io.out << j.dump() << '\n';
    } else {
        ctx.io.out << *n << '\n';
    }
    return exit_ok;
}

int run_days_is(const DaysIsOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, days_formats);
    if (!format) return report(ctx.io, format.error());
    auto cal = ctx.calendar(opt.cal.division, opt.cal.calendar);
    if (!cal) return report(ctx.io, cal.error());
    auto d = resolve_date(opt.date, ctx.today, *cal, "DATE");
    if (!d) return report(ctx.io, d.error());
    auto info = cal->day_info(*d);
    if (!info) return report(ctx.io, info.error());
    if (*format == "json") {
        nlohmann::ordered_json j{{"date", format_iso(*d)},
                                 {"weekday", weekday_name(*d)},
                                 {"working_day", info->working}};
        j["reason"] =
            info->working ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(info->reason);
        ctx.io.out << j.dump() << '\n';
    } else if (info->working) {
        ctx.io.out << "yes: " << weekday_name(*d) << " is a working day\n";
    } else {
        ctx.io.out << "no: " << info->reason << '\n';
    }
    return info->working ? exit_ok : exit_found;
}

void register_days(CLI::App& app, Context& ctx) {
    CLI::App* days =
        add_command(app, "days", "Count working days the way WORKDAY and NETWORKDAYS do");
    days->require_subcommand(1);

    auto add = std::make_shared<DaysAddOptions>();
    CLI::App* a = add_command(*days, "add",
                              "Print the date N working days (or days, weeks, months) after DATE");
    declare_formats(*a, days_formats);
    a->add_option("DATE", add->date,
                  "YYYY-MM-DD, today, +5wd ..., or - to read 'DATE N' lines from stdin")
        ->required();
    a->add_option("COUNT", add->count,
                  "N[unit]: unit wd (working days, default), d, w or m; negative counts back");
    add_calendar_options(*a, add->cal);
    a->callback([&ctx, add] { ctx.action = [&ctx, add] { return run_days_add(*add, ctx); }; });

    auto between = std::make_shared<DaysBetweenOptions>();
    CLI::App* b =
        add_command(*days, "between", "Print the working days after A up to and including B");
    declare_formats(*b, days_formats);
    b->add_option("A", between->from, "the start date (not counted)")->required();
    b->add_option("B", between->to, "the end date (counted)")->required();
    b->add_flag("--inclusive", between->inclusive, "count both ends, as NETWORKDAYS does");
    add_calendar_options(*b, between->cal);
    b->callback([&ctx, between] {
        ctx.action = [&ctx, between] { return run_days_between(*between, ctx); };
    });

    auto is = std::make_shared<DaysIsOptions>();
    CLI::App* i = add_command(
        *days, "is", "Say whether DATE is a working day (exit 0) or not (exit 1, with the reason)");
    declare_formats(*i, days_formats);
    i->add_option("DATE", is->date, "the date to check")->required();
    add_calendar_options(*i, is->cal);
    i->callback([&ctx, is] { ctx.action = [&ctx, is] { return run_days_is(*is, ctx); }; });
}

} // namespace scr::cli
