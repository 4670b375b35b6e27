// Three case files merged by meaning, for `scr merge-file`; whatever cannot be merged that way
// is left between conflict markers, so nothing either side wrote is lost.
#include "case/merge.h"

#include "case/conflict.h"
#include "case/decode.h"
#include "case/encode.h"

namespace scr {
namespace {

bool blank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

FileMerge both_sides(MergeOutcome outcome, std::string_view ours, std::string_view theirs) {
    FileMerge f;
    f.outcome = outcome;
    f.text = join_conflict(ours, theirs);
    return f;
}

// Where a side stopped being a case, without the message: a message may quote a value.
Diagnostic place_only(const Diagnostic& d) {
    return Diagnostic{d.file, d.line, d.col, d.field, {}, {}};
}

} // namespace

FileMerge merge_case_files(std::string_view base, std::string_view ours, std::string_view theirs,
                           std::string_view path) {
    const std::string file(path);
    const bool added = blank(base); // git gives an empty ancestor when both sides added the file
    CaseLoad b = added ? CaseLoad{} : decode_case(base, file + " (base)", DecodeMode::case_file);
    CaseLoad o = decode_case(ours, file + " (ours)", DecodeMode::case_file);
    CaseLoad t = decode_case(theirs, file + " (theirs)", DecodeMode::case_file);
    for (const CaseLoad* side : {&b, &o, &t}) {
        if (side->value || (side == &b && added)) continue;
        FileMerge f = both_sides(MergeOutcome::unreadable, ours, theirs);
        f.problem = place_only(side->problems.front());
        return f;
    }
    if (added) {
        if (*o.value == *t.value)
            return FileMerge{MergeOutcome::clean, std::string(ours), {}, {}, {}, {}};
        return both_sides(MergeOutcome::added_twice, ours, theirs);
    }
    CaseMerge m = merge_cases(*b.value, *o.value, *t.value);
    FileMerge f{MergeOutcome::clean,     {}, std::move(m.conflicts), std::move(m.reasons),
                std::move(m.renumbered), {}};
    if (!f.conflicts.empty()) {
        f.outcome = MergeOutcome::conflict;
        f.text = join_conflict(format_case(m.ours), format_case(m.theirs));
        return f;
    }
    // A side that already is the merge keeps its own bytes (and any comments in them).
    f.text = m.ours == *o.value   ? std::string(ours)
             : m.ours == *t.value ? std::string(theirs)
                                  : format_case(m.ours);
    const CaseLoad again = decode_case(f.text, file, DecodeMode::case_file);
    if (again.value) return f;
    FileMerge broken = both_sides(MergeOutcome::breaks_rules, ours, theirs);
    broken.problem = place_only(again.problems.front());
    broken.problem.line = broken.problem.col = 0; // lines of a text nobody will see
    return broken;
}

} // namespace scr
