// Inline SVG figures for HTML reports: one case on a date axis, and open milestones by due week.
// Output is deterministic (ids come from a hash of the input, never a counter or the clock) and
// every caller-supplied label is escaped, so the same case always gives the same bytes.
#pragma once

#include "calendar/date.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scr {

/// Where a milestone mark stands, for its colour.
enum class MarkState { open, overdue, met, missed, not_required };

/// Something that happened to a case, drawn as a dot on the date axis.
struct TimelineEvent {
    Date date;
    std::string label;
};

/// One milestone, drawn as a bar from its clock start to its due date.
struct TimelineMilestone {
    std::string label;
    std::optional<Date> start;
    Date due;
    std::optional<Date> done;
    MarkState state;
};

/// Everything one case timeline shows, as of one date.
struct CaseTimeline {
    Date as_of;
    std::vector<TimelineEvent> events;
    std::vector<TimelineMilestone> milestones;
};

/// An inline SVG of one case: its events as points on a date axis and each milestone as a bar from
/// its clock start to its due date, completion marked, late in red.
std::string svg_case_timeline(const CaseTimeline& t);

/// A milestone still open on the as-of date (states other than open and overdue are skipped).
struct OpenMilestone {
    Date due;
    MarkState state;
};

/// An inline SVG bar chart of open milestones by due date: overdue first, then week by week from
/// the as-of week (weeks starting Monday), then later.
std::string svg_due_chart(Date as_of, const std::vector<OpenMilestone>& open, int weeks = 12);

// Pieces shared by svg_timeline.cpp and svg_chart.cpp; not meant for other callers.
namespace svg_detail {

inline constexpr int width = 900;
inline constexpr const char* red = "#c53030";
inline constexpr const char* blue = "#2b6cb0";
inline constexpr const char* green = "#2f855a";
inline constexpr const char* grey = "#718096";
inline constexpr const char* amber = "#dd6b20";
inline constexpr const char* ink = "#1a202c";
inline constexpr const char* muted = "#4a5568";
inline constexpr const char* rule = "#e2e8f0";

/// Escaped XML text, with control characters and invalid UTF-8 replaced so the SVG stays
/// well-formed.
std::string text(std::string_view s);

/// A short, stable id prefix from a hash of the content the figure draws.
std::string make_id(std::string_view kind, std::string_view content);

/// The opening `<svg>` with its `<title>`, `<desc>` and the red hatch pattern `#ID-hatch`.
std::string open(std::string_view id, int height, std::string_view title, std::string_view desc);

/// A small complete SVG saying "Nothing to show".
std::string nothing(std::string_view id, std::string_view title, std::string_view desc);

/// A row of legend entries from `x` on baseline `y`: each swatch's paint attributes and its words
/// (an empty paint draws the done diamond).
std::string legend(double x, double y,
                   const std::vector<std::pair<std::string, std::string_view>>& entries);

/// A coordinate with one decimal place, the precision every figure uses.
std::string px(double v);

/// Rough rendered width of a label at 11px in a sans-serif face.
double text_width(std::string_view s);

/// The label cut to `max_chars` code points, with an ellipsis when cut.
std::string clip(std::string_view s, std::size_t max_chars);

/// "7 Dec" for axis ticks.
std::string day_month(Date d);

/// "Dec" or, with the year, "Jan 2027".
std::string month_name(Date d, bool with_year);

/// The Monday on or before a date.
Date monday_of(Date d);

} // namespace svg_detail
} // namespace scr
