// The partnership directory: finding it, reading scr.yaml and the imported bank holidays,
// creating a new one, and storing an import.
#pragma once

#include "calendar/calendar.h"
#include "process/profile.h"
#include "store/fs.h"

#include <optional>
#include <string>
#include <vector>

namespace scr {

/// What scr.yaml holds.
struct PartnershipConfig {
    std::string name;
    Division division = Division::england_and_wales;
    std::string id_prefix;                           // empty: IDs are YYYY-NNN
    std::vector<std::string> profiles{"statutory"}; // built in, else profiles/NAME.yaml
    std::vector<Closure> closures;
    std::string rapid_review_from = "notified"; // or "aware": what starts the Rapid Review
};

/// An opened partnership directory.
struct Partnership {
    fs::path root;
    PartnershipConfig config;
    OfficialHolidays official; // empty when nothing was imported
};

/// The name of the file that marks a partnership directory.
inline constexpr const char* config_file_name = "scr.yaml";

/// The first line of scr.yaml: editors with a YAML plugin validate it against the schema.
inline constexpr const char* config_schema_line =
    "# yaml-language-server: $schema=schemas/scr.schema.json";

/// Where `scr holidays import` keeps the official data, relative to the root.
inline constexpr const char* holidays_file_name = "bank-holidays.json";

/// Walks up from `start` to the first directory holding scr.yaml, as git finds .git.
std::optional<fs::path> find_partnership_root(const fs::path& start);

/// Parses scr.yaml text; `file` names it in diagnostics.
Result<PartnershipConfig> parse_config(std::string_view text, std::string_view file);

/// Writes scr.yaml text deterministically.
std::string format_config(const PartnershipConfig& config);

/// Opens the partnership rooted at `root`: scr.yaml and any imported holidays.
Result<Partnership> open_partnership(const fs::path& root);

/// Creates a partnership in `dir` (made if missing): scr.yaml, cases/, .gitignore,
/// .gitattributes (case files merged by the `scr` driver). Refuses when `dir` already holds one.
Status init_partnership(const fs::path& dir, const PartnershipConfig& config);

/// The .gitattributes line that routes case files to git's `scr` merge driver.
inline constexpr const char* merge_attribute_line = "cases/*.yaml merge=scr";

/// Adds merge_attribute_line to the partnership's .gitattributes unless it is there; true when
/// the file changed.
Result<bool> ensure_merge_attribute(const fs::path& root);

/// Lays official data over what the partnership at `root` has imported before and stores the
/// result, under the partnership's write lock.
Status store_official_holidays(const fs::path& root, const OfficialHolidays& update);

/// Where profile `name` lives: profiles/NAME.yaml under the root (`statutory` is built in).
fs::path profile_path(const fs::path& root, std::string_view name);
/// The profiles scr.yaml puts in force, read and merged, with its Rapid Review clock applied.
Result<ProfileSet> load_profiles(const Partnership& p);
/// The calendar the partnership works to.
Calendar partnership_calendar(const Partnership& p, CalendarKind kind);

} // namespace scr
