// Rendering a built-in man page with the system's formatter, man(1) or mandoc(1). Programs are
// started here, in cmd/, never in lib/.
#pragma once

#include <string>
#include <string_view>

namespace scr::cli {

/// What became of a page: shown, a formatter ran and failed, or none could be started.
enum class ManResult { shown, failed, no_formatter };

/// Shows mdoc `source` on the terminal through man (else mandoc) and the user's pager.
ManResult page_man_source(std::string_view source);

/// Renders mdoc `source` as plain text into `text`, with mandoc (else man) and no pager.
ManResult render_man_plain(std::string_view source, std::string& text);

/// Drops what formatters make for terminals: overstrikes (X\bX bold, _\bX underline) and ANSI
/// escape sequences, so a pipe or a file gets only the words.
std::string plain_text(std::string_view formatted);

} // namespace scr::cli
