// `scr case list|show|renumber`: the register, one case, and untangling a shared ID.
#include "commands.h"

#include "case/case_json.h"
#include "case/encode.h"
#include "case/stage.h"
#include "report/case_markdown.h"
#include "report/table.h"
#include "store/cases.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>

namespace scr::cli {

const Formats list_formats{"table", "json", "csv"};
const Formats show_formats{"yaml", "json", "md"};
namespace {

std::string pseudonyms(const Case& c) {
    std::string out;
    for (const Child& child : c.children)
        out += (out.empty() ? "" : ", ") + child.pseudonym;
    return out;
}

} // namespace

int run_case_list(const CaseListOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, list_formats);
    if (!format) return report(ctx.io, format.error());
    if (!opt.kind.empty() && !parse_kind(opt.kind))
        return report(
            ctx.io,
            bad_input("--kind", "must be serious-incident, case-of-concern or learning-request"));
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    auto cases = load_cases(p->root, ctx.load_options());
    if (!cases) return report(ctx.io, cases.error());
    Table table{{"id", "kind", "received", "pseudonym", "stage"}, {}};
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    int broken = 0;
    for (const StoredCase& s : *cases) {
        if (!s.load.value) {
            // Never a silent omission: the file is named, and the exit status says so.
            ++broken;
            report(ctx.io, Error{s.load.problems.front(), Failure::bad_input});
            continue;
        }
        const Case& c = *s.load.value;
        if (!opt.kind.empty() && kind_slug(c.kind) != opt.kind) continue;
        const std::string received = c.received ? format_iso(*c.received) : "";
        table.rows.push_back({c.id, std::string(kind_slug(c.kind)), received, pseudonyms(c),
                              std::string(case_stage(c))});
        json.push_back({{"id", c.id},
                        {"kind", kind_slug(c.kind)},
                        {"received", received},
                        {"pseudonym", pseudonyms(c)},
                        {"stage", case_stage(c)}});
    }
    if (*format == "json")
        ctx.io.out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    else if (*format == "csv")
        ctx.io.out << render_csv(table);
    else
        ctx.io.out << render_table(table, ctx.io.color ? Emphasis::ansi : Emphasis::none);
    if (broken > 0) {
        ctx.io.err << fmt::format(
            "scr: {} case file{} could not be read and {} left out; run scr check\n", broken,
            broken == 1 ? "" : "s", broken == 1 ? "was" : "were");
        return exit_usage;
    }
    return exit_ok;
}

int run_case_show(const CaseShowOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, show_formats);
    if (!format) return report(ctx.io, format.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    auto c = read_case(p->root, opt.id, "ID");
    if (!c) return report(ctx.io, c.error());
    if (*format == "json")
        ctx.io.out << case_to_json(*c).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                   << '\n';
    else if (*format == "md")
        ctx.io.out << render_case_markdown(*c);
    else
        ctx.io.out << format_case(*c);
    return exit_ok;
}

int run_case_renumber(const CaseRenumberOptions& opt, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    auto done = renumber_case(p->root, opt.id, p->config.id_prefix);
    if (!done) return report(ctx.io, done.error());
    ctx.io.out << done->moved_to << '\n';
    ctx.io.err << fmt::format("scr: {} kept its ID; the other case is now {}. With git: git add -A "
                              "cases\n",
                              done->kept, done->moved_to);
    return exit_ok;
}

void register_case(CLI::App& app, Context& ctx) {
    CLI::App* group = add_command(app, "case", "List and show cases");
    group->require_subcommand(1);

    auto list = std::make_shared<CaseListOptions>();
    CLI::App* l =
        add_command(*group, "list", "One row per case: id, kind, received, pseudonym, stage");
    declare_formats(*l, list_formats);
    l->add_option("--kind", list->kind, "only this kind")
        ->check(CLI::IsMember({"serious-incident", "case-of-concern", "learning-request"}));
    l->callback([&ctx, list] { ctx.action = [&ctx, list] { return run_case_list(*list, ctx); }; });

    auto show = std::make_shared<CaseShowOptions>();
    CLI::App* s = add_command(*group, "show", "One case (--format yaml, json or md)");
    declare_formats(*s, show_formats);
    s->add_option("ID", show->id, "the case ID, e.g. 2026-014")->required();
    s->callback([&ctx, show] { ctx.action = [&ctx, show] { return run_case_show(*show, ctx); }; });

    auto renumber = std::make_shared<CaseRenumberOptions>();
    CLI::App* r = add_command(
        *group, "renumber", "Give the second of two cases sharing an ID (after a merge) a new one");
    r->add_option("ID", renumber->id, "the shared ID")->required();
    r->callback([&ctx, renumber] {
        ctx.action = [&ctx, renumber] { return run_case_renumber(*renumber, ctx); };
    });
}

} // namespace scr::cli
