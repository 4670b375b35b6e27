// What every `scr report` needs: the partnership, its profiles and calendars, the cases (a file
// that fails to load is named on stderr and the run ends with exit 2), and one place to write.
#pragma once

#include "commands.h"

#include "process/deadlines.h"
#include "store/cases.h"

#include <memory>
#include <optional>
#include <vector>

namespace scr::cli {

/// The partnership as a report reads it.
struct ReportSource {
    Partnership partnership;
    ProfileSet profiles;
    std::unique_ptr<Calendar> statutory, local;
    std::vector<StoredCase> cases;
    int broken = 0; // case files named on stderr as not loading

    Calendars calendars() const { return {*statutory, *local}; }
};

/// Loads everything a report needs; with `only`, just that case (an unknown ID is bad input).
Result<ReportSource> load_report_source(Context& ctx, const std::optional<std::string>& only);

/// Writes `text` to -o FILE (atomically, 0600) or stdout, unless a case file failed to load
/// (then nothing, exit 2); returns the exit status.
int write_report(Context& ctx, const ReportCommon& opt, const std::string& text, int broken);

/// Adds --redact and -o to a report verb.
void add_report_common(CLI::App& verb, ReportCommon& opt);

} // namespace scr::cli
