#include "case/referral_form.h"

#include "case/event_types.h"
#include "case/stage.h"
#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {

using S = AnswerShape;

FormSection referrer_section() {
    return {"1. Referrer details",
            {{"--referrer-name", "referrer.name", "Your name", S::line, {}},
             {"--referrer-role", "referrer.role", "Your role", S::line, {}},
             {"--referrer-agency", "referrer.agency", "Your agency", S::line, {}},
             {"--referrer-email", "referrer.email", "Email", S::line, {}},
             {"--received", "received", "Date of referral (YYYY-MM-DD; blank: today)", S::date, {}}}};
}

FormSection child_section() {
    return {"2. Details of the child or young person",
            {{"--child-name", "children[0].name", "Full name", S::line, {}},
             {"--child-pseudonym", "children[0].pseudonym",
              "Pseudonym for reports (blank: Child A)", S::line, {}},
             {"--unborn", "children[0].unborn", "Unborn? (yes/no)", S::yes_no, {}},
             {"--child-dob", "children[0].date_of_birth", "Date of birth", S::date, {}},
             {"--child-dod", "children[0].date_of_death", "Date of death (if applicable)", S::date, {}},
             {"--child-address", "children[0].address", "Home address", S::line, {}},
             {"--child-ethnicity", "children[0].ethnicity", "Ethnicity", S::line, {}},
             {"--child-gender", "children[0].gender", "Gender", S::line, {}},
             {"--child-send", "children[0].send", "SEND (yes/no/unknown)", S::yes_no_unknown, {}},
             {"--child-nhs", "children[0].identifiers.nhs", "NHS number (health only)", S::line, {}},
             {"--child-crs", "children[0].identifiers.crs", "CRS number (social care only)", S::line, {}},
             {"--child-pnc", "children[0].identifiers.pnc", "PNC number (police only)", S::line, {}}}};
}

FormSection household_section() {
    return {"3. Family, significant others and household",
            {{"--household", "household",
              "Household member: name, relationship, gender, date of birth (blank when done)",
              S::household, {}}}};
}

FormSection incident_section(Kind kind) {
    if (kind == Kind::case_of_concern) // 000 section 4
        return {"4. How this case meets the definition of a near miss safeguarding event",
                {{"--summary", "incident.summary", "Briefly describe the event", S::lines, {}},
                 {"--incident-date", "incident.date", "Date of the event", S::date, {}},
                 {"--improvement", "learning.improvement",
                  "What learning or improvement do you hope to elicit?", S::lines, {}},
                 {"--sharing", "learning.sharing",
                  "How should this learning be shared to reduce the likelihood of a future incident?",
                  S::lines, {}}}};
    if (kind == Kind::learning_request) // 002 section 3
        return {"4. The learning request",
                {{"--summary", "incident.summary", "What issues of importance does the case raise?",
                  S::lines, {}},
                 {"--incident-date", "incident.date", "Date of the incident (if any)", S::date, {}},
                 {"--local-authority", "incident.local_authority", "Local authority area", S::line, {}}}};
    return {"3. The incident", // 002 s2.4: five working days from the local authority's awareness
            {{"--incident-date", "incident.date", "Date of the incident", S::date, {}},
             {"--aware", "events.aware", "Date the local authority became aware (blank: not yet known)",
              S::date, {}},
             {"--summary", "incident.summary", "What happened", S::lines, {}},
             {"--local-authority", "incident.local_authority",
              "Local authority where it happened", S::line, {}}}};
}

} // namespace

std::vector<FormSection> referral_form(Kind kind) {
    std::vector<FormSection> form = {referrer_section(), child_section()};
    if (kind != Kind::serious_incident) form.push_back(household_section());
    form.push_back(incident_section(kind));
    if (kind == Kind::case_of_concern) {
        form.push_back({"5. Professionals meeting",
                        {{"--meeting-date", "events.professionals-meeting",
                          "Date of the meeting (blank: not held yet)", S::date, {}},
                         {"--meeting-outcome", "events.professionals-meeting.outcome",
                          "Decision: criteria-met or criteria-not-met", S::meeting_outcome,
                          "--meeting-date"},
                         {"--meeting-rationale", "events.professionals-meeting.rationale",
                          "Because", S::lines, "--meeting-date"}}});
        form.push_back({"6. Expectations",
                        {{"--expectations", "learning.expectations",
                          "What are you expecting from a review of this case?", S::lines, {}}}});
    }
    return form;
}

std::vector<FormQuestion> all_form_questions() {
    std::vector<FormQuestion> out;
    for (Kind k : {Kind::serious_incident, Kind::case_of_concern, Kind::learning_request})
        for (const FormSection& s : referral_form(k))
            for (const FormQuestion& q : s.questions)
                if (std::none_of(out.begin(), out.end(), [&](const auto& o) { return o.flag == q.flag; }))
                    out.push_back(q);
    if (std::none_of(out.begin(), out.end(), [](const auto& o) { return o.flag == "--household"; }))
        out.push_back(household_section().questions.front());
    out.push_back({"--answer", "answers", {}, S::answer, {}});
    out.push_back({"--agency", "agencies", {}, S::agency, {}});
    return out;
}

Status check_flag_fits(Kind kind, std::string_view flag) {
    if (flag == "--answer" || flag == "--agency" || flag == "--household") return ok();
    for (const FormSection& s : referral_form(kind))
        for (const FormQuestion& q : s.questions)
            if (q.flag == flag) return ok();
    return bad_input(std::string(flag), fmt::format("is not part of a {} referral", kind_slug(kind)),
                     "scr help referral new lists the flags of each kind");
}

std::string_view flag_for_field(std::string_view field) {
    for (const FormQuestion& q : all_form_questions())
        if (q.field == field) return q.flag;
    return {};
}

} // namespace scr
