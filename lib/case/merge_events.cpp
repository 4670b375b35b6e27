#include "case/merge_events.h"

#include "case/event_types.h"
#include "case/merge_items.h"

#include <algorithm>

namespace scr::merging {
namespace {

// The order of a day's events that both sides added: as the route meets them, then by content.
bool sooner_on_the_day(const Event& a, const Event& b) {
    auto rank = [](const std::string& type) {
        const auto& types = event_types();
        auto it = std::find_if(types.begin(), types.end(),
                               [&](const EventType& t) { return t.type == type; });
        return it - types.begin();
    };
    if (rank(a.type) != rank(b.type)) return rank(a.type) < rank(b.type);
    return a < b;
}

// Two events, one added on each side, that cannot both stand: one type on one day, or a type a
// case has once or that records a decision (which the latest of would silently overrule).
bool events_clash(const Event& a, const Event& b) {
    return a.type == b.type &&
           (a.date == b.date || happens_once(a.type) || records_decision(a.type));
}

constexpr const char* events_clash_reason =
    "both sides added an event of one type on one day, or of a type that happens once or "
    "records a decision, differently";

// A case closed on one side while the other recorded events: merging both would close it over
// what the other side found (a deadline that then shows nowhere).
std::string closed_while_recorded(const std::vector<Event>& mine, const std::vector<Event>& yours) {
    auto closes = [](const Event& e) { return e.type == "closed"; };
    if (std::any_of(mine.begin(), mine.end(), closes) &&
        !std::all_of(yours.begin(), yours.end(), closes))
        return "the case was closed on one side while the other recorded events";
    return {};
}

} // namespace

ListRules<Event> event_rules() {
    ListRules<Event> r;
    r.key = [](const Event& e) { return format_iso(e.date) + ' ' + e.type; };
    r.kind = [](const Event& e) { return e.type; };
    r.date = [](const Event& e) { return e.date; };
    r.merge = merge_event;
    r.clash = events_clash;
    r.clash_reason = events_clash_reason;
    r.excludes = closed_while_recorded;
    r.before = sooner_on_the_day;
    return r;
}

} // namespace scr::merging
