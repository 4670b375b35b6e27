// `scr merge-file BASE OURS THEIRS [PATH]`: git's merge driver for case files. The merge is
// written over OURS as git requires; messages name the file and fields, never a value.
#include "commands.h"

#include "case/case_id.h"
#include "case/merge.h"

#include <fmt/format.h>

#include <array>
#include <ostream>

namespace scr::cli {
namespace {

// Large enough for any case file; the driver must not read a runaway file whole.
constexpr std::size_t max_merge_bytes = std::size_t{1} << 24;

constexpr const char* markers_left = "both sides are left between conflict markers";

void say(const Context& ctx, Diagnostic d) {
    report(ctx.io, Error{std::move(d), Failure::bad_input});
}

// The line on stderr that says how the merge went; its status is what git takes.
int tell(const Context& ctx, const FileMerge& m, const std::string& shown) {
    for (const ActionRenumbered& r : m.renumbered)
        say(ctx, {shown, 0, 0, "actions",
                  fmt::format("{} was added on both sides; {} is now {}", r.from,
                              r.ours ? "ours" : "theirs", r.to),
                  ""});
    const std::string stem = fs::path(shown).stem().string();
    const std::string id = parse_case_id(stem, "file") ? stem : "ID";
    switch (m.outcome) {
    case MergeOutcome::clean:
        return exit_ok;
    case MergeOutcome::conflict:
        say(ctx, {shown, 0, 0, "",
                  fmt::format("merge conflict in {}{}", fmt::join(m.conflicts, ", "),
                              m.reasons.empty() ? std::string()
                                                : fmt::format(" ({})", fmt::join(m.reasons, "; "))),
                  "keep one side of each marked part, then run scr check"});
        break;
    case MergeOutcome::added_twice:
        say(ctx, {shown, 0, 0, "", "added on both sides with different content",
                  fmt::format("if these are two referrals, scr case renumber {} keeps both", id)});
        break;
    case MergeOutcome::unreadable:
        say(ctx, {m.problem.file, m.problem.line, m.problem.col, m.problem.field,
                  "is not a case scr can read, so it was not merged by meaning", markers_left});
        break;
    case MergeOutcome::breaks_rules:
        say(ctx, {shown, 0, 0, m.problem.field, "the merged case would break a rule here",
                  markers_left});
        break;
    }
    return exit_found;
}

} // namespace

int run_merge_file(const MergeFileOptions& opt, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    const fs::path dir = ctx.base_dir();
    auto full = [&](const std::string& p) {
        return fs::path(p).is_absolute() ? fs::path(p) : dir / p;
    };
    const std::array<const std::string*, 3> paths{&opt.base, &opt.ours, &opt.theirs};
    std::array<std::string, 3> texts;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        auto text = read_file(full(*paths[i]), max_merge_bytes, FileKind::regular);
        if (!text) return report(ctx.io, text.error()); // OURS is left as it was
        texts[i] = std::move(*text);
    }
    const std::string shown = opt.path.empty() ? opt.ours : opt.path;
    const FileMerge m = merge_case_files(texts[0], texts[1], texts[2], shown);
    if (auto st = write_file_atomic(full(opt.ours), m.text); !st) return report(ctx.io, st.error());
    return tell(ctx, m, shown);
}

} // namespace scr::cli
