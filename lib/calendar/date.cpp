#include "calendar/date.h"

#include "core/text.h"

#include <fmt/format.h>

#include <array>

namespace scr {
namespace {

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s)
        v = v * 10 + (c - '0');
    return v;
}

} // namespace

Error out_of_range(std::string_view what, std::string_view field) {
    return bad_input(std::string(field),
                     fmt::format("{} is outside the calendar scr knows ({} to {})", what,
                                 format_iso(first_supported_date), format_iso(last_supported_date)),
                     "bank holidays are only known for those years");
}

Result<Date> parse_iso_date(std::string_view text, std::string_view field) {
    // date::parse("%F") accepts trailing junk and short years, so the shape is checked by hand.
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                        all_digits(text.substr(0, 4)) && all_digits(text.substr(5, 2)) &&
                        all_digits(text.substr(8, 2));
    if (!shaped)
        return bad_input(std::string(field), fmt::format("'{}' is not a date", excerpt(text)),
                         "write dates as YYYY-MM-DD, e.g. 2026-11-20");
    const int y = to_int(text.substr(0, 4));
    const auto m = static_cast<unsigned>(to_int(text.substr(5, 2)));
    const auto d = static_cast<unsigned>(to_int(text.substr(8, 2)));
    const date::year_month_day ymd{date::year{y}, date::month{m}, date::day{d}};
    if (!ymd.ok()) {
        if (m < 1 || m > 12)
            return bad_input(std::string(field),
                             fmt::format("'{}' is not a real date (no month {})", text, m),
                             "write dates as YYYY-MM-DD");
        const auto last = static_cast<unsigned>(
            date::year_month_day_last{date::year{y}, date::month_day_last{date::month{m}}}.day());
        return bad_input(
            std::string(field),
            fmt::format("'{}' is not a real date ({}-{:02} has {} days)", text, y, m, last));
    }
    return Date{ymd};
}

void format_iso_into(Date d, char* out) {
    const date::year_month_day ymd{d};
    int y = static_cast<int>(ymd.year());
    const auto m = static_cast<unsigned>(ymd.month());
    const auto day = static_cast<unsigned>(ymd.day());
    for (int i = 3; i >= 0; --i, y /= 10)
        out[i] = static_cast<char>('0' + y % 10);
    out[4] = '-';
    out[5] = static_cast<char>('0' + m / 10);
    out[6] = static_cast<char>('0' + m % 10);
    out[7] = '-';
    out[8] = static_cast<char>('0' + day / 10);
    out[9] = static_cast<char>('0' + day % 10);
}

std::string format_iso(Date d) {
    std::string s(10, ' ');
    format_iso_into(d, s.data());
    return s;
}

std::string_view weekday_name(Date d) {
    static constexpr std::array<std::string_view, 7> names{
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    return names[date::weekday{d}.c_encoding()];
}

bool is_weekend(Date d) {
    const unsigned wd = date::weekday{d}.c_encoding();
    return wd == 0 || wd == 6;
}

int year_of(Date d) {
    return static_cast<int>(date::year_month_day{d}.year());
}

bool in_supported_range(Date d) {
    return d >= first_supported_date && d <= last_supported_date;
}

bool in_range(Date d, DateRange range) {
    if (range == DateRange::birth) return d >= first_birth_date && d <= last_supported_date;
    return in_supported_range(d);
}

Result<Date> add_months(Date d, long n) {
    if (n > 12L * 200 || n < -12L * 200) return out_of_range("the result", "months");
    const date::year_month_day ymd{d};
    const date::year_month ym = date::year_month{ymd.year(), ymd.month()} + date::months{n};
    const auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}};
    const date::day day = std::min(ymd.day(), last.day());
    const Date result{ym.year() / ym.month() / day};
    if (!in_supported_range(result)) return out_of_range(format_iso(result), "months");
    return result;
}

Result<Date> add_days(Date d, long n, std::string_view field) {
    if (n > 100000 || n < -100000) return out_of_range("the result", field);
    const Date result = d + date::days{n};
    if (!in_supported_range(result)) return out_of_range(format_iso(result), field);
    return result;
}

} // namespace scr
