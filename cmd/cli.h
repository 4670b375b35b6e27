// The command-line edge: global options and the one place results become exit statuses.
#pragma once

#include "commands.h"

namespace scr::cli {

/// Adds -C, --as-of, --format, --color, --no-input and --version to the top-level app.
void add_global_options(CLI::App& app, Globals& globals);

/// Parses argv, resolves the context (today, colour, prompting) and runs the chosen verb.
int run(CLI::App& app, Context& ctx, int argc, char** argv);

} // namespace scr::cli
