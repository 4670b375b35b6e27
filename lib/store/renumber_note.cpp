#include "store/renumber_note.h"

#include "case/case_id.h"

namespace scr {
namespace {

fs::path note_path(const fs::path& root, std::string_view id) {
    return root / ".scr" / ("renumber-" + std::string(id));
}

} // namespace

std::optional<std::string> read_renumber_note(const fs::path& root, std::string_view id) {
    std::error_code ec;
    if (!fs::exists(note_path(root, id), ec)) return std::nullopt;
    auto text = read_file(note_path(root, id), 64, FileKind::regular);
    if (!text || text->empty() || text->back() != '\n') return std::nullopt;
    text->pop_back();
    auto parsed = parse_case_id(*text, "note");
    if (!parsed) return std::nullopt; // a damaged note only costs the resumption
    return format_case_id(*parsed);
}

Status write_renumber_note(const fs::path& root, std::string_view id, const std::string& new_id) {
    return write_file_atomic(note_path(root, id), new_id + "\n");
}

void remove_renumber_note(const fs::path& root, std::string_view id) {
    std::error_code ec;
    fs::remove(note_path(root, id), ec);
}

} // namespace scr
