// The statutory checks (DOMAIN.md "Criteria" 1-8), each citing the seed passage and statute it
// applies. Every check answers meets, not-met or cannot-tell; a cannot-tell lists the questions
// that would settle it.
#pragma once

#include "calendar/calendar.h"
#include "criteria/truth.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// A check's verdict.
enum class Verdict { meets, not_met, cannot_tell };
/// `meets`, `not-met` or `cannot-tell`.
std::string_view verdict_slug(Verdict v);

/// The Joint Agency Response part of the child-death check (001): needed or not, and by when.
struct JointAgencyResponse {
    Verdict needed = Verdict::cannot_tell;
    std::optional<Date> due; // 5 working days from the death, when needed and dated
};

/// One check's answer, as `scr triage` prints it.
struct CheckResult {
    std::string id, title;
    Verdict result = Verdict::cannot_tell;
    std::vector<std::string> reasons; // the conclusion first, then the facts deciding it
    std::string source;               // seed file and section, and the statute where there is one
    std::vector<Question> questions;  // what to ask: a cannot-tell's, or the JAR's of child-death
    std::optional<JointAgencyResponse> joint_agency_response; // child-death only
};

/// What every check sees: the case, the date triage runs on, and the statutory calendar.
struct CheckInput {
    const Case& c;
    Date as_of;
    const Calendar& calendar;
};

/// Every child listed is under 18 on the incident date, or unborn (DOMAIN.md 7).
CheckResult check_child(const CheckInput& in);
/// Abuse or neglect known or suspected, and the child died or was seriously harmed (DOMAIN.md 1).
CheckResult check_serious_case(const CheckInput& in);
/// The local authority's duty to notify the Panel, s16C(1) Children Act 2004 (DOMAIN.md 2).
CheckResult check_notify_panel(const CheckInput& in);
/// Known to social care and a suicide or unexplained death: consider as serious (DOMAIN.md 3).
CheckResult check_consider_serious(const CheckInput& in);
/// Ofsted's four notifiable-incident criteria (DOMAIN.md 4).
CheckResult check_ofsted_notifiable(const CheckInput& in);
/// A near-miss safeguarding event with multi-agency learning (DOMAIN.md 5).
CheckResult check_near_miss(const CheckInput& in);
/// Grounds for a learning request (DOMAIN.md 6).
CheckResult check_learning(const CheckInput& in);
/// A death under 18: CDOP notification, and whether a Joint Agency Response is needed (DOMAIN.md 8).
CheckResult check_child_death(const CheckInput& in);

/// Whether the child at `index` was under 18 (or unborn) on `on`, which `what` names in reasons.
Truth is_a_child_on(const Case& c, std::size_t index, std::optional<Date> on, std::string_view what);
/// Whether the child at `index` was under 18 on the incident date, or unborn.
Truth is_a_child(const Case& c, std::size_t index);
/// The child check's truth: every child under 18 on the incident date, or unborn.
Truth children_are_children(const Case& c);

/// Harm elsewhere in England (`in_area: no`, `outside_england: no`): another authority's duty.
bool harm_elsewhere_in_england(const Case& c);

/// Builds a CheckResult from a truth and the conclusion to state for each value.
CheckResult conclude(std::string_view id, std::string_view title, std::string_view source,
                     const Truth& t, std::string_view if_yes, std::string_view if_no,
                     std::string_view if_unknown);

} // namespace scr
