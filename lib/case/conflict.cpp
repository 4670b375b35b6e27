#include "case/conflict.h"

#include "core/line_diff.h"

namespace scr {

std::optional<ConflictSides> split_conflict(std::string_view text) {
    enum class Part { both, ours, base, theirs } part = Part::both;
    ConflictSides sides;
    bool found = false;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t nl = text.find('\n', at);
        const std::size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
        const std::string_view line = text.substr(at, end - at);
        at = end;
        auto marker = [&](std::string_view m) {
            return line.substr(0, 7) == m && (line.size() == 7 || line[7] == ' ' || line[7] == '\n');
        };
        if (part == Part::both && marker("<<<<<<<")) {
            part = Part::ours;
            found = true;
        } else if (part == Part::ours && marker("|||||||")) {
            part = Part::base;
        } else if ((part == Part::ours || part == Part::base) && marker("=======")) {
            part = Part::theirs;
        } else if (part == Part::theirs && marker(">>>>>>>")) {
            part = Part::both;
        } else {
            if (part == Part::both || part == Part::ours) sides.ours += line;
            if (part == Part::both || part == Part::theirs) sides.theirs += line;
        }
    }
    if (!found || part != Part::both) return std::nullopt; // none, or unterminated
    return sides;
}

namespace {

void append_lines(std::string& out, const std::vector<std::string_view>& lines) {
    for (std::string_view line : lines) {
        out += line;
        if (line.empty() || line.back() != '\n') out += '\n'; // a marker must start its own line
    }
}

} // namespace

std::string join_conflict(std::string_view ours, std::string_view theirs) {
    std::string out;
    for (const LineRun& run : diff_lines(ours, theirs)) {
        if (run.same) {
            append_lines(out, run.a);
            continue;
        }
        out += "<<<<<<< ours\n";
        append_lines(out, run.a);
        out += "=======\n";
        append_lines(out, run.b);
        out += ">>>>>>> theirs\n";
    }
    return out;
}

} // namespace scr
