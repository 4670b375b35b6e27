// `scr init`: a new partnership directory.
#include "commands.h"

#include "case/case_id.h"
#include "git_run.h"

#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace scr::cli {

int run_init(const InitOptions& opt, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    const auto division = parse_division(opt.division);
    if (!division)
        return report(ctx.io,
                      bad_input("--division", fmt::format("unknown division '{}'", opt.division),
                                "use england-and-wales, scotland or northern-ireland"));
    if (opt.name.find_first_not_of(" \t") == std::string::npos ||
        opt.name.find('\n') != std::string::npos)
        return report(ctx.io,
                      bad_input("--name", "must be one line of text",
                                "e.g. --name \"Exampletown Safeguarding Children Partnership\""));
    const fs::path dir =
        fs::path(opt.dir).is_absolute() ? fs::path(opt.dir) : ctx.base_dir() / opt.dir;
    if (!opt.id_prefix.empty() && !valid_id_prefix(opt.id_prefix))
        return report(ctx.io,
                      bad_input("--id-prefix",
                                "must be an upper-case letter then up to 7 letters or digits",
                                "e.g. --id-prefix TEES gives IDs like TEES-2026-001"));
    PartnershipConfig config;
    config.name = opt.name;
    config.division = *division;
    config.id_prefix = opt.id_prefix;
    if (auto st = init_partnership(dir, config); !st) return report(ctx.io, st.error());
    ctx.io.out << fmt::format("created partnership '{}' ({}) in {}\n", opt.name, opt.division,
                              dir.lexically_normal().string());
    // Inside a git work tree, case files merge by meaning from the first pull on.
    if (auto top = git_work_tree(dir)) {
        auto settings = set_merge_driver(*top);
        if (!settings) {
            report(ctx.io, settings.error()); // the partnership stands; scr git setup can retry
            return exit_ok;
        }
        ctx.io.out << fmt::format("set git's merge driver for case files in {} (merge.{}.driver)\n",
                                  top->string(), merge_driver_name);
    }
    return exit_ok;
}

void register_init(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<InitOptions>();
    CLI::App* init =
        add_command(app, "init", "Create a partnership directory: scr.yaml and cases/");
    init->add_option("DIR", opt->dir, "where to create it (default: the current directory)");
    init->add_option("--name", opt->name, "the partnership's name")->required();
    init->add_option("--division", opt->division, "whose bank holidays apply")
        ->check(CLI::IsMember({"england-and-wales", "scotland", "northern-ireland"}));
    init->add_option("--id-prefix", opt->id_prefix,
                     "put PREFIX- before case IDs (e.g. TEES gives TEES-2026-001)");
    init->callback([&ctx, opt] { ctx.action = [&ctx, opt] { return run_init(*opt, ctx); }; });
}

} // namespace scr::cli
