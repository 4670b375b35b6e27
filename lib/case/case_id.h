// Case IDs: short and sayable in a meeting (`2026-014`, `TEES-2026-014`), year and sequence,
// never built from personal data (PRODUCT.md "The case file").
#pragma once

#include "core/result.h"

#include <string>
#include <string_view>

namespace scr {

/// A parsed case ID.
struct CaseId {
    std::string prefix; // empty, or the partnership's id_prefix
    int year = 0;
    long seq = 0; // 1-based; three digits, wider past 999
};

/// Parses a case ID in its one canonical spelling; never echoes the text (it may be a name).
Result<CaseId> parse_case_id(std::string_view text, std::string_view field);

/// The register's order: by prefix, year and number (2026-999 before 2026-1000); text that is
/// not an ID after every ID.
struct CaseIdKey {
    int not_an_id = 0;
    std::string prefix;
    int year = 0;
    long seq = 0;
    std::string text;
    auto operator<=>(const CaseIdKey&) const = default;
};
/// The sort key of `text` in the register's order.
CaseIdKey case_id_key(std::string_view text);

/// The canonical spelling: `[PREFIX-]YYYY-NNN`.
std::string format_case_id(const CaseId& id);

/// Whether `prefix` may prefix IDs: an upper-case letter, then up to 7 letters or digits.
bool valid_id_prefix(std::string_view prefix);

} // namespace scr
