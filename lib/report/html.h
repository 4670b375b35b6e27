// The HTML shell every `scr report` page shares: escaping and one self-contained document with
// its stylesheet inline, so a report opens offline, fetches nothing and prints on A4.
#pragma once

#include <string>
#include <string_view>

namespace scr {

/// Escapes text for HTML element content and attribute values (& < > " ').
std::string html_escape(std::string_view text);

/// A whole self-contained HTML5 document: charset, title, inline CSS for screen and print, the
/// body.
std::string html_document(std::string_view title, std::string_view body_html);

} // namespace scr
