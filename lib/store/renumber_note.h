// What a renumber is doing, kept in .scr/ while it writes: killed between its two writes, it is
// run again and must finish the same move, not give the other case a second new ID.
#pragma once

#include "store/fs.h"

#include <optional>
#include <string>

namespace scr {

/// The ID a renumber of `id` was moving the other case to, when one was interrupted.
std::optional<std::string> read_renumber_note(const fs::path& root, std::string_view id);

/// Notes, before the first write, that the renumber of `id` moves the other case to `new_id`.
Status write_renumber_note(const fs::path& root, std::string_view id, const std::string& new_id);

/// Forgets the note once the renumber of `id` has written everything.
void remove_renumber_note(const fs::path& root, std::string_view id);

} // namespace scr
