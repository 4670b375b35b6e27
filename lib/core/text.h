// Checks on free text that ends up in tables, terminals and error lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// True for valid UTF-8 with no control characters (C0, DEL, C1): safe on one output line.
bool is_single_line_text(std::string_view s);

/// Like is_single_line_text, but newlines and tabs are allowed (summaries, rationales).
bool is_multiline_text(std::string_view s);

/// `s` without leading and trailing spaces and tabs.
std::string trim(std::string_view s);

/// `s` cut at each `sep`, each part trimmed; empty parts are kept (their position may matter).
std::vector<std::string> split_trimmed(std::string_view s, char sep);

/// At most `max` characters of `s` for quoting in a message, control characters escaped.
std::string excerpt(std::string_view s, std::size_t max = 40);

} // namespace scr
