// Putting a form's answers into a case, each checked as the case file would check it.
#include "case/decode.h"
#include "case/referral_form.h"

#include "core/text.h"

#include "case/stage.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {

Child& first_child(Case& c) {
    if (c.children.empty()) c.children.emplace_back();
    return c.children.front();
}

// Where a one-line answer lands: a pointer into the case, by the field the question names.
std::string* line_target(Case& c, std::string_view field) {
    if (field == "referrer.name") return &c.referrer.name;
    if (field == "referrer.role") return &c.referrer.role;
    if (field == "referrer.agency") return &c.referrer.agency;
    if (field == "referrer.email") return &c.referrer.email;
    if (field == "incident.summary") return &c.incident.summary;
    if (field == "incident.local_authority") return &c.incident.local_authority;
    if (field == "learning.improvement") return &c.learning.improvement;
    if (field == "learning.sharing") return &c.learning.sharing;
    if (field == "learning.expectations") return &c.learning.expectations;
    if (field.substr(0, 12) != "children[0].") return nullptr;
    Child& child = first_child(c);
    const std::string_view rest = field.substr(12);
    if (rest == "name") return &child.name;
    if (rest == "pseudonym") return &child.pseudonym;
    if (rest == "address") return &child.address;
    if (rest == "ethnicity") return &child.ethnicity;
    if (rest == "gender") return &child.gender;
    if (rest == "identifiers.nhs") return &child.identifiers.nhs;
    if (rest == "identifiers.crs") return &child.identifiers.crs;
    if (rest == "identifiers.pnc") return &child.identifiers.pnc;
    return nullptr;
}

std::optional<Date>* date_target(Case& c, std::string_view field) {
    if (field == "received") return &c.received;
    if (field == "incident.date") return &c.incident.date;
    if (field == "children[0].date_of_birth") return &first_child(c).date_of_birth;
    if (field == "children[0].date_of_death") return &first_child(c).date_of_death;
    return nullptr;
}

Event* find_event(Case& c, std::string_view type) {
    for (Event& e : c.events)
        if (e.type == type) return &e;
    return nullptr;
}

Event& meeting_event(Case& c) {
    if (Event* e = find_event(c, "professionals-meeting")) return *e;
    c.events.push_back(Event{Date{}, "professionals-meeting", {}, {}, {}});
    return c.events.back();
}

void set_field(Event& e, const std::string& key, const std::string& value) {
    for (auto& [k, v] : e.fields)
        if (k == key) {
            v = value;
            return;
        }
    e.fields.emplace_back(key, value);
}

Status apply_household(Case& c, const std::string& flag, const std::string& value) {
    const std::vector<std::string> parts = split_trimmed(value, ',');
    if (parts.size() < 2 || parts.size() > 4 || (parts[0].empty() && parts[1].empty()))
        return bad_input(flag, "expected NAME, RELATIONSHIP[, GENDER[, DATE OF BIRTH]]",
                         "e.g. --household \"Jo Example, mother, female, 1995-07-14\"");
    HouseholdMember m{parts[0], parts[1], parts.size() > 2 ? parts[2] : "", std::nullopt};
    if (parts.size() > 3 && !parts[3].empty()) {
        auto d = parse_iso_date(parts[3], flag);
        if (!d) return bad_input(flag, "the date of birth is not a real date in YYYY-MM-DD form");
        if (!in_range(*d, DateRange::birth))
            return bad_input(flag, "the date of birth is outside 1900 to 2099");
        m.date_of_birth = *d;
    }
    c.household.push_back(std::move(m));
    return ok();
}

} // namespace

Status apply_answer(Case& c, const FormQuestion& q, const std::string& raw) {
    const std::string flag(q.flag);
    const std::string value = q.shape == AnswerShape::lines ? raw : trim(raw);
    if (value.empty()) return ok();
    const bool one_line = q.shape != AnswerShape::lines;
    if (one_line ? (!is_single_line_text(value) || value.size() > 200)
                 : (!is_multiline_text(value) || value.size() > 20000))
        return bad_input(flag, one_line ? "must be one line of text, at most 200 bytes"
                                        : "must be printable text, at most 20000 bytes");
    switch (q.shape) {
    case AnswerShape::line:
    case AnswerShape::lines: {
        if (q.field == "events.professionals-meeting.rationale") {
            set_field(meeting_event(c), "rationale", value);
            return ok();
        }
        std::string* target = line_target(c, q.field);
        if (!target) return bad_input(flag, "has nowhere to go"); // a form table mistake
        if (q.field == "children[0].identifiers.nhs" && !valid_nhs_number(value))
            return bad_input(flag, "is not a valid NHS number", "ten digits, the last a check digit");
        *target = value;
        return ok();
    }
    case AnswerShape::date: {
        auto d = parse_iso_date(value, flag);
        // Dates of birth and death are personal data: never repeat them in a message.
        if (!d) return bad_input(flag, "is not a real date in YYYY-MM-DD form", "e.g. 2026-11-20");
        if (!in_supported_range(*d)) return bad_input(flag, "is outside 1990 to 2099");
        if (auto* target = date_target(c, q.field)) {
            *target = *d;
        } else if (q.field == "events.aware") {
            c.events.push_back(Event{*d, "aware", {}, {}, {}});
        } else {
            meeting_event(c).date = *d;
        }
        return ok();
    }
    case AnswerShape::yes_no:
    case AnswerShape::yes_no_unknown: {
        auto t = parse_ternary(value);
        const bool allow_unknown = q.shape == AnswerShape::yes_no_unknown;
        if (!t || (!allow_unknown && *t == Ternary::unknown))
            return bad_input(flag, allow_unknown ? "must be yes, no or unknown" : "must be yes or no");
        (q.field == "children[0].unborn" ? first_child(c).unborn : first_child(c).send) = *t;
        return ok();
    }
    case AnswerShape::household: return apply_household(c, flag, value);
    case AnswerShape::meeting_outcome:
        if (value != "criteria-met" && value != "criteria-not-met")
            return bad_input(flag, "must be criteria-met or criteria-not-met",
                             "COC form section 5: decision A (not met) or B (met)");
        set_field(meeting_event(c), "outcome", value);
        return ok();
    case AnswerShape::answer: {
        const auto eq = value.find('=');
        const AnswerKey* key = find_answer_key(value.substr(0, eq == std::string::npos ? 0 : eq));
        if (!key) return bad_input(flag, "expected KEY=VALUE with a criteria key", "see scr help referral new");
        const std::string v = value.substr(eq + 1);
        if (!valid_answer(*key, v))
            return bad_input(flag, fmt::format("{} must be {}", key->key,
                                               key->four_valued ? "known, suspected, no or unknown"
                                                                : "yes, no or unknown"));
        c.answers[std::string(key->key)] = v;
        return ok();
    }
    case AnswerShape::agency: c.agencies.push_back(Agency{value}); return ok();
    }
    return ok();
}

} // namespace scr

namespace scr {

Status finish_referral(Case& c) {
    if (Event* meeting = find_event(c, "professionals-meeting")) {
        if (meeting->date == Date{})
            return bad_input("--meeting-date", "is needed with --meeting-outcome or --meeting-rationale",
                             "give the date the professionals meeting was held");
        if (event_field(*meeting, "outcome").empty())
            return bad_input("--meeting-outcome", "is needed with --meeting-date",
                             "criteria-met or criteria-not-met (000 section 5)");
    }
    // Published and redacted output shows pseudonyms, never names (DOMAIN.md "Sensitive data").
    auto taken = [&c](const std::string& p) {
        return std::any_of(c.children.begin(), c.children.end(),
                           [&](const Child& ch) { return ch.pseudonym == p; });
    };
    char letter = 'A';
    for (Child& child : c.children) {
        while (child.pseudonym.empty() && letter <= 'Z') {
            const std::string p = fmt::format("Child {}", letter++);
            if (!taken(p)) child.pseudonym = p;
        }
    }
    // The timeline is the only source of "when": day 0 of local timetables is this event.
    if (c.received && !find_event(c, "referral-received"))
        c.events.push_back(Event{*c.received, "referral-received", {}, {}, {}});
    std::stable_sort(c.events.begin(), c.events.end(),
                     [](const Event& a, const Event& b) { return a.date < b.date; });
    return ok();
}

} // namespace scr
