// The GOV.UK import: parse_govuk_json never crashes, and what it reads it writes back
// deterministically as text that reads again to the same data (the stored import). The data is
// then laid over the rules and built into a calendar, as `scr holidays import` does.
#include "fuzz.h"

#include "calendar/calendar.h"

using namespace scr;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parsed = parse_govuk_json(fuzz::text_of(data, size), "bank-holidays.json");
    if (!parsed) return 0;
    const std::string written = to_govuk_json(*parsed);
    const auto again = parse_govuk_json(written, "stored.json");
    fuzz::require(again.ok(), "to_govuk_json wrote data parse_govuk_json refuses");
    fuzz::require(to_govuk_json(*again) == written, "the stored import reads back apart");
    const OfficialHolidays merged = merge_official({}, *parsed);
    fuzz::require(to_govuk_json(merged) == written, "merging into nothing changed the data");
    for (const auto& [division, years] : *parsed) {
        (void)years_differing_from_rules(division, years);
        const Calendar cal(division, *parsed, {}, CalendarKind::statutory);
        for (const auto& [year, list] : years) {
            fuzz::require(cal.holidays_in(year).size() == list.size(),
                          "the calendar does not hold the imported year");
            for (const Holiday& h : list)
                fuzz::require(is_weekend(h.date) || !cal.day_info(h.date)->working,
                              "an imported bank holiday is a working day");
        }
    }
    return 0;
}
