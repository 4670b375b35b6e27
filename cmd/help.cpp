// `scr help [COMMAND [SUB]]`: the manual page of a command group (scr(1) for scr itself), built
// into the binary. On a terminal it goes through man and the user's pager; anywhere else it is
// plain text. Without man or mandoc, CLI11's short help stands in.
#include "commands.h"
#include "man_pages.h"
#include "man_render.h"

#include <fmt/format.h>

#include <ostream>

namespace scr::cli {
namespace {

// The command the words name, checked word by word, or the first word that names none.
Result<const CLI::App*> find_command(const CLI::App& app, const std::vector<std::string>& words) {
    const CLI::App* target = &app;
    for (const std::string& w : words) {
        try {
            target = const_cast<CLI::App*>(target)->get_subcommand(w);
        } catch (const CLI::OptionNotFound&) {
            return bad_input("COMMAND", fmt::format("no command '{}'", w),
                             "run scr --help for the list");
        }
    }
    return target;
}

// CLI11's help for the command, as `scr COMMAND --help` prints it.
std::string short_help(const CLI::App& app, const CLI::App& target,
                       const std::vector<std::string>& words) {
    // App::help() would describe the selected `help` subcommand itself.
    if (&target == &app)
        return app.get_formatter()->make_help(&app, "scr", CLI::AppFormatMode::Normal);
    std::string prefix = "scr";
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        prefix += " " + words[i];
    return target.help(prefix);
}

} // namespace

int run_help(const HelpOptions& opt, const CLI::App& app, Context& ctx) {
    auto target = find_command(app, opt.words);
    if (!target) return report(ctx.io, target.error());
    // One page per command group; a command without its own page (help) is described in scr(1).
    std::optional<std::string_view> page;
    if (!opt.words.empty()) page = man_page_source("scr-" + opt.words.front() + ".1");
    if (!page) page = man_page_source("scr.1");
    ManResult shown = ManResult::no_formatter;
    if (page && ctx.io.pager) {
        ctx.io.out.flush(); // man writes to the terminal itself
        shown = page_man_source(*page);
        if (shown == ManResult::failed) return exit_env; // man has said why
    } else if (page) {
        std::string text;
        shown = render_man_plain(*page, text);
        if (shown == ManResult::shown) ctx.io.out << text;
    }
    if (shown == ManResult::shown) return exit_ok;
    ctx.io.err << (shown == ManResult::no_formatter
                       ? "scr: the manual cannot be shown without man or mandoc, and neither is "
                         "installed; here is the short help\n"
                       : "scr: man and mandoc could not render the manual; here is the short "
                         "help\n");
    ctx.io.out << short_help(app, **target, opt.words);
    return exit_ok;
}

void register_help(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<HelpOptions>();
    CLI::App* help = add_command(app, "help", "Show the manual of a command: scr help deadlines");
    help->add_option("COMMAND", opt->words, "the command and subcommand");
    help->callback(
        [&app, &ctx, opt] { ctx.action = [&app, &ctx, opt] { return run_help(*opt, app, ctx); }; });
}

} // namespace scr::cli
