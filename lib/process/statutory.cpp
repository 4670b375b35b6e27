// The built-in `statutory` profile: the national timescales of DOMAIN.md "Timescales" exactly as
// PRODUCT.md "Event types" lists them. Kept as profile YAML so it reads like any local profile
// (`scr deadlines --explain` and profile.schema.json describe both the same way).
#include "process/profile.h"

#include <cstdlib>

namespace scr {

std::string_view statutory_profile_text() {
    return R"(name: statutory
title: National timescales (Working Together; the seeds' statutory dates)
source: DOMAIN.md "Timescales"; PRODUCT.md "Event types"
milestones:
  - id: notify-panel
    title: Notify the National Panel (and Ofsted)
    from: aware
    period: 5 working days
    done_when: notified
    applies:
      kinds: [serious-incident]
      screening: [meets-rapid-review, queries-to-referrer]
    owner: local-authority
    calendar: statutory
    source: 002 s2.4; 003 stage 1; 004 Appendix 1 (within five working days of becoming aware)
  - id: rapid-review
    title: Rapid Review decision to the National Panel
    from: notified
    period: 15 working days
    done_when: rapid-review-submitted
    owner: partnership
    calendar: statutory
    source: 002 s4.2, s4.9; 003 stage 7 (15 working days from notification)
  - id: panel-response
    title: National Panel response to the Rapid Review
    from: rapid-review-submitted
    period: 15 working days
    done_when: panel-response
    owner: national-panel
    calendar: statutory
    source: 002 s4.9 (the Panel aims to respond within 15 working days)
  - id: lcspr-publish
    title: Publish the LCSPR
    from: lcspr-decided
    period: 6 months
    done_when: published
    applies:
      publication: [publishable]
    owner: partnership
    calendar: statutory
    roll: none
    source: 002 s5.1, s5.5; 004 (6 months from the decision to undertake the review)
  - id: report-copy
    title: Final report to the Panel, Secretary of State and Ofsted
    from: publication-planned
    start: next
    period: 7 working days before
    done_when: report-sent
    owner: partnership
    calendar: statutory
    source: 002 s5.5 (no later than seven working days before the date of publication)
)";
}

const Profile& statutory_profile() {
    static const Profile profile = [] {
        auto p = parse_profile(statutory_profile_text(), "(built-in statutory profile)");
        if (!p) std::abort(); // a unit test parses it; a broken built-in is a build defect
        return *p;
    }();
    return profile;
}

} // namespace scr
