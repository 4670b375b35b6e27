// GOV.UK's official bank-holidays.json: reading it, writing it back deterministically, and
// laying it over the rules (the official list wins for every division-year it covers).
#pragma once

#include "calendar/holidays.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// Official bank holidays by division and year; a year present here replaces the rules.
using OfficialHolidays = std::map<Division, std::map<int, std::vector<Holiday>>>;

/// Parses GOV.UK's bank-holidays.json; `file` names the input in diagnostics.
Result<OfficialHolidays> parse_govuk_json(std::string_view text, std::string_view file);

/// Writes official data in GOV.UK's format, deterministically (same data, same bytes).
std::string to_govuk_json(const OfficialHolidays& data);

/// Lays `update` over `base`: each division-year in `update` replaces the same one in `base`.
OfficialHolidays merge_official(OfficialHolidays base, const OfficialHolidays& update);

/// How many of a division's official years differ from the built-in rules: how a new one-off
/// day (or a wrong rule) shows itself on import.
std::size_t years_differing_from_rules(Division division,
                                       const std::map<int, std::vector<Holiday>>& years);

/// The holidays of a division-year: the official list when there is one, else the rules.
std::vector<Holiday> official_or_rules(const OfficialHolidays& official, Division division,
                                       int year);

} // namespace scr
