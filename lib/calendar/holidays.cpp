// The rules behind the UK's bank holidays. Sources: Banking and Financial Dealings Act 1971,
// Schedule 1 (as amended; the early May holiday since 1978), St Andrew's Day Bank Holiday
// (Scotland) Act 2007, and GOV.UK's bank-holidays.json, which the tests compare against.
#include "calendar/holidays.h"

#include "calendar/one_offs.h"

#include <algorithm>

namespace scr {
namespace {

using date::days;

Date nth_weekday(int year, unsigned month, date::weekday wd, unsigned n) {
    return date::sys_days{date::year{year} / date::month{month} / wd[n]};
}

Date last_weekday(int year, unsigned month, date::weekday wd) {
    return date::sys_days{date::year{year} / date::month{month} / wd[date::last]};
}

// A day fixed by date that moves to the next free weekday when it falls at a weekend.
struct Fixed {
    unsigned month, day;
    const char* title;
};

// Places fixed-date holidays: those on weekdays keep their date; weekend ones, in date order,
// take the next weekday not already a holiday. This gives GOV.UK's pairs: Christmas on a Sunday
// is observed on Tuesday 27 because Boxing Day holds Monday 26; New Year and 2 January at a
// weekend in Scotland become Monday 3 and Tuesday 4.
void place_fixed(int year, const std::vector<Fixed>& fixed, std::vector<Holiday>& out) {
    std::vector<Fixed> moved;
    for (const Fixed& f : fixed) {
        const Date d = make_date(year, f.month, f.day);
        if (is_weekend(d))
            moved.push_back(f);
        else
            out.push_back({d, f.title, "", true, HolidaySource::rules});
    }
    for (const Fixed& f : moved) {
        Date d = make_date(year, f.month, f.day);
        auto taken = [&](Date x) {
            return std::any_of(out.begin(), out.end(),
                               [&](const Holiday& h) { return h.date == x; });
        };
        do
            d += days{1};
        while (is_weekend(d) || taken(d));
        out.push_back({d, f.title, "Substitute day", true, HolidaySource::rules});
    }
}

std::vector<Fixed> fixed_days(Division division, int year) {
    std::vector<Fixed> f{{1, 1, "New Year’s Day"}};
    if (division == Division::scotland) f.push_back({1, 2, "2nd January"});
    if (division == Division::northern_ireland) {
        f.push_back({3, 17, "St Patrick’s Day"});
        f.push_back({7, 12, "Battle of the Boyne (Orangemen’s Day)"});
    }
    // St Andrew's Day Bank Holiday (Scotland) Act 2007, s1: a bank holiday from 2007 on.
    if (division == Division::scotland && year >= 2007) f.push_back({11, 30, "St Andrew’s Day"});
    f.push_back({12, 25, "Christmas Day"});
    f.push_back({12, 26, "Boxing Day"});
    return f;
}

} // namespace

std::string_view division_slug(Division d) {
    switch (d) {
    case Division::england_and_wales:
        return "england-and-wales";
    case Division::scotland:
        return "scotland";
    case Division::northern_ireland:
        return "northern-ireland";
    }
    return "england-and-wales";
}

std::optional<Division> parse_division(std::string_view slug) {
    for (Division d : all_divisions)
        if (division_slug(d) == slug) return d;
    return std::nullopt;
}

Date easter_sunday(int year) {
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
    return make_date(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<Holiday> rule_holidays(Division division, int year) {
    std::vector<Holiday> out;
    const Date easter = easter_sunday(year);
    out.push_back({easter - days{2}, "Good Friday", "", false, HolidaySource::rules});
    if (division != Division::scotland)
        out.push_back({easter + days{1}, "Easter Monday", "", true, HolidaySource::rules});
    out.push_back({nth_weekday(year, 5, date::Monday, 1), "Early May bank holiday", "", true,
                   HolidaySource::rules});
    out.push_back({last_weekday(year, 5, date::Monday), "Spring bank holiday", "", true,
                   HolidaySource::rules});
    const Date summer = division == Division::scotland ? nth_weekday(year, 8, date::Monday, 1)
                                                       : last_weekday(year, 8, date::Monday);
    out.push_back({summer, "Summer bank holiday", "", true, HolidaySource::rules});
    place_fixed(year, fixed_days(division, year), out);
    apply_one_offs(division, year, out);
    std::sort(out.begin(), out.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return out;
}

std::string describe(const Holiday& h) {
    if (h.notes.empty()) return h.title;
    std::string notes = h.notes;
    if (!notes.empty() && notes[0] >= 'A' && notes[0] <= 'Z')
        notes[0] = static_cast<char>(notes[0] + 32);
    return h.title + " (" + notes + ")";
}

} // namespace scr
