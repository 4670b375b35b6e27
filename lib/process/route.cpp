#include "process/route.h"

#include "case/event_types.h"
#include "case/review_terms.h"
#include "case/stage.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace scr {
namespace {

// One step of the route: what it needs first (any one of them), and the verb that records that.
struct Step {
    std::string_view type;
    std::vector<std::string_view> after;
    std::string_view how;                 // how to record what it needs
    std::string_view too_late_after = {}; // once this is recorded, the step has passed
};

const std::vector<Step>& steps() {
    static const std::vector<Step> table = {
        // The Rapid Review follows the notification (002 s4.2) or a screening decision (004).
        {"rapid-review-recommendation",
         {"notified", "screening", "professionals-meeting", "rapid-review-meeting"},
         "scr event add ID notified, or scr triage ID --record OUTCOME",
         "rapid-review-submitted"},
        {"chair-decision",
         {"rapid-review-recommendation"},
         "scr review decide",
         "rapid-review-submitted"}, // 003 stage 7
        {"rapid-review-submitted",
         {"rapid-review-recommendation"},
         "scr review decide"},                                               // 002 s4.9
        {"panel-response", {"rapid-review-submitted"}, "scr review submit"}, // 004
        {"lcspr-decided", {}, "scr review decide (or chair) with a review"}, // 002 s5.1
        {"lcspr-model-agreed", {"lcspr-decided"}, "scr review lcspr ID"},    // 004
        {"publication-planned", {"lcspr-decided"}, "scr review lcspr ID"},   // 002 s5.5
        {"publication-decided", {"lcspr-decided"}, "scr review lcspr ID"},   // 004
        {"report-sent", {"lcspr-decided"}, "scr review lcspr ID"},           // 002 s5.5
        {"published", {"lcspr-decided"}, "scr review lcspr ID"},             // 002 s5.5
    };
    return table;
}

Error refuse(std::string_view type, std::string message, std::string hint) {
    return bad_input(std::string(type), std::move(message),
                     hint.empty() ? "use --force to record it all the same"
                                  : hint + ", or use --force");
}

// An LCSPR needs a decision for a review, or the Panel saying one is needed (004).
Status check_lcspr(const Case& c, Date date) {
    const Event* panel = latest_event(c, "panel-response");
    if (panel && panel->date <= date && event_field(*panel, "outcome") != "agree-not-meets")
        return ok();
    const auto [decision, event] = review_decision(c);
    if (event && event->date <= date && is_review(decision)) return ok();
    if (!event)
        return refuse("lcspr-decided", "needs a decision for a review first",
                      "record it with scr review decide");
    if (event->date > date && is_review(decision))
        return refuse("lcspr-decided",
                      fmt::format("is dated {}, before the decision for a review ({} on {})",
                                  format_iso(date), event->type, format_iso(event->date)),
                      "check --date");
    return refuse("lcspr-decided",
                  fmt::format("the decision in force ({} on {}) is {}", event->type,
                              format_iso(event->date),
                              decision.empty() ? "not dated before it" : decision),
                  "record the decision for a review first");
}

} // namespace

const Event* latest_event(const Case& c, std::string_view type, std::optional<Date> by) {
    const Event* found = nullptr;
    for (const Event& e : c.events)
        if (e.type == type && (!by || e.date <= *by)) found = &e;
    return found;
}

std::pair<std::string_view, const Event*> review_decision(const Case& c) {
    for (auto [type, key] : {std::pair{"chair-decision", "decision"},
                             std::pair{"rapid-review-recommendation", "recommendation"},
                             std::pair{"rapid-review-submitted", "recommendation"}})
        if (const Event* e = latest_event(c, type)) return {event_field(*e, key), e};
    return {{}, nullptr};
}

Status check_route(const Case& c, std::string_view type, Date date, Date today) {
    if (const Event* closed = latest_event(c, "closed"))
        return refuse(type, fmt::format("the case was closed on {}", format_iso(closed->date)), "");
    if (type != "publication-planned" && date > today)
        return refuse(
            type, fmt::format("is dated {}, after today ({})", format_iso(date), format_iso(today)),
            "give the date it happened");
    if (const Event* before = latest_event(c, type); before && happens_once(type))
        return refuse(type, fmt::format("was already recorded on {}", format_iso(before->date)),
                      "");
    auto step =
        std::find_if(steps().begin(), steps().end(), [&](const Step& s) { return s.type == type; });
    if (step == steps().end()) return ok();
    // Dated on or after the submission: it cannot have been part of it. One dated before it
    // is a late entry of what happened, and is taken.
    if (const Event* late =
            step->too_late_after.empty() ? nullptr : latest_event(c, step->too_late_after);
        late && late->date <= date)
        return refuse(
            type,
            fmt::format("comes before the Rapid Review goes to the Panel, and it went on {}",
                        format_iso(late->date)),
            "");
    if (type == "lcspr-decided") return check_lcspr(c, date);
    if (const Event* d = latest_event(c, "publication-decided");
        type == "published" && d && event_field(*d, "outcome") == "not-publishable")
        return refuse(
            type, fmt::format("the report was decided not publishable on {}", format_iso(d->date)),
            "record scr review publish ID --publishable first if that changed");
    for (std::string_view need : step->after)
        for (const Event& e : c.events)
            if (e.type == need && e.date <= date) return ok();
    const std::string needs = step->after.size() == 1
                                  ? std::string(step->after.front())
                                  : fmt::format("one of {}", fmt::join(step->after, ", "));
    const bool later = std::any_of(c.events.begin(), c.events.end(), [&](const Event& e) {
        return std::find(step->after.begin(), step->after.end(), e.type) != step->after.end();
    });
    return refuse(
        type,
        later ? fmt::format("is dated {}, before the {} it follows", format_iso(date), needs)
              : fmt::format("needs {} first", needs),
        later ? "check --date" : fmt::format("record it with {}", step->how));
}

} // namespace scr
