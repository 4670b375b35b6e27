// `scr completion bash|zsh|fish` prints a completion script made from the command tree;
// the hidden `scr __complete KIND -- TYPED [POSITIONAL ...]` answers what only the partnership
// knows. The second runs on every Tab press: it only reads, never prompts and never fails loudly.
#include "commands.h"
#include "complete_table.h"
#include "complete_values.h"

#include "store/cases.h"

#include <algorithm>
#include <memory>
#include <ostream>

namespace scr::cli {
namespace {

Lookup partnership_lookup(const Context& ctx, const CLI::App& app) {
    Lookup look;
    auto root = std::make_shared<std::optional<Partnership>>();
    if (auto p = ctx.find_partnership(); p && *p) *root = std::move(**p);
    look.case_ids = [root] {
        if (!*root) return std::vector<std::string>{};
        auto ids = list_case_ids((*root)->root);
        return ids ? *ids : std::vector<std::string>{};
    };
    look.profiles = [root] {
        if (*root)
            if (auto set = load_profiles(**root)) return *set;
        ProfileSet statutory; // outside a partnership, or its profiles do not load
        (void)add_profile(statutory, statutory_profile(), "statutory");
        return statutory;
    };
    look.read = [root](const std::string& id) -> std::optional<Case> {
        if (!*root) return std::nullopt;
        auto c = read_case((*root)->root, id, "ID");
        return c ? std::optional<Case>(std::move(*c)) : std::nullopt;
    };
    look.subcommands = [&app](const std::vector<std::string>& words) {
        const CLI::App* at = &app;
        for (const std::string& w : words) {
            const auto subs = visible_subcommands(*at);
            auto next = std::find_if(subs.begin(), subs.end(),
                                     [&](const CLI::App* s) { return s->get_name() == w; });
            if (next == subs.end()) return std::vector<std::string>{};
            at = *next;
        }
        std::vector<std::string> out;
        for (const CLI::App* sub : visible_subcommands(*at))
            if (sub->get_name() != "help") out.push_back(sub->get_name());
        return out;
    };
    return look;
}

// Every command path, then each with each option's spellings: for the man page lint.
void print_tree(const CLI::App& app, std::ostream& out) {
    for (const CommandSpec& c : command_specs(app)) {
        out << c.path << '\n';
        for (const OptionSpec& o : c.options)
            for (const std::string& n : o.names)
                out << c.path << ' ' << n << '\n';
    }
}

} // namespace

int run_completion(const CompletionOptions& opt, const CLI::App& app, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    const CompletionTable table = completion_table(command_specs(app));
    if (opt.shell == "bash")
        ctx.io.out << bash_script(table);
    else if (opt.shell == "zsh")
        ctx.io.out << zsh_script(table);
    else if (opt.shell == "fish")
        ctx.io.out << fish_script(table);
    else
        return report(ctx.io,
                      bad_input("SHELL", "is not a shell scr completes", "use bash, zsh or fish"));
    return exit_ok;
}

int run_complete(const CompleteOptions& opt, const CLI::App& app, Context& ctx) {
    if (opt.kind == "tree") {
        print_tree(app, ctx.io.out);
        return exit_ok;
    }
    if (opt.words.empty()) return exit_usage;
    Candidates q{opt.kind, opt.words.front(), {opt.words.begin() + 1, opt.words.end()}};
    for (const std::string& w : complete_values(q, partnership_lookup(ctx, app)))
        ctx.io.out << w << '\n';
    return exit_ok;
}

void register_completion(CLI::App& app, Context& ctx) {
    auto opt = std::make_shared<CompletionOptions>();
    CLI::App* cmd = add_command(app, "completion", "Print the completion script for a shell");
    cmd->add_option("SHELL", opt->shell, "bash, zsh or fish")->required()->type_name("SHELL");
    cmd->footer("bash: scr completion bash > ~/.local/share/bash-completion/completions/scr\n"
                "zsh:  scr completion zsh > ~/.zfunc/_scr (a directory on $fpath)\n"
                "fish: scr completion fish > ~/.config/fish/completions/scr.fish");
    cmd->callback([&app, &ctx, opt] {
        ctx.action = [&app, &ctx, opt] { return run_completion(*opt, app, ctx); };
    });

    auto q = std::make_shared<CompleteOptions>();
    CLI::App* hidden = add_command(app, "__complete", "");
    hidden->group(""); // not in --help, not completed
    hidden->add_option("KIND", q->kind)->required();
    hidden->add_option("WORDS", q->words, "the word typed, then the positionals before it");
    hidden->callback(
        [&app, &ctx, q] { ctx.action = [&app, &ctx, q] { return run_complete(*q, app, ctx); }; });
}

} // namespace scr::cli
