#include "calendar/calendar.h"

#include <fmt/format.h>

namespace scr {
namespace {

std::int32_t day_number(Date d) {
    return static_cast<std::int32_t>((d - first_supported_date).count());
}

} // namespace

Calendar::Calendar(Division division, const OfficialHolidays& official,
                   const std::vector<Closure>& closures, CalendarKind kind)
    : m_division(division) {
    if (kind == CalendarKind::local) m_closures = closures;
    const std::int32_t span = day_number(last_supported_date) + 1;
    m_why.assign(static_cast<std::size_t>(span), 0);
    m_reasons = {"Sunday", "Saturday"};
    auto mark = [&](Date d, std::string reason) {
        if (!in_supported_range(d)) return;
        auto& why = m_why[static_cast<std::size_t>(day_number(d))];
        if (why != 0) return; // the first name given to a day is kept
        m_reasons.push_back(std::move(reason));
        why = static_cast<std::uint16_t>(m_reasons.size());
    };
    for (int y = year_of(first_supported_date); y <= year_of(last_supported_date); ++y) {
        m_holidays[y] = official_or_rules(official, division, y);
        for (const Holiday& h : m_holidays[y])
            if (!is_weekend(h.date)) mark(h.date, describe(h));
    }
    for (const Closure& c : m_closures) {
        // One reason per closure, shared by its days (a long closure must not copy it per day).
        const auto reason = static_cast<std::uint16_t>(m_reasons.size() + 1);
        m_reasons.push_back("office closure: " + c.reason);
        for (Date d = c.from; d <= c.to; d += date::days{1}) {
            auto& why = m_why[static_cast<std::size_t>(day_number(d))];
            if (why == 0 && !is_weekend(d)) why = reason;
        }
    }
    m_count.resize(static_cast<std::size_t>(span));
    std::int32_t working = 0;
    for (std::int32_t i = 0; i < span; ++i) {
        const Date d = first_supported_date + date::days{i};
        auto& why = m_why[static_cast<std::size_t>(i)];
        if (why == 0 && is_weekend(d))
            why = static_cast<std::uint16_t>(date::weekday{d}.c_encoding() == 0 ? 1 : 2);
        if (why == 0) {
            ++working;
            m_nth.push_back(i);
        }
        m_count[static_cast<std::size_t>(i)] = working;
    }
}

Result<std::int32_t> Calendar::index_of(Date d, std::string_view field) const {
    if (!in_supported_range(d)) return out_of_range(format_iso(d), field);
    return day_number(d);
}

Result<Date> Calendar::add_working_days(Date d, long n) const {
    auto i = index_of(d, "date");
    if (!i) return i.error();
    if (n == 0) return d;
    const auto at = static_cast<std::size_t>(*i);
    // Working days strictly before d, or up to and including d: the rank to count from.
    const long before = m_count[at] - (m_why[at] == 0 ? 1 : 0);
    const long rank = n > 0 ? m_count[at] + n - 1 : before + n;
    if (rank < 0 || rank >= static_cast<long>(m_nth.size()))
        return out_of_range(fmt::format("{} working days from {}", n, format_iso(d)), "count");
    return first_supported_date + date::days{m_nth[static_cast<std::size_t>(rank)]};
}

Result<long> Calendar::working_days_between(Date a, Date b) const {
    auto ia = index_of(a, "from");
    if (!ia) return ia.error();
    auto ib = index_of(b, "to");
    if (!ib) return ib.error();
    const auto pa = static_cast<std::size_t>(*ia), pb = static_cast<std::size_t>(*ib);
    if (pb >= pa) return static_cast<long>(m_count[pb] - m_count[pa]);
    // b < a: working days in [b, a) counted negative.
    const long before_a = m_count[pa] - (m_why[pa] == 0 ? 1 : 0);
    const long before_b = m_count[pb] - (m_why[pb] == 0 ? 1 : 0);
    return -(before_a - before_b);
}

Result<long> Calendar::networkdays(Date a, Date b) const {
    auto ia = index_of(a, "from");
    if (!ia) return ia.error();
    auto ib = index_of(b, "to");
    if (!ib) return ib.error();
    const auto lo = static_cast<std::size_t>(std::min(*ia, *ib));
    const auto hi = static_cast<std::size_t>(std::max(*ia, *ib));
    const long n = m_count[hi] - m_count[lo] + (m_why[lo] == 0 ? 1 : 0);
    return *ib >= *ia ? n : -n;
}

Result<DayInfo> Calendar::day_info(Date d) const {
    auto i = index_of(d, "date");
    if (!i) return i.error();
    const auto why = m_why[static_cast<std::size_t>(*i)];
    if (why == 0) return DayInfo{true, {}};
    return DayInfo{false, m_reasons[why - 1u]};
}

std::vector<Holiday> Calendar::holidays_in(int year) const {
    auto it = m_holidays.find(year);
    return it == m_holidays.end() ? std::vector<Holiday>{} : it->second;
}

} // namespace scr
