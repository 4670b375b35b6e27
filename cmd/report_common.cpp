#include "report_common.h"

#include "case/case_id.h"

#include <fmt/format.h>

#include <ostream>

namespace scr::cli {

Result<ReportSource> load_report_source(Context& ctx, const std::optional<std::string>& only) {
    auto p = ctx.require_partnership();
    if (!p) return p.error();
    auto profiles = load_profiles(*p);
    if (!profiles) return profiles.error();
    ReportSource src{std::move(*p), std::move(*profiles), nullptr, nullptr, {}, 0};
    src.statutory =
        std::make_unique<Calendar>(partnership_calendar(src.partnership, CalendarKind::statutory));
    src.local =
        std::make_unique<Calendar>(partnership_calendar(src.partnership, CalendarKind::local));
    std::string wanted;
    if (only) {
        auto id = parse_case_id(*only, "ID");
        if (!id) return id.error();
        wanted = format_case_id(*id);
    }
    LoadOptions load = ctx.load_options();
    if (only) load.only = {wanted};
    auto cases = load_cases(src.partnership.root, load);
    if (!cases) return cases.error();
    for (StoredCase& s : *cases) {
        if (only && s.id != wanted) continue;
        if (!s.load.value) {
            // Named, never silently dropped; the rest are still reported.
            ++src.broken;
            report(ctx.io, Error{s.load.problems.front(), Failure::bad_input});
            continue;
        }
        src.cases.push_back(std::move(s));
    }
    if (only && src.cases.empty() && !src.broken)
        return bad_input("ID", fmt::format("no case {} in this partnership", wanted),
                         "run scr case list to see the IDs");
    return src;
}

int write_report(Context& ctx, const ReportCommon& opt, const std::string& text, int broken) {
    // A register or figures missing a case would be wrong, and may leave the unit: nothing is
    // written until every case file loads (each was named on stderr).
    if (broken)
        return report(ctx.io,
                      bad_input("",
                                fmt::format("{} case file{} did not load: no report written",
                                            broken, broken == 1 ? "" : "s"),
                                "fix the file (scr check names every problem) and run it again"));
    if (auto st = write_output(ctx, opt.output, text); !st) return report(ctx.io, st.error());
    return broken ? exit_usage : exit_ok;
}

void add_report_common(CLI::App& verb, ReportCommon& opt) {
    verb.add_flag(
        "--redact", opt.redact,
        "for anything leaving the unit: no names, identifiers, addresses or dates of birth; "
        "children by pseudonym, ages instead");
    verb.add_option("-o,--output", opt.output, "write to FILE (created 0600, replaced atomically)")
        ->type_name("FILE");
}

} // namespace scr::cli
