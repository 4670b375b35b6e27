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

/// The keys `--set` takes besides the answer keys (`children[N]` for each child index).
std::vector<std::string> fact_keys();

} // namespace scr
