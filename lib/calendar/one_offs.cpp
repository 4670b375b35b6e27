// One-off bank holidays since 1990. Each is made by royal proclamation under the Banking and
// Financial Dealings Act 1971, s1(3) (extra day) or s1(2) (day moved), published in the
// London Gazette; unless marked, a change applied in all three divisions. Newer ones are also
// in GOV.UK's bank-holidays.json, which `scr holidays import` layers over these rules.
#include "calendar/one_offs.h"

#include <algorithm>

namespace scr {
namespace {

enum class Change { moved, extra };

constexpr unsigned all_uk = 0b111;

unsigned bit(Division d) {
    return 1u << static_cast<unsigned>(d);
}

struct OneOff {
    Change change;
    unsigned divisions;
    Date from; // the rule's date, for a moved day
    Date to;   // the day observed
    const char* title;
    const char* notes;
};

// clang-format off
const OneOff one_offs[] = {
    // 1995: the early May holiday moved from 1 May to Monday 8 May, 50th anniversary of VE Day.
    // Treated as UK-wide in every account; GOV.UK (2019, on the 2020 move) calls 1995 "the first
    // time" the day was moved. House of Commons Library briefing SN06170 "Bank and public
    // holidays" explains the Crown's power to move a day (BFDA 1971 s1(2)).
    {Change::moved, all_uk, make_date(1995, 5, 1), make_date(1995, 5, 8),
     "Early May bank holiday (VE day)", ""},
    // 1999: Friday 31 December, extra day for the Millennium, UK-wide (announced April 1998;
    // BFDA 1971 s1(3)). 3 and 4 January 2000 were ordinary substitute days, not one-offs.
    {Change::extra, all_uk, {}, make_date(1999, 12, 31), "Millennium celebrations", "Extra bank holiday"},
    // 2002: Queen's Golden Jubilee: the spring holiday moved from 27 May to Tuesday 4 June
    // and Monday 3 June added, UK-wide (Prime Minister's written answer, 24 November 2000).
    {Change::moved, all_uk, make_date(2002, 5, 27), make_date(2002, 6, 4),
     "Spring bank holiday", "Substitute day"},
    {Change::extra, all_uk, {}, make_date(2002, 6, 3), "Queen’s Golden Jubilee", "Extra bank holiday"},
    // 2011: Friday 29 April, the wedding of Prince William and Catherine Middleton, extended
    // to all four nations (government announcement, 23 November 2010).
    {Change::extra, all_uk, {}, make_date(2011, 4, 29), "Royal wedding", "Extra bank holiday"},
    // 2012: Queen's Diamond Jubilee: spring holiday moved from 28 May to Monday 4 June, and
    // Tuesday 5 June added (GOV.UK bank holidays data for 2012).
    {Change::moved, all_uk, make_date(2012, 5, 28), make_date(2012, 6, 4),
     "Spring bank holiday", "Substitute day"},
    {Change::extra, all_uk, {}, make_date(2012, 6, 5), "Queen’s Diamond Jubilee", "Extra bank holiday"},
    // 2020: the early May holiday moved from 4 May to Friday 8 May, 75th anniversary of VE Day
    // (London Gazette notice 3326938; Scotland by its own proclamation; GOV.UK
    // bank-holidays.json: "Early May bank holiday (VE day)").
    {Change::moved, all_uk, make_date(2020, 5, 4), make_date(2020, 5, 8),
     "Early May bank holiday (VE day)", ""},
    // 2022: Platinum Jubilee: spring holiday moved from 30 May to Thursday 2 June, Friday
    // 3 June added; Monday 19 September for the State Funeral (London Gazette notice 4158896;
    // Scottish Government, 15 September 2022; GOV.UK bank-holidays.json).
    {Change::moved, all_uk, make_date(2022, 5, 30), make_date(2022, 6, 2), "Spring bank holiday", ""},
    {Change::extra, all_uk, {}, make_date(2022, 6, 3), "Platinum Jubilee bank holiday", ""},
    {Change::extra, all_uk, {}, make_date(2022, 9, 19),
     "Bank Holiday for the State Funeral of Queen Elizabeth II", ""},
    // 2023: Monday 8 May for the Coronation of King Charles III (GOV.UK bank-holidays.json).
    {Change::extra, all_uk, {}, make_date(2023, 5, 8),
     "Bank holiday for the coronation of King Charles III", ""},
    // 2026, Scotland only: Monday 15 June for the FIFA World Cup, Royal Proclamation approved
    // 4 February 2026 (GOV.UK bank-holidays.json, "World Cup bank holiday").
    {Change::extra, 0b010, {}, make_date(2026, 6, 15), "World Cup bank holiday", ""},
};
// clang-format on

} // namespace

void apply_one_offs(Division division, int year, std::vector<Holiday>& holidays) {
    for (const OneOff& o : one_offs) {
        if (year_of(o.to) != year || (o.divisions & bit(division)) == 0) continue;
        if (o.change == Change::moved) {
            auto it = std::find_if(holidays.begin(), holidays.end(),
                                   [&](const Holiday& h) { return h.date == o.from; });
            if (it != holidays.end()) holidays.erase(it);
        }
        holidays.push_back({o.to, o.title, o.notes, true, HolidaySource::rules});
    }
}

} // namespace scr
