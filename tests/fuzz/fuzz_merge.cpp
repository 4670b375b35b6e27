// The merge driver: the input is base, ours and theirs separated by lines of `%%%%`. Whatever
// the three texts, merge_case_files never crashes; a clean merge is a case file that decodes,
// and the same whichever side is ours; any other outcome leaves both sides between conflict
// markers, from which split_conflict gives each back: nothing either side wrote is lost.
#include "fuzz.h"

#include "case/conflict.h"
#include "case/decode.h"
#include "case/merge.h"

#include <array>
#include <string>

using namespace scr;

namespace {

constexpr std::string_view separator = "\n%%%%\n";

// A side as join_conflict keeps it: its last line ends with a newline.
std::string with_last_newline(std::string_view text) {
    std::string out(text);
    if (!out.empty() && out.back() != '\n') out += '\n';
    return out;
}

// Whether a line of `text` could be read as a conflict marker, so split_conflict would cut there.
bool has_marker_line(std::string_view text) {
    for (std::string_view m : {"<<<<<<<", "|||||||", "=======", ">>>>>>>"})
        if (text.substr(0, 7) == m || text.find("\n" + std::string(m)) != std::string_view::npos)
            return true;
    return false;
}

void check_nothing_lost(const FileMerge& f, std::string_view ours, std::string_view theirs) {
    if (has_marker_line(ours) || has_marker_line(theirs)) return;
    const auto sides = split_conflict(f.text);
    const std::string o = with_last_newline(ours), t = with_last_newline(theirs);
    if (!sides) {
        // No markers: the sides were the same text.
        fuzz::require(o == t && f.text == o, "a conflict left no markers and lost a side");
        return;
    }
    if (f.outcome == MergeOutcome::conflict) return; // the sides as scr writes them, by field
    fuzz::require(sides->ours == o, "the conflict markers lost part of ours");
    fuzz::require(sides->theirs == t, "the conflict markers lost part of theirs");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = fuzz::text_of(data, size);
    std::array<std::string_view, 3> part;
    std::size_t at = 0;
    for (std::size_t i = 0; i < 2; ++i) {
        const std::size_t end = text.find(separator, at);
        if (end == std::string_view::npos) return 0;
        part[i] = text.substr(at, end - at);
        at = end + separator.size();
    }
    part[2] = text.substr(at);
    const auto [base, ours, theirs] = part;
    const FileMerge f = merge_case_files(base, ours, theirs, "cases/2026-014.yaml");
    if (f.outcome != MergeOutcome::clean) {
        fuzz::require(f.outcome != MergeOutcome::conflict || !f.conflicts.empty(),
                      "a conflict names no field");
        check_nothing_lost(f, ours, theirs);
        return 0;
    }
    const CaseLoad merged = decode_case(f.text, "cases/2026-014.yaml", DecodeMode::case_file);
    fuzz::require(merged.value.has_value(), "a clean merge does not decode as a case");
    const FileMerge swapped = merge_case_files(base, theirs, ours, "cases/2026-014.yaml");
    fuzz::require(swapped.outcome == MergeOutcome::clean, "a clean merge conflicts when swapped");
    const CaseLoad other = decode_case(swapped.text, "cases/2026-014.yaml", DecodeMode::case_file);
    fuzz::require(other.value && *other.value == *merged.value,
                  "a clean merge depends on which side is ours");
    return 0;
}
