// GOV.UK format: {"england-and-wales": {"division": "england-and-wales", "events": [{"title",
// "date", "notes", "bunting"}]}, "scotland": ..., "northern-ireland": ...}.
#include "calendar/govuk.h"

#include "core/text_position.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace scr {
namespace {

using nlohmann::json;

// Semantic errors have no parser position; point at the offending text's first occurrence.
Error at(std::string_view text, std::string_view file, std::string_view needle, std::string field,
         std::string message, std::string hint = {}) {
    Error e = bad_input(std::move(field), std::move(message), std::move(hint));
    e.diag.file = std::string(file);
    const TextPosition p = locate(text, needle);
    e.diag.line = p.line;
    e.diag.col = p.col;
    return e;
}

Result<Holiday> parse_event(const json& ev, std::string_view text, std::string_view file,
                            const std::string& where) {
    if (!ev.is_object()) return at(text, file, "\"events\"", where, "each event must be an object");
    auto str = [&](const char* key) -> const json* {
        auto it = ev.find(key);
        return it != ev.end() && it->is_string() ? &*it : nullptr;
    };
    const json* title = str("title");
    const json* day = str("date");
    if (!day) return at(text, file, "\"events\"", where + ".date", "missing or not a string");
    const std::string date_text = day->get<std::string>();
    if (!title || title->get<std::string>().empty())
        return at(text, file, "\"" + date_text + "\"", where + ".title", "missing or empty");
    auto d = parse_iso_date(date_text, where + ".date");
    if (!d)
        return at(text, file, "\"" + date_text + "\"", d.error().diag.field, d.error().diag.message,
                  d.error().diag.hint);
    if (!in_supported_range(*d))
        return at(text, file, "\"" + date_text + "\"", where + ".date",
                  out_of_range(date_text, "").diag.message);
    Holiday h{*d, title->get<std::string>(), "", true, HolidaySource::imported};
    if (auto it = ev.find("notes"); it != ev.end()) {
        if (!it->is_string())
            return at(text, file, "\"" + date_text + "\"", where + ".notes", "must be a string");
        h.notes = it->get<std::string>();
    }
    if (auto it = ev.find("bunting"); it != ev.end()) {
        if (!it->is_boolean())
            return at(text, file, "\"" + date_text + "\"", where + ".bunting",
                      "must be true or false");
        h.bunting = it->get<bool>();
    }
    return h;
}

Result<std::map<int, std::vector<Holiday>>> parse_division_events(const json& body,
                                                                  std::string_view slug,
                                                                  std::string_view text,
                                                                  std::string_view file) {
    const std::string quoted = fmt::format("\"{}\"", slug);
    if (!body.is_object() || !body.contains("events") || !body["events"].is_array())
        return at(text, file, quoted, std::string(slug) + ".events", "missing or not a list");
    if (auto it = body.find("division"); it != body.end() && *it != slug)
        return at(text, file, quoted, std::string(slug) + ".division",
                  fmt::format("does not match its key '{}'", slug));
    std::map<int, std::vector<Holiday>> years;
    const json& events = body["events"];
    for (std::size_t i = 0; i < events.size(); ++i) {
        auto h = parse_event(events[i], text, file, fmt::format("{}.events[{}]", slug, i));
        if (!h) return h.error();
        auto& list = years[year_of(h->date)];
        for (const Holiday& other : list)
            if (other.date == h->date)
                return at(text, file, "\"" + format_iso(h->date) + "\"",
                          fmt::format("{}.events[{}].date", slug, i),
                          fmt::format("{} is listed twice", format_iso(h->date)));
        list.push_back(std::move(*h));
    }
    for (auto& [year, list] : years)
        std::sort(list.begin(), list.end(),
                  [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return years;
}

} // namespace

Result<OfficialHolidays> parse_govuk_json(std::string_view text, std::string_view file) {
    if (auto deep = check_nesting(text, 16); !deep) {
        Error e = deep.error();
        e.diag.file = std::string(file);
        return e;
    }
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded()) {
        // Parse again with exceptions only to learn where it failed.
        try {
            const json strict = json::parse(text);
            (void)strict;
        } catch (const json::parse_error& pe) {
            const TextPosition p = position_of(text, pe.byte > 0 ? pe.byte - 1 : 0);
            return Error{Diagnostic{std::string(file), p.line, p.col, "json", "not valid JSON",
                                    "download bank-holidays.json from GOV.UK again"},
                         Failure::bad_input};
        }
    }
    if (!doc.is_object())
        return at(text, file, "", "json", "expected an object keyed by division",
                  "use GOV.UK's bank-holidays.json");
    OfficialHolidays out;
    for (auto& [key, body] : doc.items()) {
        auto division = parse_division(key);
        if (!division)
            return at(text, file, "\"" + key + "\"", key, fmt::format("unknown division '{}'", key),
                      "expected england-and-wales, scotland or northern-ireland");
        auto years = parse_division_events(body, key, text, file);
        if (!years) return years.error();
        out[*division] = std::move(*years);
    }
    if (out.empty())
        return at(text, file, "", "json", "holds no divisions", "use GOV.UK's bank-holidays.json");
    return out;
}

std::string to_govuk_json(const OfficialHolidays& data) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    for (const auto& [division, years] : data) {
        nlohmann::ordered_json events = nlohmann::ordered_json::array();
        for (const auto& [year, list] : years)
            for (const Holiday& h : list)
                events.push_back({{"title", h.title},
                                  {"date", format_iso(h.date)},
                                  {"notes", h.notes},
                                  {"bunting", h.bunting}});
        const std::string slug(division_slug(division));
        doc[slug] = {{"division", slug}, {"events", std::move(events)}};
    }
    return doc.dump(2) + "\n";
}

OfficialHolidays merge_official(OfficialHolidays base, const OfficialHolidays& update) {
    for (const auto& [division, years] : update)
        for (const auto& [year, list] : years)
            base[division][year] = list;
    return base;
}

std::vector<Holiday> official_or_rules(const OfficialHolidays& official, Division division,
                                       int year) {
    if (auto d = official.find(division); d != official.end())
        if (auto y = d->second.find(year); y != d->second.end()) return y->second;
    return rule_holidays(division, year);
}

} // namespace scr
