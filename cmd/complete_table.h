// The completion scripts of `scr completion bash|zsh|fish`, each a table read off the command
// tree plus a short engine in the shell's own language.
#pragma once

#include "complete_spec.h"

#include <string>
#include <utility>
#include <vector>

namespace scr::cli {

/// The command tree as string tables. Keys are command paths ("scr", "scr review decide");
/// value specs are "-" (free text), "w WORDS", "l WORDS" (comma list), "f" (file), "d"
/// (directory), "i" (file or -) or "@KIND" (ask `scr __complete KIND`).
struct CompletionTable {
    std::vector<std::pair<std::string, std::string>> subcommands; // path -> words
    std::vector<std::pair<std::string, std::string>> options;     // path -> option names
    std::vector<std::pair<std::string, std::string>>
        values;                       // "path|-o", "path|#0", "path|#+" -> spec
    std::vector<std::string> globals; // scr's options that may follow any command
};

/// Flattens the specs of command_specs() into tables.
CompletionTable completion_table(const std::vector<CommandSpec>& specs);

/// `text` in single quotes, for any POSIX-like shell and fish.
std::string shell_quote(const std::string& text);

/// The bash completion script.
std::string bash_script(const CompletionTable& t);
/// The zsh completion script (`#compdef scr`).
std::string zsh_script(const CompletionTable& t);
/// The fish completion script.
std::string fish_script(const CompletionTable& t);

} // namespace scr::cli
