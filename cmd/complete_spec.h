// What the shell completions know, read off the CLI11 command tree: each command's subcommands,
// options and positionals, and what each value may be. `scr completion SHELL` writes it into a
// script; values only the partnership knows (case IDs, milestones) are left to `scr __complete`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace scr::cli {

/// How a value is completed.
enum class ValueKind {
    none,    // free text or a number: nothing to offer
    words,   // one of `words`
    list,    // a comma-separated list of `words`
    files,   // a path
    dirs,    // a directory
    input,   // a path or - for stdin
    dynamic, // asked of `scr __complete DYNAMIC`
};

/// What a value may be.
struct ValueSpec {
    ValueKind kind = ValueKind::none;
    std::vector<std::string> words; // words, list
    std::string dynamic; // cases, milestones, actions, settings, fields, answers, commands
};

/// One option of a command: its spellings and, when it takes one, its value.
struct OptionSpec {
    std::vector<std::string> names; // "-n", "--dry-run"
    bool takes_value = false;
    ValueSpec value;
};

/// One command as the words that name it ("scr", "scr review action add"; no key is empty, as
/// zsh takes none).
struct CommandSpec {
    std::string path;
    std::vector<std::string> subcommands;
    std::vector<OptionSpec> options; // scr's own are global: they follow every command
    std::vector<ValueSpec> positionals;
    bool last_repeats = false; // the last positional takes any number of values
};

/// Every visible command of `app`, depth first, scr itself first.
std::vector<CommandSpec> command_specs(const CLI::App& app);

/// The subcommands of `app` a user may type: all but the hidden ones (`__complete`).
std::vector<const CLI::App*> visible_subcommands(const CLI::App& app);

/// The date words offered wherever a date is asked for.
const std::vector<std::string>& date_words();

} // namespace scr::cli
