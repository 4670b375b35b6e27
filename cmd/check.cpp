// `scr check`: every case file against the rules, silent when clean.
#include "commands.h"

#include "case/case_id.h"
#include "process/references.h"
#include "store/cases.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <ostream>
#include <tuple>

namespace scr::cli {

const Formats check_formats{"text", "json"};

int run_check(const CheckOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, check_formats);
    if (!format) return report(ctx.io, format.error());
    for (const std::string& id : opt.ids)
        if (auto parsed = parse_case_id(id, "ID"); !parsed) return report(ctx.io, parsed.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    auto cases = load_cases(p->root, ctx.load_options());
    if (!cases) return report(ctx.io, cases.error());
    std::vector<Diagnostic> problems;
    // The profiles in force are checked too: a broken one would stop every deadline.
    auto profiles = load_profiles(*p);
    if (!profiles) problems.push_back(profiles.error().diag);
    for (const std::string& id : opt.ids)
        if (std::none_of(cases->begin(), cases->end(),
                         [&](const StoredCase& s) { return s.id == id; }))
            return report(ctx.io, bad_input("ID", fmt::format("no case {}", id),
                                            "scr case list shows the cases there are"));
    for (const StoredCase& s : *cases) {
        if (!opt.ids.empty() && std::find(opt.ids.begin(), opt.ids.end(), s.id) == opt.ids.end() &&
            std::find(opt.ids.begin(), opt.ids.end(), s.load.id) == opt.ids.end())
            continue;
        auto mine = s.load.problems;
        if (profiles && s.load.value && has_unknown_milestone_reference(*s.load.value, *profiles)) {
            auto text = read_file(s.path, std::size_t{1} << 24, FileKind::regular);
            if (text)
                for (Diagnostic& d :
                     check_milestone_references(*text, s.path.string(), *s.load.value, *profiles))
                    mine.push_back(std::move(d));
        }
        // In line order within each file, as an editor's problem list reads.
        std::stable_sort(mine.begin(), mine.end(), [](const Diagnostic& a, const Diagnostic& b) {
            return std::tie(a.line, a.col) < std::tie(b.line, b.col);
        });
        problems.insert(problems.end(), mine.begin(), mine.end());
    }
    if (*format == "json") {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const Diagnostic& d : problems)
            out.push_back({{"file", d.file},
                           {"line", d.line},
                           {"col", d.col},
                           {"field", d.field},
                           {"message", d.message},
                           {"hint", d.hint}});
        ctx.io.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else {
        for (const Diagnostic& d : problems)
            report(ctx.io, Error{d, Failure::bad_input});
    }
    return problems.empty() ? exit_ok : exit_found;
}

void register_check(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<CheckOptions>();
    CLI::App* check = add_command(
        app, "check", "Check case files against the rules; silent and exit 0 when clean");
    declare_formats(*check, check_formats);
    check->add_option("ID", opt->ids, "only these cases (default: all)");
    check->callback([&ctx, opt] { ctx.action = [&ctx, opt] { return run_check(*opt, ctx); }; });
}

} // namespace scr::cli
