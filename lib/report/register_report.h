// The register: the tracker the business unit keeps, one row per case (issue 6): id, kind,
// received, pseudonyms, stage, screening outcome, recommendation, Panel outcome, and the next
// milestone with its due date and status.
#pragma once

#include "process/deadlines.h"
#include "report/document.h"
#include "report/redact.h"
#include "report/table.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace scr {

/// One case and its deadlines on the as-of date.
struct RegisterEntry {
    const Case* c = nullptr;
    std::vector<Deadline> deadlines;
};

/// The register as JSON: `{"as_of", "redacted", "cases": [...]}`, in case-ID order.
nlohmann::ordered_json register_json(const std::vector<RegisterEntry>& entries, Date as_of,
                                     Redaction redaction);

/// The rows as a table (for the terminal, CSV and Markdown): one row a case.
Table register_table(const nlohmann::ordered_json& reg);

/// The register for reading: a chart of open milestones by due week, then the table.
Document register_document(const nlohmann::ordered_json& reg,
                           const std::vector<RegisterEntry>& entries);

} // namespace scr
