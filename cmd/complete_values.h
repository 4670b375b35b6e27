// `scr __complete KIND -- TYPED [POSITIONAL ...]`: the values a shell completion cannot know by
// itself, each a whole word that starts with what was typed.
#pragma once

#include "case/model.h"
#include "process/profile.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace scr::cli {

/// What is being completed: a dynamic kind (cases, milestones, actions, settings, fields, answers
/// or commands), the word typed so far, and
/// the command's positional arguments before it (a case ID, an event type, command words).
struct Candidates {
    std::string kind, typed;
    std::vector<std::string> positionals;
};

/// Where the values come from; tests give fixed answers.
struct Lookup {
    std::function<std::vector<std::string>()> case_ids;
    std::function<ProfileSet()> profiles;                        // in force, else statutory
    std::function<std::optional<Case>(const std::string&)> read; // nullopt when unreadable
    std::function<std::vector<std::string>(const std::vector<std::string>&)> subcommands;
};

/// The candidates for `q`, in a stable order, without duplicates.
std::vector<std::string> complete_values(const Candidates& q, const Lookup& look);

} // namespace scr::cli
