// What a case file can only get wrong in the light of the profiles in force: an extension for a
// milestone no profile defines would move no date, silently (PRODUCT.md: a typo must not
// silently drop a date).
#pragma once
#include "process/profile.h"

#include <string_view>
#include <vector>

namespace scr {

/// Whether some extension of `c` names a milestone neither in `profiles` nor an action of the
/// case (cheap: no file needed).
bool has_unknown_milestone_reference(const Case& c, const ProfileSet& profiles);

/// Extensions in case file `text` (decoded as `c`) whose milestone is neither in `profiles`
/// nor an action of the case, each a diagnostic at its line.
std::vector<Diagnostic> check_milestone_references(std::string_view text, std::string_view file,
                                                   const Case& c, const ProfileSet& profiles);

} // namespace scr
