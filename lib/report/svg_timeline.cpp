// One case on a date axis: events as dots over the milestone bars, an as-of line, and each
// milestone's state in words at the row's end, so the figure still reads in black and white.
#include "report/svg.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace scr {
namespace {
using namespace svg_detail;

constexpr double label_right = 270, plot_left = 282, plot_right = 808, state_x = 818;
constexpr double axis_y = 24, lane_h = 16, row_h = 24;

struct Axis {
    Date lo, hi;
    double x(Date d) const {
        return plot_left + (plot_right - plot_left) * static_cast<double>((d - lo).count()) /
                               static_cast<double>((hi - lo).count());
    }
};

// Every date drawn, the as-of date among them, with a margin so nothing sits on the frame.
Axis make_axis(const CaseTimeline& t) {
    Date lo = t.as_of, hi = t.as_of;
    auto take = [&](Date d) { lo = std::min(lo, d), hi = std::max(hi, d); };
    for (const auto& e : t.events)
        take(e.date);
    for (const auto& m : t.milestones) {
        take(m.due);
        if (m.start) take(*m.start);
        if (m.done) take(*m.done);
    }
    const auto pad = date::days{std::max(3L, static_cast<long>((hi - lo).count()) / 25)};
    lo -= pad, hi += pad;
    if (hi - lo < date::days{14}) hi = lo + date::days{14};
    return {lo, hi};
}

// Month starts over long spans, Mondays over short ones, thinned to stay legible.
std::string ticks(const Axis& a, double bottom) {
    const double per_day = (plot_right - plot_left) / static_cast<double>((a.hi - a.lo).count());
    const bool months = (a.hi - a.lo).count() > 60;
    std::vector<Date> at;
    if (months) {
        int step = 1;
        for (int s : {1, 2, 3, 4, 6, 12})
            if ((step = s) * 30.4 * per_day >= 46) break;
        const date::year_month_day first{a.lo};
        for (auto ym = first.year() / first.month(); date::sys_days{ym / 1} <= a.hi;
             ym += date::months{1})
            if (date::sys_days{ym / 1} >= a.lo &&
                (static_cast<unsigned>(ym.month()) - 1) % step == 0)
                at.push_back(date::sys_days{ym / 1});
    } else {
        const int step = 7 * per_day >= 46 ? 1 : 7 * 2 * per_day >= 46 ? 2 : 4;
        for (Date d = monday_of(a.lo - date::days{1}) + date::days{7}; d <= a.hi;
             d += date::weeks{step})
            at.push_back(d);
    }
    std::string out;
    for (std::size_t i = 0; i < at.size(); ++i) {
        const bool year = i == 0 || static_cast<unsigned>(date::year_month_day{at[i]}.month()) == 1;
        out += fmt::format(
            "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"{3}\"/>"
            "<text x=\"{0}\" y=\"{4}\" text-anchor=\"middle\" fill=\"{5}\">{6}</text>\n",
            px(a.x(at[i])), px(axis_y), px(bottom), rule, px(axis_y - 8), muted,
            months ? month_name(at[i], year) : day_month(at[i]));
    }
    return out + fmt::format("<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"{3}\"/>\n",
                             px(plot_left), px(plot_right), px(axis_y), muted);
}

struct Span {
    double lo, hi;
};

bool fits(const std::vector<Span>& lane, Span s) {
    return std::none_of(lane.begin(), lane.end(),
                        [&](const Span& o) { return s.lo < o.hi + 4 && o.lo < s.hi + 4; });
}

// The first lane, and the side within it, where a label overlaps nothing; a new lane if none.
std::pair<std::size_t, Span> place(std::vector<std::vector<Span>>& lanes,
                                   const std::vector<Span>& sides) {
    for (std::size_t lane = 0;; ++lane) {
        if (lane == lanes.size()) lanes.emplace_back();
        for (const Span& side : sides)
            if (fits(lanes[lane], side)) {
                lanes[lane].push_back(side);
                return {lane, side};
            }
    }
}

// Events in date order, each label in the first lane where it overlaps nothing, to the dot's
// right unless that would run off the figure. Returns the SVG and the y below the last lane.
std::pair<std::string, double> events(const Axis& a, const std::vector<TimelineEvent>& all,
                                      double top) {
    std::vector<std::size_t> order(all.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t l, std::size_t r) { return all[l].date < all[r].date; });
    std::vector<std::vector<Span>> lanes{{Span{0, label_right}}}; // lane 0 holds the caption
    std::string out = fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">"
                                  "Events</text>\n",
                                  px(label_right), px(top + 12), muted);
    for (std::size_t i : order) {
        const double x = a.x(all[i].date);
        const std::string label = clip(all[i].label, 40);
        const double w = text_width(label);
        const Span right{x - 5, x + 8 + w}, left{x - 8 - w, x + 5};
        std::vector<Span> sides;
        if (right.hi <= width - 4 || left.lo < 4) sides.push_back(right);
        if (left.lo >= 4) sides.push_back(left);
        const auto [lane, side] = place(lanes, sides);
        const double cy = top + static_cast<double>(lane) * lane_h + 8;
        const bool on_left = side.lo < x - 6;
        out +=
            fmt::format("<circle cx=\"{0}\" cy=\"{1}\" r=\"4\" fill=\"{2}\" class=\"event\">"
                        "<title>{3}: {4}</title></circle><text x=\"{5}\" y=\"{6}\"{7}>{8}</text>\n",
                        px(x), px(cy), ink, format_iso(all[i].date), text(all[i].label),
                        px(on_left ? x - 8 : x + 8), px(cy + 4),
                        on_left ? " text-anchor=\"end\"" : "", text(label));
    }
    return {out, top + static_cast<double>(lanes.size()) * lane_h + 4};
}

// How each state looks: its word, its class (`late` for CSS and tests), and its colour.
struct Look {
    std::string_view word, cls;
    const char* colour;
    std::string_view emphasis; // so the state word still differs in black and white
};

Look look_of(MarkState s) {
    switch (s) {
    case MarkState::open:
        return {"open", "open", blue, ""};
    case MarkState::overdue:
        return {"overdue", "late", red, " font-weight=\"bold\""};
    case MarkState::met:
        return {"met", "met", green, ""};
    case MarkState::missed:
        return {"missed", "late", red, " font-weight=\"bold\""};
    case MarkState::not_required:
        return {"not required", "not-required", grey, " font-style=\"italic\""};
    }
    return {"open", "open", blue, ""};
}

std::string tooltip(const TimelineMilestone& m) {
    const Look look = look_of(m.state);
    std::string s = m.label;
    while (!s.empty() && (s.back() == '.' || s.back() == ':'))
        s.pop_back(); // no ".:" doubling
    s += ": ";
    if (m.start) s += "from " + format_iso(*m.start) + ", ";
    s += "due " + format_iso(m.due);
    if (m.done) s += ", done " + format_iso(*m.done);
    return s + ", " + std::string(look.word) + (look.cls == "late" ? ", late" : "");
}

// The time past due, hatched: to the as-of date while overdue, to completion when missed.
std::string overrun(const Axis& a, const TimelineMilestone& m, Date as_of, double cy,
                    double bar_end, std::string_view id) {
    const Date until = m.state == MarkState::overdue            ? as_of
                       : m.state == MarkState::missed && m.done ? *m.done
                                                                : m.due;
    if (until <= m.due) return "";
    const double x = std::max(a.x(m.due), bar_end); // after the bar, never over a short one
    return fmt::format("<rect class=\"overrun\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" "
                       "fill=\"url(#{}-hatch)\" stroke=\"{}\"><title>{}: {} days past due"
                       "</title></rect>\n",
                       px(x), px(cy - 5), px(std::max(a.x(until) - x, 1.0)), id, red, text(m.label),
                       (until - m.due).count());
}

// A row: the label, the bar from clock start to due, any time past due, the done diamond, and
// the state in words at the right.
std::string milestone_row(const Axis& a, const TimelineMilestone& m, Date as_of, double top,
                          std::string_view id) {
    const double cy = top + row_h / 2;
    const Look look = look_of(m.state);
    const double x1 = a.x(std::min(m.start.value_or(m.due), m.due));
    const double x2 = std::max(a.x(m.due), x1 + 3);
    const std::string paint =
        m.state == MarkState::not_required
            ? fmt::format("fill=\"none\" stroke=\"{}\" stroke-dasharray=\"4 3\"", grey)
            : fmt::format("fill=\"{}\"", look.colour);
    std::string out =
        fmt::format("<g class=\"milestone\"><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n"
                    "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" "
                    "{}><title>{}</title></rect>\n",
                    px(label_right), px(cy + 4), text(clip(m.label, 42)), look.cls, px(x1),
                    px(cy - 5), px(x2 - x1), paint, text(tooltip(m)));
    out += overrun(a, m, as_of, cy, x2, id);
    if (m.done)
        out += fmt::format("<path d=\"M{0},{1} l6,6 l-6,6 l-6,-6 z\" fill=\"{2}\" stroke=\"#fff\">"
                           "<title>{3}: done {4}</title></path>\n",
                           px(a.x(*m.done)), px(cy - 6), ink, text(m.label), format_iso(*m.done));
    return out + fmt::format("<text x=\"{}\" y=\"{}\" fill=\"{}\"{}>{}</text></g>\n", px(state_x),
                             px(cy + 4), look.colour, look.emphasis, look.word);
}

std::string legend(double y, std::string_view id) {
    return svg_detail::legend(
        plot_left, y,
        {{fmt::format("fill=\"{}\"", blue), "open"},
         {fmt::format("fill=\"{}\"", green), "met"},
         {fmt::format("fill=\"{}\"", red), "missed or overdue"},
         {fmt::format("fill=\"url(#{}-hatch)\" stroke=\"{}\"", id, red), "past due"},
         {fmt::format("fill=\"none\" stroke=\"{}\" stroke-dasharray=\"4 3\"", grey),
          "not required"},
         {"", "done"}});
}

// Everything the figure shows, in words, for screen readers; also the seed of its ids.
std::string describe(const CaseTimeline& t) {
    std::string s = fmt::format("As of {}: {} events, {} milestones.", format_iso(t.as_of),
                                t.events.size(), t.milestones.size());
    for (const auto& e : t.events)
        s += " " + format_iso(e.date) + ": " + e.label + ".";
    for (const auto& m : t.milestones)
        s += " " + tooltip(m) + ".";
    return s;
}

} // namespace

std::string svg_case_timeline(const CaseTimeline& t) {
    const std::string desc = describe(t);
    const std::string id = make_id("timeline", desc);
    const std::string title = "Case timeline as of " + format_iso(t.as_of);
    if (t.events.empty() && t.milestones.empty())
        return nothing(id, title, "No events or milestones.");
    const Axis a = make_axis(t);
    auto [body, y] = t.events.empty() ? std::pair<std::string, double>{"", axis_y + 8}
                                      : events(a, t.events, axis_y + 8);
    for (const auto& m : t.milestones) {
        body += milestone_row(a, m, t.as_of, y, id);
        y += row_h;
    }
    const double x = a.x(t.as_of);
    const char* anchor = x < plot_left + 60 ? "start" : x > plot_right - 60 ? "end" : "middle";
    body += fmt::format("<line class=\"as-of\" x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" "
                        "stroke=\"{3}\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>"
                        "<text x=\"{0}\" y=\"{4}\" text-anchor=\"{5}\" font-weight=\"bold\">"
                        "as of {6}</text>\n",
                        px(x), px(axis_y), px(y + 4), ink, px(y + 17), anchor, format_iso(t.as_of));
    const int height = static_cast<int>(y) + 48;
    return open(id, height, title, desc) + ticks(a, y + 4) + body + legend(y + 38, id) + "</svg>\n";
}

} // namespace scr
