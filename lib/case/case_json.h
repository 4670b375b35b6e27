// A case as JSON, with the same field names as its file, for `scr case show --format json`.
#pragma once

#include "case/model.h"

#include <nlohmann/json.hpp>

namespace scr {

/// The case as a JSON object: absent fields are left out, dates are ISO strings.
nlohmann::ordered_json case_to_json(const Case& c);

} // namespace scr
