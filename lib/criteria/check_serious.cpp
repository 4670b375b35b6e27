// DOMAIN.md 1-4: serious child safeguarding cases, the duty to notify the National Panel, the
// "also consider as serious" prompt, and Ofsted's notifiable incidents.
#include "criteria/checks.h"

namespace scr {
namespace {

// Abuse or neglect known or suspected, and the child died or was seriously harmed (002 s2.1).
Truth serious_harm(const Case& c) {
    return all_of({answer(c, "abuse_or_neglect"),
                   any_of({death(c), answer(c, "seriously_harmed")})});
}

bool answered(const Case& c, const char* key, const char* spelling) {
    auto it = c.answers.find(key);
    return it != c.answers.end() && it->second == spelling;
}

} // namespace

bool harm_elsewhere_in_england(const Case& c) {
    return answered(c, "in_area", "no") && answered(c, "outside_england", "no");
}

CheckResult check_serious_case(const CheckInput& in) {
    CheckResult r = conclude(
        "serious-case", "Serious child safeguarding case",
        "002 Tees protocol s2.1-2.2; 000 Croydon COC process (\"Serious child safeguarding cases "
        "are those in which\"); Working Together to Safeguard Children 2023, chapter 5",
        serious_harm(in.c),
        "A serious child safeguarding case: abuse or neglect is known or suspected, and the child "
        "died or was seriously harmed.",
        "Not a serious child safeguarding case.",
        "Cannot tell yet whether this is a serious child safeguarding case.");
    if (r.result == Verdict::meets && in.c.kind != Kind::serious_incident)
        r.reasons.emplace_back(
            "It came in as a " + std::string(kind_slug(in.c.kind)) +
            ", but a serious case goes through serious incident notification instead (000: the "
            "COC form is not for these; 002 s3.1).");
    return r;
}

CheckResult check_notify_panel(const CheckInput& in) {
    const Case& c = in.c;
    // s16C(1)(a) harm in the area; (b) normally resident here and harmed outside England.
    const Truth where = any_of({answer(c, "in_area"), all_of({answer(c, "normally_resident"),
                                                              answer(c, "outside_england")})});
    CheckResult r = conclude(
        "notify-panel", "Duty to notify the National Panel",
        "004 Bury flow chart, Appendix 1; 003 KSCP guidance, stage 2; Children Act 2004 s16C(1)",
        all_of({serious_harm(c), where}),
        "This local authority must notify the National Panel within 5 working days of becoming "
        "aware (s16C(1) Children Act 2004; 002 s2.4).",
        "This local authority has no duty to notify the National Panel.",
        "Cannot tell yet whether this local authority must notify the National Panel.");
    if (r.result == Verdict::not_met && harm_elsewhere_in_england(c))
        r.reasons.emplace_back(
            "Harm elsewhere in England is the duty of the local authority where it happened "
            "(s16C(1)(a)): tell that authority and its safeguarding partnership.");
    return r;
}

CheckResult check_consider_serious(const CheckInput& in) {
    const Case& c = in.c;
    return conclude(
        "consider-serious", "Also consider as serious", "002 Tees protocol s2.3",
        all_of({death(c), answer(c, "known_to_social_care"),
                answer(c, "suicide_or_unexplained_death")}),
        "Consider the incident as serious: a prompt for the panel's judgement, not a decision to "
        "notify on its own.",
        "The prompt to consider the incident as serious does not apply.",
        "Cannot tell yet whether to prompt the panel to consider the incident as serious.");
}

CheckResult check_ofsted_notifiable(const CheckInput& in) {
    const Case& c = in.c;
    const Truth abuse = answer(c, "abuse_or_neglect");
    const Truth died = death(c);
    return conclude(
        "ofsted-notifiable", "Ofsted notifiable incident",
        "003 KSCP guidance, stage 1 (\"Criteria for Notifiable Incidents\")",
        any_of({all_of({died, abuse}), all_of({answer(c, "seriously_harmed"), abuse}),
                all_of({died, answer(c, "looked_after")}),
                all_of({died, answer(c, "regulated_setting")})}),
        "A notifiable incident: the local authority reports it to Ofsted within 5 working days of "
        "becoming aware.",
        "Not a notifiable incident: a child's death needs abuse or neglect, or a looked after child, "
        "or a regulated setting; serious harm needs abuse or neglect.",
        "Cannot tell yet whether this is a notifiable incident.");
}

} // namespace scr
