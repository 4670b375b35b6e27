// Open milestones by due week: the workload ahead at a glance. Overdue work stands first and
// hatched, so it reads in black and white; every bucket keeps its label even when empty, so
// a quiet week shows as quiet rather than missing.
#include "report/svg.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {
using namespace svg_detail;

constexpr double left = 48, right = 888, top = 40, plot_h = 180, base = top + plot_h;

struct Bucket {
    std::string tick, name; // "w/c 7 Dec" under the bar; "week commencing 2026-12-07" in words
    int overdue = 0, today = 0, open = 0;
    int total() const { return overdue + today + open; }
};

std::vector<Bucket> fill_buckets(Date as_of, const std::vector<OpenMilestone>& all, int weeks) {
    std::vector<Bucket> b(static_cast<std::size_t>(weeks) + 2);
    const Date first = monday_of(as_of);
    b.front() = {"Overdue", "overdue"};
    for (int i = 0; i < weeks; ++i) {
        const Date monday = first + date::weeks{i};
        b[static_cast<std::size_t>(i) + 1] = {"w/c " + day_month(monday),
                                              "week commencing " + format_iso(monday)};
    }
    b.back() = {"Later", "from " + format_iso(first + date::weeks{weeks})};
    for (const auto& m : all) {
        if (m.state != MarkState::open && m.state != MarkState::overdue) continue;
        if (m.state == MarkState::overdue || m.due < as_of) {
            ++b.front().overdue;
            continue;
        }
        const auto week = (monday_of(m.due) - first).count() / 7;
        Bucket& to = week < weeks ? b[static_cast<std::size_t>(week) + 1] : b.back();
        ++(m.due == as_of ? to.today : to.open);
    }
    return b;
}

// The smallest of 1, 2, 5, 10, 20, 50... giving at most five steps up to `most`.
int tick_step(int most) {
    for (int scale = 1;; scale *= 10)
        for (int s : {1, 2, 5})
            if (most <= 5 * s * scale) return s * scale;
}

std::string y_axis(int top_value, int step) {
    std::string out;
    for (int v = 0; v <= top_value; v += step) {
        const double y = base - plot_h * v / top_value;
        out += fmt::format(
            "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"{3}\"/>"
            "<text x=\"{4}\" y=\"{5}\" text-anchor=\"end\" fill=\"{6}\">{7}</text>\n",
            px(left), px(right), px(y), v ? rule : muted, px(left - 6), px(y + 4), muted, v);
    }
    return out + fmt::format("<text transform=\"rotate(-90 14 {0})\" x=\"14\" y=\"{0}\" "
                             "text-anchor=\"middle\" fill=\"{1}\">milestones</text>\n",
                             px(top + plot_h / 2), muted);
}

std::string describe(Date as_of, const std::vector<Bucket>& b) {
    std::string s = "Open milestones as of " + format_iso(as_of) + " by due date:";
    for (const auto& k : b)
        if (k.total()) s += fmt::format(" {} {},", k.total(), k.name);
    s.back() = '.';
    return s;
}

std::string bar(const Bucket& k, double cx, double w, double unit, std::string_view id, bool tilt) {
    std::string out = fmt::format("<g class=\"bucket\"><title>{}: {} ({} overdue, {} due today, "
                                  "{} open)</title>\n",
                                  k.name, k.total(), k.overdue, k.today, k.open);
    double y = base;
    const auto segment = [&](int n, std::string look, std::string_view cls) {
        if (!n) return;
        y -= unit * n;
        out += fmt::format("<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {}/>\n",
                           cls, px(cx - w / 2), px(y), px(w), px(unit * n), look);
    };
    segment(k.overdue, fmt::format("fill=\"url(#{}-hatch)\" stroke=\"{}\"", id, red), "late");
    segment(k.today, fmt::format("fill=\"{}\"", amber), "due-today");
    segment(k.open, fmt::format("fill=\"{}\"", blue), "open");
    out += fmt::format("<text class=\"count\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" "
                       "font-weight=\"bold\">{}</text>\n",
                       px(cx), px(y - 5), k.total());
    const bool week = k.tick.starts_with("w/c ");
    if (tilt)
        out += fmt::format("<text x=\"{0}\" y=\"{1}\" transform=\"rotate(-50 {0} {1})\" "
                           "text-anchor=\"end\">{2}</text>",
                           px(cx), px(base + 12), k.tick);
    else
        out += fmt::format("<text x=\"{0}\" y=\"{1}\" text-anchor=\"middle\">{2}</text>", px(cx),
                           px(base + 16), week ? "w/c" : k.tick) +
               (week ? fmt::format("<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                                   px(cx), px(base + 29), k.tick.substr(4))
                     : "");
    return out + "</g>\n";
}

} // namespace

std::string svg_due_chart(Date as_of, const std::vector<OpenMilestone>& items, int weeks) {
    weeks = std::clamp(weeks, 0, 52);
    std::string key = format_iso(as_of) + fmt::format("/{}", weeks);
    for (const auto& m : items)
        key += fmt::format("/{}:{}", format_iso(m.due), static_cast<int>(m.state));
    const std::string id = make_id("due", key);
    const std::string title = "Open milestones by due date as of " + format_iso(as_of);
    const auto buckets = fill_buckets(as_of, items, weeks);
    int most = 0;
    for (const auto& k : buckets)
        most = std::max(most, k.total());
    if (most == 0) return nothing(id, title, "No open milestones.");
    const int step = tick_step(most);
    const int top_value = (most + step - 1) / step * step;
    const double band = (right - left) / static_cast<double>(buckets.size());
    const bool tilt = band < 36;
    std::string out =
        open(id, static_cast<int>(base) + (tilt ? 64 : 38), title, describe(as_of, buckets)) +
        legend(left, 17,
               {{fmt::format("fill=\"url(#{}-hatch)\" stroke=\"{}\"", id, red), "overdue"},
                {fmt::format("fill=\"{}\"", amber), "due today"},
                {fmt::format("fill=\"{}\"", blue), "open"}}) +
        y_axis(top_value, step);
    for (std::size_t i = 0; i < buckets.size(); ++i)
        out += bar(buckets[i], left + band * (static_cast<double>(i) + 0.5),
                   std::min(band * 0.62, 48.0), plot_h / top_value, id, tilt);
    return out + "</svg>\n";
}

} // namespace scr
