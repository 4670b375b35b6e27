// The Rapid Review report skeleton of one case (issue 6; 003 stages 6-7; 004): summary, the
// children by pseudonym, the chronology, criteria results with their sources, agencies,
// decisions with rationale, LCSPR criteria considered and key questions, the action plan and
// the deadlines. JSON is the model; Markdown and HTML are rendered from it.
#pragma once

#include "criteria/triage.h"
#include "process/deadlines.h"
#include "report/document.h"
#include "report/redact.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace scr {

/// What a case report is made from.
struct CaseReportInput {
    const Case& c;
    const std::vector<Deadline>& deadlines;
    const Triage& triage;
    Date as_of;
    Redaction redaction;
};

/// The report as JSON; with redaction, no names, identifiers, addresses or dates of birth.
nlohmann::ordered_json case_report_json(const CaseReportInput& in);

/// The report for reading: sections in the order of a Rapid Review report, a timeline figure.
Document case_report_document(const nlohmann::ordered_json& report);

} // namespace scr
