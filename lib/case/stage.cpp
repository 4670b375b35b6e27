#include "case/stage.h"

#include <array>
#include <utility>

namespace scr {

std::string_view event_field(const Event& e, std::string_view key) {
    for (const auto& [k, v] : e.fields)
        if (k == key)
            if (const auto* text = std::get_if<std::string>(&v)) return *text;
    return {};
}

std::string_view case_stage(const Case& c) {
    // The route of 003 stages 1-7 and 004: later entries rank higher; `closed` ends everything.
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 15> route = {{
        {"professionals-meeting", "professionals-meeting"},
        {"screening", "screened"},
        {"notified", "notified"},
        {"rapid-review-meeting", "rapid-review"},
        {"rapid-review-recommendation", "recommended"},
        {"chair-decision", "decided"},
        {"rapid-review-submitted", "submitted"},
        {"panel-response", "panel-responded"},
        {"lcspr-decided", "lcspr"},
        {"lcspr-model-agreed", "lcspr"},
        {"publication-planned", "lcspr"},
        {"publication-decided", "lcspr"},
        {"report-sent", "lcspr"},
        {"published", "published"},
        {"closed", "closed"},
    }};
    std::size_t best = route.size();
    const Event* screening = nullptr;
    for (const Event& e : c.events) {
        for (std::size_t i = 0; i < route.size(); ++i)
            if (route[i].first == e.type && (best == route.size() || i >= best)) best = i;
        if (e.type == "screening") screening = &e; // the latest screening decision counts
    }
    if (best == route.size()) return "new";
    if (route[best].first == "screening" && screening) {
        // Screening outcomes that end or pause the route (004): say which.
        const std::string_view outcome = event_field(*screening, "outcome");
        if (outcome == "queries-to-referrer") return "queries";
        if (outcome == "no-further-action" || outcome == "single-agency-learning") return outcome;
    }
    return route[best].second;
}

} // namespace scr
