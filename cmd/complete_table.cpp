// The command tree flattened for the shells: every script carries the same table and reads it
// with a few lines of its own language.
#include "complete_table.h"

#include <fmt/format.h>

namespace scr::cli {
namespace {

std::string join(const std::vector<std::string>& words) {
    return fmt::format("{}", fmt::join(words, " "));
}

std::string encode(const ValueSpec& v) {
    switch (v.kind) {
    case ValueKind::none:
        return "-";
    case ValueKind::words:
        return "w " + join(v.words);
    case ValueKind::list:
        return "l " + join(v.words);
    case ValueKind::files:
        return "f";
    case ValueKind::dirs:
        return "d";
    case ValueKind::input:
        return "i";
    case ValueKind::dynamic:
        return "@" + v.dynamic;
    }
    return "-";
}

} // namespace

CompletionTable completion_table(const std::vector<CommandSpec>& specs) {
    CompletionTable t;
    for (const CommandSpec& c : specs) {
        t.subcommands.emplace_back(c.path, join(c.subcommands));
        std::vector<std::string> names;
        for (const OptionSpec& o : c.options)
            for (const std::string& n : o.names) {
                names.push_back(n);
                if (o.takes_value) t.values.emplace_back(c.path + "|" + n, encode(o.value));
                if (c.path == "scr" && n != "-h" && n != "--help" && n != "--version" &&
                    n != "--format")
                    t.globals.push_back(n);
            }
        t.options.emplace_back(c.path, join(names));
        for (std::size_t i = 0; i < c.positionals.size(); ++i) {
            const bool repeats = c.last_repeats && i + 1 == c.positionals.size();
            t.values.emplace_back(c.path + "|#" + (repeats ? std::string("+") : std::to_string(i)),
                                  encode(c.positionals[i]));
        }
    }
    return t;
}

std::string shell_quote(const std::string& text) {
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

} // namespace scr::cli
