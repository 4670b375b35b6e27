// The shared CLI wiring: global options, subcommand defaults, and the edge where
// parsing errors and results become exit statuses.
#include "cli.h"
#include "complete_spec.h"
#include "store/lock.h"
#include "test_hooks.h"

#include <fmt/format.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <iostream>
#include <set>
#include <signal.h>
#include <string_view>
#include <unistd.h>

namespace scr::cli {

CLI::App* add_command(CLI::App& parent, const std::string& name, const std::string& description) {
    CLI::App* sub = parent.add_subcommand(name, description);
    sub->fallthrough(); // global options may follow the subcommand
    return sub;
}

void add_calendar_options(CLI::App& verb, CalendarOptions& opt) {
    verb.add_option("--division", opt.division,
                    "bank holidays of england-and-wales, scotland or northern-ireland "
                    "(default: the partnership's, else england-and-wales)")
        ->type_name("DIVISION");
    verb.add_option(
            "--calendar", opt.calendar,
            "statutory (bank holidays only, the default) or local (also the closures in scr.yaml)")
        ->type_name("CALENDAR");
}

void add_global_options(CLI::App& app, Globals& g) {
    app.set_version_flag("--version", std::string("scr ") + SCR_VERSION);
    app.add_option("-C", g.chdir, "run as if started in DIR")->type_name("DIR");
    app.add_option("--as-of", g.as_of, "take DATE as today (also SCR_TODAY)")->type_name("DATE");
    app.add_option("--format", g.format, "output format: table, csv, json, text ... (per command)")
        ->type_name("FORMAT");
    app.add_option(
           "--color", g.color,
           "colour output: auto (only on a terminal, not with NO_COLOR or TERM=dumb), always, "
           "never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    app.add_flag("--no-input", g.no_input,
                 "never prompt (implied when stdin or stdout is not a terminal)");
    app.add_flag("--no-cache", g.no_cache,
                 "read every case file, bypassing the parsed-case cache (.scr/cache)");
}

namespace {

Result<Date> resolve_today(const Globals& g) {
    if (!g.as_of.empty()) {
        auto d = parse_iso_date(g.as_of, g.as_of_from);
        if (!d) return d.error();
        if (!in_supported_range(*d)) return out_of_range(g.as_of, g.as_of_from);
        return d;
    }
    // The clock is read here, once, and handed to the library as a value.
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return make_date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                     static_cast<unsigned>(local.tm_mday));
}

// A dumb terminal (Emacs shell buffers, some CI consoles) shows escape codes as garbage.
bool dumb_terminal() {
    const char* term = std::getenv("TERM");
    return term != nullptr && std::string_view(term) == "dumb";
}

bool colour_wanted(const std::string& mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* no_color = std::getenv("NO_COLOR");
    return isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0') && !dumb_terminal();
}

// When the reader of a pipe goes away (`scr deadlines | head -1`), scr ends as every Unix
// filter does: silently killed by SIGPIPE, which shells do not report. A parent that ignores or
// blocks it (some CI runners, language runtimes) would otherwise turn a closed pipe into a
// write error on every line.
void default_sigpipe() {
    std::signal(SIGPIPE, SIG_DFL);
    sigset_t pipe_only;
    sigemptyset(&pipe_only);
    sigaddset(&pipe_only, SIGPIPE);
    sigprocmask(SIG_UNBLOCK, &pipe_only, nullptr);
}

[[noreturn]] void die_of_sigpipe() {
    default_sigpipe();
    std::raise(SIGPIPE);
    std::_Exit(128 + SIGPIPE);
}

void command_names(const CLI::App& app, std::set<std::string>& names) {
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        names.insert(sub->get_name());
        command_names(*sub, names);
    }
}

// CLI11 quotes what it could not use. That may be a child's name typed after a misspelt flag,
// so values are blanked out of its message; flag and command names stay (DOMAIN.md).
std::string without_values(std::string message, const CLI::App& app, int argc, char** argv) {
    std::set<std::string> commands;
    command_names(app, commands);
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg.rfind("-", 0) == 0) {
            const auto eq = arg.find('=');
            if (eq == std::string::npos) continue;
            arg = arg.substr(eq + 1);
        }
        if (arg.size() < 3 || commands.count(arg)) continue;
        for (auto at = message.find(arg); at != std::string::npos; at = message.find(arg, at + 7))
            message.replace(at, arg.size(), "(value)");
    }
    return message;
}

// The words of the command chosen on the command line, " review action add"; empty for none.
std::string chosen_command(const CLI::App& app) {
    std::string path;
    for (const CLI::App* sub = &app; !sub->get_subcommands().empty();) {
        sub = sub->get_subcommands().front();
        path += " " + sub->get_name();
    }
    return path;
}

} // namespace

int run(CLI::App& app, Context& ctx, int argc, char** argv) {
    default_sigpipe();
    install_test_hooks();
    if (const char* env = std::getenv("SCR_TODAY"); env && *env) {
        ctx.globals.as_of = env;
        ctx.globals.as_of_from = "SCR_TODAY";
    }
    if (const char* env = std::getenv("SCR_DIR"); env) ctx.globals.scr_dir = env;
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() == 0) return app.exit(e, ctx.io.out, ctx.io.err); // --help, --version
        // One line, like every other error; CLI11's own codes (100+) become 2.
        const std::string path = chosen_command(app);
        ctx.io.err << "scr" << path << ": " << without_values(e.what(), app, argc, argv)
                   << "; see scr help" << path << '\n';
        return exit_usage;
    }
    // The lock file names its holder by command words, never by argument values.
    set_lock_holder_command("scr" + chosen_command(app));
    if (ctx.globals.as_of_from == "SCR_TODAY" && app.get_option("--as-of")->count() > 0)
        ctx.globals.as_of_from = "--as-of";
    ctx.today = resolve_today(ctx.globals);
    // A bad --as-of is a usage error at once; a bad SCR_TODAY only where today is needed, so
    // `scr help` still works in a shell that exported a typo.
    if (!ctx.today && ctx.globals.as_of_from == "--as-of") return report(ctx.io, ctx.today.error());
    ctx.io.color = colour_wanted(ctx.globals.color);
    ctx.io.interactive = !ctx.globals.no_input && isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
    ctx.io.pager = ctx.io.interactive && !dumb_terminal();
    if (!ctx.action) {
        std::vector<std::string> names;
        for (const CLI::App* sub : visible_subcommands(app))
            names.push_back(sub->get_name());
        ctx.io.err << fmt::format("scr: a command is required: {} or {}; see scr --help\n",
                                  fmt::join(names.begin(), names.end() - 1, ", "), names.back());
        return exit_usage;
    }
    int code;
    try {
        code = ctx.action();
    } catch (const std::bad_alloc&) {
        ctx.io.err << "scr: out of memory\n";
        return exit_env;
    }
    // Output that could not be written (a full disk) is a failure, not a success.
    ctx.io.out.flush();
    if (!ctx.io.out) {
        if (errno == EPIPE) die_of_sigpipe(); // a closed pipe is the reader's choice, not a failure
        ctx.io.err << "scr: cannot write the output: " << std::strerror(errno) << '\n';
        return exit_env;
    }
    return code;
}

} // namespace scr::cli
