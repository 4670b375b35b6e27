// One-off changes to the bank holidays (moved and extra days), each with its official source.
#pragma once

#include "calendar/holidays.h"

#include <vector>

namespace scr {

/// Applies every one-off change known for `year` in `division` to the rule-generated list.
void apply_one_offs(Division division, int year, std::vector<Holiday>& holidays);

} // namespace scr
