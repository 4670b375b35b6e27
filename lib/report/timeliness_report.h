// Timeliness figures as JSON (issue 6 contract), a table (terminal, CSV, Markdown) and a page.
#pragma once

#include "process/timeliness.h"
#include "report/document.h"
#include "report/table.h"

#include <nlohmann/json.hpp>

namespace scr {

/// `{"from", "to", "as_of", "redacted", "milestones": [...], "counts": {...}}`; figures only,
/// so redaction removes nothing, but the output says it was asked for.
nlohmann::ordered_json timeliness_json(const Timeliness& t, bool redacted);

/// One rectangular table: a row per milestone, then a row per count (group, item, count).
Table timeliness_table(const Timeliness& t);

/// The figures for reading: the milestones table, then one table per group of counts.
Document timeliness_document(const Timeliness& t);

} // namespace scr
