// The pieces of read_block_yaml (case/yaml_block.h) that read one line's scalar or key. Each
// either returns what yaml-cpp would read or calls not_mine(): the text is left to yaml-cpp.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>

namespace scr::yaml_block {

/// Thrown by not_mine() and caught by read_block_yaml only: never a user-visible error.
struct NotMine {};

/// Gives the text up to yaml-cpp: it steps outside the subset.
[[noreturn]] void not_mine();

/// Whether `s` holds nothing but spaces.
bool space_only(std::string_view s);

/// Whether `s` holds nothing but spaces, or spaces and then a comment.
bool blank_or_comment(std::string_view s);

/// Whether a plain scalar `s` is one of the spellings yaml-cpp reads as null.
bool null_word(std::string_view s);

/// Whether every byte is printable ASCII, a newline, or well-formed UTF-8 that YAML reads as
/// text (no NEL, line or paragraph separator, byte-order mark or C1 control).
bool plain_text(std::string_view text);

/// The length of the plain key `s` starts with when a colon and a space or the end follow it,
/// else 0.
std::size_t key_length(std::string_view s);

/// A one-line double-quoted scalar with only the common escapes; `v` starts at its quote.
std::string double_quoted(std::string_view v);

/// A one-line single-quoted scalar; `v` starts at its quote.
std::string single_quoted(std::string_view v);

/// A one-line flow list of plain words (`[a, b]`).
YAML::Node flow_list(std::string_view v);

/// A one-line plain scalar (null for `~`, `null`): `v` starts at its first character.
YAML::Node plain(std::string_view v);

} // namespace scr::yaml_block
