// The action plan of a case: items added with the next free id and marked done (004: "Action
// plan to be transferred to tracker"; 002 s5.4: recommendations are monitored).
#pragma once

#include "case/model.h"
#include "core/result.h"

#include <string>
#include <string_view>

namespace scr {

/// Adds an item to `c`'s action plan with the next free id (A1, A2, ...) and returns that id.
Result<std::string> add_action(Case& c, const std::string& action, const std::string& owner,
                               Date due);

/// Whether `c` has an action `id`; the error lists the ids it has.
Status check_action_known(const Case& c, std::string_view id);

/// Whether action `id` is still open; the error says when it was done.
Status check_action_open(const Case& c, std::string_view id);

/// Marks action `id` done on `date` (check_action_done first).
void complete_action(Case& c, std::string_view id, Date date);

} // namespace scr
