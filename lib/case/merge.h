// Two versions of a case merged against their common ancestor by meaning, for git's merge
// driver (`scr merge-file`): the timeline and the action plan as unions, every other field
// three ways, and the conflicts that remain named by field, never by value.
#pragma once

#include "case/model.h"
#include "core/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// An action both sides added under one id, one of them given the next free id: the one due
/// later (or not at all), then the later by text, whichever side pulls.
struct ActionRenumbered {
    std::string from, to;
    bool ours = false; // ours' action moved, else theirs'
};

/// A three-way merge of cases. Without conflicts both views are the merge; with them, each
/// view holds the conflicting fields as that side had them.
struct CaseMerge {
    Case ours, theirs;
    std::vector<std::string> conflicts; // field paths: incident.summary, events[3].note, events
    std::vector<std::string> reasons;   // why, where a rule of a list made a conflict; no values
    std::vector<ActionRenumbered> renumbered;
};

/// Merges `ours` and `theirs` against `base`: a field changed on one side takes that side,
/// changed alike on both takes it, changed differently is a conflict; an entry of a list edited
/// on a side is paired with its original and merged field by field; entries added on either
/// side are kept, an identical one once, unless the list's rules say both cannot stand (events:
/// one type on one day, a type that happens once or records a decision, a case closed on one
/// side while the other recorded events). A clean merge is the same whichever side is ours.
CaseMerge merge_cases(const Case& base, const Case& ours, const Case& theirs);

/// How merging three case files went.
enum class MergeOutcome {
    clean,        // `text` is the merged case
    conflict,     // `text` marks the conflicting fields; `conflicts` names them
    added_twice,  // no common ancestor: both sides added a case under this file's name
    unreadable,   // a side is not a case (markers, malformed): `problem` says which and where
    breaks_rules, // the merge would not be a valid case: `problem` names the field
};

/// The text to leave in place of ours, and how the merge went.
struct FileMerge {
    MergeOutcome outcome = MergeOutcome::clean;
    std::string text;
    std::vector<std::string> conflicts, reasons;
    std::vector<ActionRenumbered> renumbered;
    Diagnostic problem; // unreadable, breaks_rules: file (which side), line, field; no value
};

/// Merges three case files' texts (`base` empty when both sides added the file); `path` names
/// the file in diagnostics. Anything but a clean merge leaves both sides between conflict
/// markers (by field where they could be read), so nothing is lost.
FileMerge merge_case_files(std::string_view base, std::string_view ours, std::string_view theirs,
                           std::string_view path);

} // namespace scr
