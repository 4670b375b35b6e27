// `scr deadlines`: who owes what by when, across every open case (issue 5). The morning
// report for the business unit and the nightly job for cron.
#include "commands.h"

#include "calendar/period.h"
#include "case/case_id.h"
#include "process/references.h"
#include "process/select.h"
#include "report/deadlines_report.h"
#include "store/cases.h"

#include <fmt/format.h>

#include <memory>
#include <ostream>
#include <set>

namespace scr::cli {

const Formats deadlines_formats{"table", "csv", "json", "ics", "md"};
namespace {

// The UID domain of the calendar export: the partnership's name as a DNS-like label.
std::string uid_domain(const std::string& name) {
    std::string out;
    for (char c : name) {
        const char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9'))
            out += l;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return (out.empty() ? std::string("partnership") : out) + ".scr";
}

Result<DeadlineFilter> make_filter(const DeadlinesOptions& opt, const ProfileSet& profiles) {
    DeadlineFilter f{opt.pending, opt.overdue, opt.within, opt.owner, opt.milestones, {}};
    if (opt.within && (*opt.within < 0 || *opt.within > 1000))
        return bad_input("--within", "must be a number of working days from 0 to 1000");
    for (const std::string& m : opt.milestones)
        if (auto st = check_milestone_name(m, profiles, "--milestone"); !st) return st.error();
    for (const std::string& s : opt.statuses) {
        auto status = parse_status(s);
        if (!status)
            return bad_input("--status", "is not a status",
                             "use met, missed, overdue, due-today, pending or not-required");
        f.statuses.push_back(*status);
    }
    return f;
}

} // namespace

int run_deadlines(const DeadlinesOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, deadlines_formats);
    if (!format) return report(ctx.io, format.error());
    if (opt.remind < 0 || opt.remind > 60)
        return report(ctx.io,
                      bad_input("--remind", "must be a number of working days from 0 to 60"));
    if (!ctx.today) return report(ctx.io, ctx.today.error());
    const Date as_of = *ctx.today;
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    auto profiles = load_profiles(*p);
    if (!profiles) return report(ctx.io, profiles.error());
    auto filter = make_filter(opt, *profiles);
    if (!filter) return report(ctx.io, filter.error());
    std::set<std::string> wanted;
    for (const std::string& id : opt.ids) {
        auto parsed = parse_case_id(id, "ID");
        if (!parsed) return report(ctx.io, parsed.error());
        wanted.insert(format_case_id(*parsed));
    }
    LoadOptions load = ctx.load_options();
    load.only.assign(wanted.begin(), wanted.end());
    auto cases = load_cases(p->root, load);
    if (!cases) return report(ctx.io, cases.error());
    for (const std::string& id : wanted)
        if (std::none_of(cases->begin(), cases->end(),
                         [&](const StoredCase& s) { return s.id == id; }))
            return report(ctx.io, bad_input("ID", fmt::format("no case {} in this partnership", id),
                                            "run scr case list to see the IDs"));
    const Calendar statutory = partnership_calendar(*p, CalendarKind::statutory);
    const Calendar local = partnership_calendar(*p, CalendarKind::local);
    const Calendars calendars{statutory, local};
    std::vector<Deadline> list;
    int broken = 0;
    for (const StoredCase& s : *cases) {
        if (!wanted.empty() && !wanted.count(s.id)) continue;
        if (!s.load.value) {
            // Named, never silently dropped; the rest are still reported.
            ++broken;
            report(ctx.io, Error{s.load.problems.front(), Failure::bad_input});
            continue;
        }
        const Case& c = *s.load.value;
        if (wanted.empty() && !case_is_open(c, as_of)) continue;
        if (has_unknown_milestone_reference(
                c, *profiles)) // an extension that matches nothing moves no date: say so
            if (auto text = read_file(s.path, std::size_t{1} << 24, FileKind::regular))
                for (const Diagnostic& d :
                     check_milestone_references(*text, s.path.string(), c, *profiles))
                    ctx.io.err << fmt::format("scr: warning: {}:{}:{}: {}: {}\n", d.file, d.line,
                                              d.col, d.field, d.message);
        auto found = case_deadlines(c, *profiles, calendars, as_of);
        if (!found) {
            ++broken;
            Error e = found.error();
            e.diag.file = s.path.string();
            report(ctx.io, e);
            continue;
        }
        for (Deadline& d : *found)
            if (matches(d, *filter)) list.push_back(std::move(d));
    }
    sort_deadlines(list);
    const Explain explain = opt.explain ? Explain::yes : Explain::no;
    const bool to_file = !opt.output.empty() && opt.output != "-";
    const Styling styling = ctx.io.color && !to_file ? Styling::ansi : Styling::plain;
    std::string text;
    if (*format == "json")
        text = deadlines_to_json(list, explain)
                   .dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
               "\n";
    else if (*format == "csv")
        text = render_deadlines_csv(list, explain);
    else if (*format == "md")
        text = render_deadlines_markdown(list, as_of, explain);
    else if (*format == "table")
        text = render_deadlines_table(list, explain, styling);
    else {
        auto ics = render_deadlines_ics(
            list, {p->config.name, uid_domain(p->config.name), opt.remind, as_of}, calendars);
        if (!ics) return report(ctx.io, ics.error());
        text = *ics;
    }
    if (auto st = write_output(ctx, opt.output, text); !st) return report(ctx.io, st.error());
    if (broken > 0) {
        ctx.io.err << fmt::format(
            "scr: {} case file{} could not be read and {} left out; run scr check\n", broken,
            broken == 1 ? "" : "s", broken == 1 ? "was" : "were");
        return exit_usage;
    }
    const bool late = std::any_of(list.begin(), list.end(), [](const Deadline& d) {
        return d.status == DeadlineStatus::overdue;
    });
    return opt.fail_on_overdue && late ? exit_found : exit_ok;
}

void register_deadlines(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<DeadlinesOptions>();
    CLI::App* cmd =
        add_command(app, "deadlines",
                    "Every milestone of every open case: due date, status, working days left");
    declare_formats(*cmd, deadlines_formats);
    cmd->add_option("ID", opt->ids, "only these cases (closed ones too); default: every open case");
    cmd->add_flag("--pending", opt->pending,
                  "only milestones not yet done (pending, due today or overdue)");
    cmd->add_flag("--overdue", opt->overdue, "only overdue milestones");
    cmd->add_option("--within", opt->within,
                    "only open milestones due within N working days (overdue ones included)")
        ->type_name("N");
    cmd->add_option("--owner", opt->owner,
                    "only what this owner owes: partnership, local-authority, national-panel, or "
                    "an action's owner")
        ->type_name("OWNER");
    cmd->add_option("--milestone", opt->milestones,
                    "only this milestone id (repeatable); 'action' for every action-plan item")
        ->type_name("MILESTONE")
        ->allow_extra_args(false); // one value each time, so a case ID after it stays an ID
    cmd->add_option(
           "--status", opt->statuses,
           "only this status (repeatable): met, missed, overdue, due-today, pending, not-required")
        ->type_name("STATUS")
        ->allow_extra_args(false);
    cmd->add_flag("--explain", opt->explain,
                  "show the working behind each date: start, period, calendar, days skipped, "
                  "cut-off, extension");
    cmd->add_flag("--fail-on-overdue", opt->fail_on_overdue,
                  "exit 1 when anything listed is overdue (for cron and CI)");
    cmd->add_option("--remind", opt->remind,
                    "ics: the reminder's working days before the due date (default 2)")
        ->type_name("N");
    cmd->add_option("-o,--output", opt->output,
                    "write to FILE (atomically, no colour) instead of stdout")
        ->type_name("FILE");
    cmd->footer("Formats (--format): table (default), csv, json, ics, md. The as-of date is "
                "--as-of or SCR_TODAY, else today.");
    cmd->callback([&ctx, opt] { ctx.action = [&ctx, opt] { return run_deadlines(*opt, ctx); }; });
}

} // namespace scr::cli
