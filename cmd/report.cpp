// `scr report`: the register (the tracker), the Rapid Review report skeleton of one case, and
// timeliness over a period (issue 6); every format can be redacted for anything leaving the unit.
#include "report_common.h"
#include "review_record.h"

#include "calendar/period.h"
#include "criteria/triage.h"
#include "process/timeliness.h"
#include "report/case_report.h"
#include "report/register_report.h"
#include "report/timeliness_report.h"

#include <fmt/format.h>

namespace scr::cli {

const Formats register_formats{"table", "csv", "json", "md", "html"};
const Formats case_formats{"md", "html", "json"};
const Formats timeliness_formats{"table", "json", "csv", "md", "html"};
namespace {

std::string dump(const nlohmann::ordered_json& j) {
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

Redaction redaction(const ReportCommon& opt) {
    return opt.redact ? Redaction::redact : Redaction::none;
}

// The table format: aligned for a terminal, CSV, or Markdown, from one table.
std::string tabular(const std::string& format, const Table& t, const Document& doc,
                    const Context& ctx, const ReportCommon& opt) {
    if (format == "csv") return render_csv(t);
    if (format == "md") return render_markdown(doc);
    if (format == "html") return render_html(doc);
    return render_table(t, ctx.io.color && opt.output.empty() ? Emphasis::ansi : Emphasis::none);
}

} // namespace

int run_report_register(const ReportCommon& opt, Context& ctx) {
    auto format = choose_format(ctx, register_formats);
    if (!format) return report(ctx.io, format.error());
    if (!ctx.today) return report(ctx.io, ctx.today.error());
    auto src = load_report_source(ctx, std::nullopt);
    if (!src) return report(ctx.io, src.error());
    std::vector<RegisterEntry> entries;
    for (const StoredCase& s : src->cases) {
        const Case& c = *s.load.value;
        RegisterEntry e{&c, {}};
        if (case_is_open(c, *ctx.today)) { // a closed case owes nothing
            auto found = case_deadlines(c, src->profiles, src->calendars(), *ctx.today);
            if (!found) {
                ++src->broken;
                Error err = found.error();
                err.diag.file = s.path.string();
                report(ctx.io, err);
                continue;
            }
            e.deadlines = std::move(*found);
        }
        entries.push_back(std::move(e));
    }
    const auto reg = register_json(entries, *ctx.today, redaction(opt));
    if (*format == "json") return write_report(ctx, opt, dump(reg), src->broken);
    return write_report(
        ctx, opt, tabular(*format, register_table(reg), register_document(reg, entries), ctx, opt),
        src->broken);
}

int run_report_case(const ReportCaseOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, case_formats);
    if (!format) return report(ctx.io, format.error());
    if (!ctx.today) return report(ctx.io, ctx.today.error());
    auto src = load_report_source(ctx, opt.id);
    if (!src) return report(ctx.io, src.error());
    if (src->cases.empty()) return exit_usage; // the file was named on stderr
    const Case& c = *src->cases.front().load.value;
    auto deadlines = case_deadlines(c, src->profiles, src->calendars(), *ctx.today);
    if (!deadlines) return report(ctx.io, deadlines.error());
    sort_deadlines(*deadlines);
    const Triage t = triage(c, *ctx.today, *src->statutory);
    const auto j = case_report_json({c, *deadlines, t, *ctx.today, redaction(opt.common)});
    if (*format == "json") return write_report(ctx, opt.common, dump(j), 0);
    const Document doc = case_report_document(j);
    return write_report(ctx, opt.common,
                        *format == "html" ? render_html(doc) : render_markdown(doc), 0);
}

int run_report_timeliness(const ReportTimelinessOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, timeliness_formats);
    if (!format) return report(ctx.io, format.error());
    if (!ctx.today) return report(ctx.io, ctx.today.error());
    auto src = load_report_source(ctx, std::nullopt);
    if (!src) return report(ctx.io, src.error());
    auto from = resolve_date(opt.from, ctx.today, *src->statutory, "--from");
    if (!from) return report(ctx.io, from.error());
    auto to = resolve_date(opt.to, ctx.today, *src->statutory, "--to");
    if (!to) return report(ctx.io, to.error());
    std::vector<const Case*> cases;
    for (const StoredCase& s : src->cases)
        cases.push_back(&*s.load.value);
    auto t = timeliness(cases, src->profiles, src->calendars(), *from, *to, *ctx.today);
    if (!t) return report(ctx.io, t.error());
    if (*format == "json")
        return write_report(ctx, opt.common, dump(timeliness_json(*t, opt.common.redact)),
                            src->broken);
    return write_report(
        ctx, opt.common,
        tabular(*format, timeliness_table(*t), timeliness_document(*t), ctx, opt.common),
        src->broken);
}

void register_report(CLI::App& app, Context& ctx) {
    CLI::App* group =
        add_command(app, "report", "Write the register, a case report, or timeliness figures");
    group->require_subcommand(1);

    auto reg = std::make_shared<ReportCommon>();
    CLI::App* r = review_verb(*group, ctx, "register",
                              "The tracker: one row per case with its next milestone "
                              "(--format table|csv|json|md|html)",
                              reg, &run_report_register);
    declare_formats(*r, register_formats);
    add_report_common(*r, *reg);

    auto one = std::make_shared<ReportCaseOptions>();
    CLI::App* c = review_verb(
        *group, ctx, "case", "The Rapid Review report skeleton of one case (--format md|html|json)",
        one, &run_report_case);
    declare_formats(*c, case_formats);
    c->add_option("ID", one->id, "the case ID, e.g. 2026-014")->required();
    add_report_common(*c, one->common);

    auto tl = std::make_shared<ReportTimelinessOptions>();
    CLI::App* t = review_verb(*group, ctx, "timeliness",
                              "Milestones on time and late over a period, and counts "
                              "(--format table|json|csv|md|html)",
                              tl, &run_report_timeliness);
    declare_formats(*t, timeliness_formats);
    t->add_option("--from", tl->from, "the first day of the period: YYYY-MM-DD")
        ->type_name("DATE")
        ->required();
    t->add_option("--to", tl->to, "the last day of the period: YYYY-MM-DD")
        ->type_name("DATE")
        ->required();
    add_report_common(*t, tl->common);
}

} // namespace scr::cli
