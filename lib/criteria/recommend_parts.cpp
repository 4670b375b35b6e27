// The sentences every next step may carry: the notification deadline, Ofsted's duty, CDOP and
// the Joint Agency Response (002 s2.4; 003 stage 1; 001).
#include "criteria/recommend_parts.h"

#include <fmt/format.h>

namespace scr {

const CheckResult* find_check(const std::vector<CheckResult>& checks, std::string_view id) {
    for (const CheckResult& r : checks)
        if (r.id == id) return &r;
    return nullptr;
}

Verdict verdict_of(const std::vector<CheckResult>& checks, std::string_view id) {
    const CheckResult* r = find_check(checks, id);
    return r ? r->result : Verdict::not_met;
}

const Event* first_event(const Case& c, std::string_view type) {
    for (const Event& e : c.events)
        if (e.type == type) return &e;
    return nullptr;
}

Recommendation make(NextStep a, std::string text) {
    return Recommendation{a, std::move(text), std::nullopt, {}};
}

// 5 working days from when the local authority became aware (002 s2.4; 004 Appendix 1; the
// same for Ofsted, 003 stage 1). Sets r.due when it can be counted.
std::string notify_deadline(const CheckInput& in, Recommendation& r) {
    const Event* aware = first_event(in.c, "aware");
    if (!aware)
        return " No `aware` event is recorded: record when the local authority became aware "
               "(scr event add ID aware --date D), since the 5 working days run from then.";
    auto due = in.calendar.add_working_days(aware->date, 5);
    if (!due) return {};
    r.due = *due;
    std::string when = "overdue";
    if (const Event* done = first_event(in.c, "notified"))
        when = fmt::format("notified on {}, {}", format_iso(done->date), done->date <= *due ? "in time" : "late");
    else if (*due == in.as_of)
        when = "due today";
    else if (*due > in.as_of)
        if (auto left = in.calendar.working_days_between(in.as_of, *due))
            when = fmt::format("{} working day{} left", *left, *left == 1 ? "" : "s");
    return fmt::format(" The 5 working days from awareness on {} end on {} ({}).",
                       format_iso(aware->date), format_iso(*due), when);
}

std::vector<std::string> keys_of(const std::vector<Question>& questions) {
    std::vector<std::string> keys;
    for (const Question& q : questions) keys.push_back(q.key);
    return keys;
}

// CDOP for every death under 18, and the Joint Agency Response meeting when one is needed (001).
std::string child_death_text(const CheckInput& in, const CheckResult& death, bool queries_sent) {
    if (death.result == Verdict::not_met) return {};
    const auto keys = keys_of(death.questions);
    if (death.result == Verdict::cannot_tell)
        return queries_sent ? std::string()
                            : fmt::format(" Whether a child under 18 has died is not yet known: "
                                          "ask {} (CDOP, 001).",
                                          fmt::join(keys, ", "));
    std::string text = " A child has died: notify CDOP (001).";
    const auto& jar = death.joint_agency_response;
    if (!jar) return text;
    if (jar->needed == Verdict::meets && jar->due)
        return text + fmt::format(" Joint Agency Response meeting by {}{}.", format_iso(*jar->due),
                                  *jar->due < in.as_of ? " (overdue)" : "");
    if (jar->needed == Verdict::meets)
        return text + " A Joint Agency Response meeting is needed within 5 working days of the "
                      "death: record the date of death.";
    if (jar->needed == Verdict::cannot_tell && !queries_sent)
        text += fmt::format(" Whether a Joint Agency Response is needed is not yet known: ask {}.",
                            fmt::join(keys, ", "));
    return text;
}

// Ofsted's 5 working days run whatever else is decided (003 stage 1).
void add_ofsted(const CheckInput& in, const std::vector<CheckResult>& checks, Recommendation& r) {
    if (verdict_of(checks, "ofsted-notifiable") != Verdict::meets) return;
    if (r.action == NextStep::notify_panel) {
        r.text += " Report it to Ofsted by the same date (003 stage 1).";
        return;
    }
    Recommendation ofsted;
    // The same 5 working days from awareness: said once.
    const std::string deadline = r.due ? std::string() : notify_deadline(in, ofsted);
    if (r.action == NextStep::notify_ofsted) r.text += deadline;
    else r.text += " It is notifiable to Ofsted all the same (003 stage 1)." + deadline;
    if (!r.due) r.due = ofsted.due;
}

} // namespace scr
