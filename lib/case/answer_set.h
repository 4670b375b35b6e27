// `scr triage --set KEY=VALUE`: an answer to a criteria question, or one of the few facts the
// checks ask for (the incident date, a child's dates of birth and death, whether unborn).
#pragma once

#include "calendar/calendar.h"
#include "case/model.h"

#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// Records one `KEY=VALUE` in `c`, checked as the case file would check it; date values take
/// date words (`today`, `-3d`). The diagnostic names a known key, never a value or an unknown key.
Status apply_setting(Case& c, std::string_view setting, const Result<Date>& today,
                     const Calendar& calendar);

/// Applies every `KEY=VALUE` in order; an unknown key's diagnostic says which --set it was, since
/// it cannot name the key.
Status apply_settings(Case& c, const std::vector<std::string>& settings, const Result<Date>& today,
                      const Calendar& calendar);

/// The values `key` takes, for a prompt: "yes/no/unknown", "yes/no", a date...
std::string_view setting_values(std::string_view key);

/// The keys `--set` takes besides the answer keys (`children[N]` for each child index).
std::vector<std::string> fact_keys();

} // namespace scr
