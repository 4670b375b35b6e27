// The two sides of a git merge conflict in a case file, so that two referrals given the same
// ID in two clones can be told apart again (issue 3: "one scr command fixes it"), and the
// writing of such a conflict by `scr merge-file`: what one writes, the other reads back.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace scr {

/// The text as each side of the merge had it.
struct ConflictSides {
    std::string ours, theirs;
};

/// Splits text holding git conflict markers (merge or diff3 style) into both sides, or nullopt
/// when it holds none.
std::optional<ConflictSides> split_conflict(std::string_view text);

/// Both sides as one text: shared lines once, differing lines between git's markers
/// (`<<<<<<< ours`, `=======`, `>>>>>>> theirs`), so split_conflict gives the sides back (a
/// side's last line gains a newline when it lacks one).
std::string join_conflict(std::string_view ours, std::string_view theirs);

} // namespace scr
