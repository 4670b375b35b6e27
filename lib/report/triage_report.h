// A triage as scr prints it: JSON for pipes (issue 4 contract), text for terminals, Markdown for
// papers to a screening panel.
#pragma once

#include "criteria/triage.h"

#include <nlohmann/json.hpp>

#include <string>

namespace scr {

/// Whether text output may carry ANSI colour (cmd decides: TTY and no NO_COLOR).
enum class Styling { plain, ansi };

/// `{"case", "kind", "as_of", "checks": [...], "questions": [...], "recommendation": {...}}`.
nlohmann::ordered_json triage_to_json(const Case& c, Date as_of, const Triage& t);

/// The checks one block each (verdict, reasons, source, questions), then the recommendation.
std::string render_triage_text(const Case& c, Date as_of, const Triage& t, Styling styling);

/// The same as a Markdown page.
std::string render_triage_markdown(const Case& c, Date as_of, const Triage& t);

} // namespace scr
