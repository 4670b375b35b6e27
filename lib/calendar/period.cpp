#include "calendar/period.h"

#include "core/text.h"

#include <fmt/format.h>

#include <charconv>

namespace scr {

Result<Period> parse_period(std::string_view text, std::string_view field) {
    const char* first = text.data();
    const char* last = text.data() + text.size();
    if (first != last && *first == '+' && first + 1 != last && first[1] >= '0' && first[1] <= '9')
        ++first;
    Period p;
    const auto [end, ec] = std::from_chars(first, last, p.count);
    const std::string_view unit(end, static_cast<std::size_t>(last - end));
    const bool ok_unit = unit.empty() || unit == "wd" || unit == "d" || unit == "w" || unit == "m";
    if (ec != std::errc{} || end == first || !ok_unit || p.count > 100000 || p.count < -100000)
        return bad_input(std::string(field), fmt::format("'{}' is not a count", excerpt(text)),
                         "write a whole number with an optional unit: 5 or 5wd (working days), "
                         "3d (days), 2w (weeks), 6m (months)");
    if (unit == "d")
        p.unit = PeriodUnit::days;
    else if (unit == "w")
        p.unit = PeriodUnit::weeks;
    else if (unit == "m")
        p.unit = PeriodUnit::months;
    return p;
}

Result<Date> apply_period(Date d, Period p, const Calendar& calendar, std::string_view field) {
    if (!in_supported_range(d)) return out_of_range(format_iso(d), "date");
    Result<Date> r = d;
    switch (p.unit) {
    case PeriodUnit::working_days:
        r = calendar.add_working_days(d, p.count);
        break;
    case PeriodUnit::days:
        r = add_days(d, p.count);
        break;
    case PeriodUnit::weeks:
        r = add_days(d, p.count * 7);
        break;
    case PeriodUnit::months:
        r = add_months(d, p.count);
        break;
    }
    if (r) return r;
    Error e = r.error();
    e.diag.field = std::string(field);
    return e;
}

std::string_view period_unit_suffix(PeriodUnit unit) {
    switch (unit) {
    case PeriodUnit::working_days:
        return "wd";
    case PeriodUnit::days:
        return "d";
    case PeriodUnit::weeks:
        return "w";
    case PeriodUnit::months:
        return "m";
    }
    return "wd";
}

Result<Date> resolve_date(std::string_view text, const Result<Date>& today_result,
                          const Calendar& calendar, std::string_view field) {
    const bool relative = text == "today" || text == "tomorrow" || text == "yesterday" ||
                          (!text.empty() && (text[0] == '+' || text[0] == '-'));
    if (relative && !today_result) return today_result.error();
    const Date today = relative ? *today_result : Date{};
    if (text == "today") return today;
    if (text == "tomorrow") return add_days(today, 1, field);
    if (text == "yesterday") return add_days(today, -1, field);
    if (relative) {
        auto p = parse_period(text, field);
        if (!p) return p.error();
        auto d = apply_period(today, *p, calendar, field);
        if (!d) return out_of_range(text, field);
        return d;
    }
    auto d = parse_iso_date(text, field);
    if (d && !in_supported_range(*d)) return out_of_range(text, field);
    if (!d) {
        Error e = d.error();
        if (e.diag.hint.size() > 0 && e.diag.message.find("is not a date") != std::string::npos)
            e.diag.hint = "write YYYY-MM-DD, today, tomorrow, or a count from today such as +5wd";
        return e;
    }
    return d;
}

} // namespace scr
