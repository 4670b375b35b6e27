// The manual pages (man/*.1), built into the binary so `scr help` shows them from a build tree
// as from an installation, whatever MANPATH says.
#pragma once

#include <optional>
#include <string_view>

namespace scr::cli {

/// The mdoc source of the page named like "scr-days.1", or nullopt when scr has no such page.
std::optional<std::string_view> man_page_source(std::string_view name);

} // namespace scr::cli
