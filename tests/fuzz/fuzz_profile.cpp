// The process profile loader: parse_profile never crashes, and a profile it accepts is put in
// force beside the statutory one and run over a case that reaches every stage, on two as-of
// dates, with every output `scr deadlines` writes, so the milestone rules are exercised too.
#include "fuzz.h"

#include "case/decode.h"
#include "report/deadlines_report.h"

using namespace scr;

namespace {

// A serious incident through every decision, with an action plan and an extension.
constexpr std::string_view case_text = R"(id: 2026-006
kind: serious-incident
received: 2026-04-20
referrer:
  name: Hollis Example
children:
  - name: Rowan Fixture
    pseudonym: Child F
incident:
  date: 2026-04-17
  summary: A baby was brought to hospital with a fracture.
events:
  - date: 2026-04-20
    type: aware
  - date: 2026-04-20
    type: referral-received
  - date: 2026-04-21
    type: screening
    outcome: meets-rapid-review
  - date: 2026-04-22
    type: notified
  - date: 2026-05-05
    type: rapid-review-recommendation
    recommendation: local-review-independent
    criteria: [improvements-needed]
    questions:
      - What was known?
    rationale: Bruising was seen and not acted on.
  - date: 2026-05-12
    type: rapid-review-submitted
    recommendation: local-review-independent
    criteria: [improvements-needed]
    questions:
      - What was known?
    rationale: Bruising was seen and not acted on.
  - date: 2026-05-22
    type: panel-response
    outcome: agree-meets
  - date: 2026-05-26
    type: lcspr-decided
  - date: 2026-10-30
    type: publication-decided
    outcome: publishable
  - date: 2026-12-24
    type: publication-planned
actions:
  - id: A1
    action: Re-issue the protocol.
    owner: Designated Nurse
    due: 2026-09-30
extensions:
  - milestone: lcspr-publish
    until: 2027-01-29
    agreed_by: National Panel
    reason: Criminal proceedings.
)";

const Case& the_case() {
    static const Case c = [] {
        CaseLoad load = decode_case(case_text, "2026-006.yaml", DecodeMode::case_file);
        for (const Diagnostic& d : load.problems)
            std::fprintf(stderr, "%d: %s: %s\n", d.line, d.field.c_str(), d.message.c_str());
        fuzz::require(load.value.has_value(), "the fixed case does not decode");
        return *load.value;
    }();
    return c;
}

const Calendars& calendars() {
    static const Calendar statutory(Division::england_and_wales, {}, {}, CalendarKind::statutory);
    static const Calendar local(Division::england_and_wales, {},
                                {{make_date(2026, 12, 29), make_date(2026, 12, 31), "shutdown"}},
                                CalendarKind::local);
    static const Calendars both{statutory, local};
    return both;
}

void run(const ProfileSet& set) {
    for (Date as_of : {make_date(2026, 5, 1), make_date(2027, 6, 1)}) {
        auto list = case_deadlines(the_case(), set, calendars(), as_of);
        if (!list) continue;
        sort_deadlines(*list);
        (void)deadlines_to_json(*list, Explain::yes).dump();
        (void)render_deadlines_table(*list, Explain::yes, Styling::ansi);
        (void)render_deadlines_csv(*list, Explain::yes);
        (void)render_deadlines_markdown(*list, as_of, Explain::yes);
        (void)render_deadlines_ics(*list, {"Partnership", "scr.example", 2, as_of}, calendars());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto profile = parse_profile(fuzz::text_of(data, size), "profile.yaml");
    if (!profile) return 0;
    ProfileSet alone;
    fuzz::require(add_profile(alone, *profile, "profile.yaml").ok(),
                  "a profile that loads cannot be put in force on its own");
    run(alone);
    ProfileSet with_statutory;
    fuzz::require(add_profile(with_statutory, statutory_profile(), "statutory").ok(),
                  "the statutory profile cannot be put in force");
    if (!add_profile(with_statutory, *profile, "profile.yaml")) return 0; // a clashing id
    start_rapid_review_at(with_statutory, "aware");
    run(with_statutory);
    return 0;
}
