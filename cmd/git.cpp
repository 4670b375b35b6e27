// `scr git setup` and `scr merge-file`: case files under git, merged by meaning. setup sets the
// merge driver in a clone (scr init does it for a new partnership inside a repository).
#include "commands.h"

#include "git_run.h"

#include <fmt/format.h>

#include <cstdlib>
#include <memory>
#include <ostream>
#include <sstream>
#include <unistd.h>

namespace scr::cli {
namespace {

// git runs the driver as plain `scr`: a clone whose PATH lacks it would fail every merge.
bool scr_on_path() {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "");
    for (std::string d; std::getline(dirs, d, ':');)
        if (!d.empty() && ::access((fs::path(d) / "scr").c_str(), X_OK) == 0) return true;
    return false;
}

// The partnership's .gitattributes, when setup runs inside one.
Status route_case_files(const Context& ctx) {
    auto p = ctx.find_partnership();
    if (!p) return p.error();
    if (!*p) {
        ctx.io.out << ".gitattributes: not checked (not inside a partnership directory; run scr "
                      "git setup there to route its case files)\n";
        return ok();
    }
    auto changed = ensure_merge_attribute((*p)->root);
    if (!changed) return changed.error();
    ctx.io.out << fmt::format(".gitattributes: {} '{}'{}\n", *changed ? "added" : "already has",
                              merge_attribute_line,
                              *changed ? " (commit it so every clone routes case files)" : "");
    return ok();
}

} // namespace

int run_git_setup(Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    const fs::path dir = ctx.base_dir();
    if (!run_git(dir, {"--version"}))
        return report(ctx.io, env_failure("git", "is not installed (or not on PATH)",
                                          "install git, then run scr git setup again"));
    auto top = git_work_tree(dir);
    if (!top)
        return report(ctx.io,
                      env_failure(dir.string(), "is not inside a git repository",
                                  "run scr git setup in a clone of the partnership's repository"));
    auto settings = set_merge_driver(*top);
    if (!settings) return report(ctx.io, settings.error());
    for (const GitSetting& s : *settings)
        ctx.io.out << fmt::format("{}: {} '{}'\n", s.key, s.changed ? "set to" : "already",
                                  s.value);
    if (auto st = route_case_files(ctx); !st) return report(ctx.io, st.error());
    if (!scr_on_path())
        ctx.io.err << "scr: warning: scr is not on PATH; git runs the merge driver as 'scr', so "
                      "put it there before merging\n";
    return exit_ok;
}

void register_git(CLI::App& app, Context& ctx) {
    CLI::App* git = add_command(app, "git", "Keep case files under git: the merge driver");
    git->require_subcommand(1);
    CLI::App* setup =
        add_command(*git, "setup", "Set git's merge driver for case files in this clone");
    setup->callback([&ctx] { ctx.action = [&ctx] { return run_git_setup(ctx); }; });

    auto opt = std::make_shared<MergeFileOptions>();
    CLI::App* merge = add_command(
        app, "merge-file",
        "Merge three versions of a case file by meaning (git's merge driver); the result "
        "replaces OURS");
    merge->add_option("BASE", opt->base, "the common ancestor (git's %O)")->required();
    merge->add_option("OURS", opt->ours, "this side, replaced by the merge (git's %A)")->required();
    merge->add_option("THEIRS", opt->theirs, "the other side (git's %B)")->required();
    merge->add_option("PATH", opt->path, "the case file's path, for messages (git's %P)");
    merge->add_option("--path", opt->path, "the case file's path, for messages (as PATH)");
    merge->callback(
        [&ctx, opt] { ctx.action = [&ctx, opt] { return run_merge_file(*opt, ctx); }; });
}

} // namespace scr::cli
