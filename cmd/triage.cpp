// `scr triage`: the statutory checks on one case, answers recorded with --set, and the screening
// decision recorded with --record (issue 4; DOMAIN.md "Criteria" and "Outcomes recorded").
#include "commands.h"
#include "triage_ask.h"

#include "calendar/period.h"
#include "case/answer_set.h"
#include "case/event_build.h"
#include "criteria/triage.h"
#include "report/triage_report.h"
#include "store/cases.h"

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace scr::cli {

const Formats triage_formats{"table", "json", "md", "text"}; // text: as table
namespace {

// The screening event --record describes, its fields named by the options that gave them.
Result<Event> screening_event(const TriageOptions& opt, const Context& ctx, const Calendar& cal,
                              const fs::path& root) {
    auto date = resolve_date(opt.date.empty() ? "today" : opt.date, ctx.today, cal, "--date");
    if (!date) return date.error();
    std::vector<std::string> sets = {"outcome=" + opt.record, "rationale=" + opt.rationale};
    for (const std::string& name : opt.panel)
        sets.push_back("panel=" + name);
    auto e =
        make_event({"screening", *date, sets, "", opt.by.empty() ? default_author(root) : opt.by});
    if (!e) {
        Error err = e.error();
        for (const auto& [from, to] :
             {std::pair{"--set outcome", "--record"}, std::pair{"--set rationale", "--rationale"},
              std::pair{"--set panel", "--panel"}})
            if (err.diag.field == from) err.diag.field = to, err.diag.hint.clear();
        return err;
    }
    return e;
}

Status check_record_options(const TriageOptions& opt) {
    if (opt.record.empty()) {
        for (const auto& [given, name] :
             {std::pair{!opt.rationale.empty(), "--rationale"},
              std::pair{!opt.panel.empty(), "--panel"}, std::pair{!opt.date.empty(), "--date"},
              std::pair{!opt.by.empty(), "--by"}})
            if (given) return bad_input(name, "only goes with --record", "add --record OUTCOME");
        return ok();
    }
    if (opt.rationale.find_first_not_of(" \t\n") == std::string::npos)
        return bad_input("--rationale", "is required with --record",
                         "say why the panel decided this: it goes back to the referrer (002 s2.7)");
    return ok();
}

} // namespace

int run_triage(const TriageOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, triage_formats);
    if (!format) return report(ctx.io, format.error());
    if (auto st = check_record_options(opt); !st) return report(ctx.io, st.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    if (!ctx.today) return report(ctx.io, ctx.today.error());
    const Date as_of = *ctx.today;
    const Calendar cal = partnership_calendar(*p, CalendarKind::statutory);
    std::optional<Event> event;
    if (!opt.record.empty()) {
        auto e = screening_event(opt, ctx, cal, p->root);
        if (!e) return report(ctx.io, e.error());
        event = *e;
    }
    auto result = read_case(p->root, opt.id, "ID");
    if (!result) return report(ctx.io, result.error());
    std::vector<std::string> sets = opt.sets;
    Case preview = *result; // the answers checked, and questions asked, before anything is written
    if (auto st = apply_settings(preview, sets, ctx.today, cal); !st)
        return report(ctx.io, st.error());
    if (ctx.io.interactive && !event) {
        const auto asked = ask_open_questions(preview, ctx, cal);
        sets.insert(sets.end(), asked.begin(), asked.end());
    }
    // The same change previewed (-n) or made under the lock on the case as it is then.
    auto change = [&](Case& c) -> Status {
        if (auto st = apply_settings(c, sets, ctx.today, cal); !st) return st;
        if (event) insert_event(c, *event);
        return ok();
    };
    if (!sets.empty() || event) {
        auto st = opt.dry_run ? change(*result) : update_case(p->root, opt.id, "ID", [&](Case& c) {
            auto s = change(c);
            *result = c;
            return s;
        });
        if (st && opt.dry_run) st = check_writable(p->root, *result);
        if (!st) return report(ctx.io, st.error());
    }
    const Triage t = triage(*result, as_of, cal);
    if (event) {
        const std::string_view expected = expected_outcome(t.recommendation.action);
        const std::string_view next = action_slug(t.recommendation.action);
        if (contradicts(t.recommendation.action, opt.record))
            ctx.io.err << fmt::format(
                "scr: warning: the criteria point to {}{}, not {}: the rationale "
                "should say why\n",
                next, next == expected ? "" : fmt::format(" ({})", expected), opt.record);
        ctx.io.err << fmt::format("{}: screening {} on {} {}\n", opt.id, opt.record,
                                  format_iso(event->date),
                                  opt.dry_run ? "not recorded (dry run)" : "recorded");
    }
    if (*format == "json")
        ctx.io.out << triage_to_json(*result, as_of, t).dump(2) << '\n';
    else if (*format == "md")
        ctx.io.out << render_triage_markdown(*result, as_of, t);
    else
        ctx.io.out << render_triage_text(*result, as_of, t,
                                         ctx.io.color ? Styling::ansi : Styling::plain);
    return exit_ok;
}

void register_triage(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<TriageOptions>();
    CLI::App* cmd = add_command(app, "triage", "Check a case against the statutory criteria");
    declare_formats(*cmd, triage_formats);
    cmd->add_option("ID", opt->id, "the case ID, e.g. 2026-014")->required();
    cmd->add_option("--set", opt->sets,
                    "record an answer, KEY=VALUE (repeatable): an answer key (died=no, "
                    "abuse_or_neglect=suspected), incident.date, children[N].date_of_birth, "
                    "children[N].date_of_death or children[N].unborn (N from 0)")
        ->type_name("KEY=VALUE")
        ->allow_extra_args(false);
    cmd->add_flag("-n,--dry-run", opt->dry_run, "evaluate with the --set answers without saving");
    cmd->add_option("--record", opt->record,
                    "record the screening decision: meets-rapid-review, no-further-action, "
                    "single-agency-learning or queries-to-referrer")
        ->type_name("OUTCOME");
    cmd->add_option("--rationale", opt->rationale,
                    "why the panel decided it (required with --record)");
    cmd->add_option("--date", opt->date,
                    "when the panel decided (default: today; takes date words)")
        ->type_name("DATE");
    cmd->add_option("--panel", opt->panel, "who decided, NAME,... (repeatable)")->delimiter(',');
    cmd->add_option("--by", opt->by, "who recorded it (default: git user.name, else $USER)");
    std::vector<std::string_view> keys;
    for (const AnswerKey& k : answer_keys())
        keys.push_back(k.key);
    cmd->footer(fmt::format(
        "Checks: serious-incident: child, serious-case, notify-panel, consider-serious, "
        "ofsted-notifiable, child-death; case-of-concern: child, serious-case, near-miss; "
        "learning-request: child, serious-case, learning (and child-death when a child died).\n"
        "Answer keys (yes, no or unknown; abuse_or_neglect: known, suspected, no or unknown): {}.\n"
        "On a terminal, open questions are offered one by one. See man scr-triage.",
        fmt::join(keys, ", ")));
    cmd->callback([&ctx, opt] { ctx.action = [&ctx, opt] { return run_triage(*opt, ctx); }; });
}

} // namespace scr::cli
