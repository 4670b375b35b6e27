// GOV.UK format: {"england-and-wales": {"division": "england-and-wales", "events": [{"title",
// "date", "notes", "bunting"}]}, "scotland": ..., "northern-ireland": ...}.
#include "calendar/govuk.h"

#include "core/text.h"
#include "core/text_position.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace scr {
namespace {

using nlohmann::json;

// Where a JSON text stops being valid. Every failure reaches a SAX handler with its position: a
// syntax error, and a number too large for a double (1e400), which json::parse throws as
// out_of_range rather than parse_error.
struct FirstError : nlohmann::json_sax<json> {
    std::size_t at = 0;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const json::exception&) override {
        at = position;
        return false;
    }
};

constexpr std::size_t max_events_per_year = 40; // GOV.UK lists about a dozen a year at most
constexpr std::size_t max_text = 200;

// The JSON text being read; semantic errors have no parser position, so they point at the
// offending text's first occurrence after `from` (the start of the division being read).
struct Source {
    std::string_view text;
    std::string_view file;
    std::size_t from = 0;

    Error at(std::string_view needle, std::string field, std::string message,
             std::string hint = {}) const {
        Error e = bad_input(std::move(field), std::move(message), std::move(hint));
        e.diag.file = std::string(file);
        const auto found = needle.empty() ? std::string_view::npos : text.find(needle, from);
        const TextPosition p = position_of(text, found == std::string_view::npos ? from : found);
        e.diag.line = p.line;
        e.diag.col = p.col;
        return e;
    }
};

Result<std::string> read_text(const json& ev, const char* key, const Source& src,
                              std::string_view near, const std::string& where) {
    auto it = ev.find(key);
    if (it == ev.end()) return std::string();
    if (!it->is_string()) return src.at(near, where + "." + key, "must be a string");
    std::string value = it->get<std::string>();
    if (!is_single_line_text(value) || value.size() > max_text)
        return src.at(near, where + "." + key,
                      fmt::format("must be one line of text, at most {} bytes", max_text));
    return value;
}

Result<Holiday> parse_event(const json& ev, const Source& src, const std::string& where) {
    if (!ev.is_object()) return src.at("\"events\"", where, "each event must be an object");
    auto day = ev.find("date");
    if (day == ev.end() || !day->is_string())
        return src.at("\"events\"", where + ".date", "missing or not a string");
    const std::string date_text = day->get<std::string>();
    const std::string near = "\"" + date_text + "\"";
    auto d = parse_iso_date(date_text, where + ".date");
    if (!d) return src.at(near, d.error().diag.field, d.error().diag.message, d.error().diag.hint);
    if (!in_supported_range(*d))
        return src.at(near, where + ".date", out_of_range(date_text, "").diag.message);
    auto title = read_text(ev, "title", src, near, where);
    if (!title) return title.error();
    if (title->empty()) return src.at(near, where + ".title", "missing or empty");
    auto notes = read_text(ev, "notes", src, near, where);
    if (!notes) return notes.error();
    Holiday h{*d, std::move(*title), std::move(*notes), true, HolidaySource::imported};
    if (auto it = ev.find("bunting"); it != ev.end()) {
        if (!it->is_boolean()) return src.at(near, where + ".bunting", "must be true or false");
        h.bunting = it->get<bool>();
    }
    return h;
}

Result<std::map<int, std::vector<Holiday>>>
parse_division_events(const json& body, std::string_view slug, const Source& src) {
    const std::string quoted = fmt::format("\"{}\"", slug);
    if (!body.is_object() || !body.contains("events") || !body["events"].is_array())
        return src.at(quoted, std::string(slug) + ".events", "missing or not a list");
    if (auto it = body.find("division");
        it != body.end() && (!it->is_string() || it->get<std::string>() != slug))
        return src.at(quoted, std::string(slug) + ".division",
                      fmt::format("does not match its key '{}'", slug));
    const json& events = body["events"];
    if (events.empty())
        return src.at(quoted, std::string(slug) + ".events", "lists no bank holidays",
                      "use GOV.UK's bank-holidays.json, or leave the division out");
    std::map<int, std::vector<Holiday>> years;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const std::string where = fmt::format("{}.events[{}]", slug, i);
        auto h = parse_event(events[i], src, where);
        if (!h) return h.error();
        auto& list = years[year_of(h->date)];
        const std::string near = "\"" + format_iso(h->date) + "\"";
        for (const Holiday& other : list)
            if (other.date == h->date)
                return src.at(near, where + ".date",
                              fmt::format("{} is listed twice", format_iso(h->date)));
        if (list.size() == max_events_per_year)
            return src.at(near, where + ".date",
                          fmt::format("more than {} bank holidays in {}", max_events_per_year,
                                      year_of(h->date)),
                          "this does not look like GOV.UK's list");
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
        // Parse again only to learn where it failed.
        FirstError where;
        json::sax_parse(text, &where);
        const TextPosition p = position_of(text, where.at > 0 ? where.at - 1 : 0);
        return Error{Diagnostic{std::string(file), p.line, p.col, "json", "not valid JSON",
                                "download bank-holidays.json from GOV.UK again"},
                     Failure::bad_input};
    }
    const Source whole{text, file, 0};
    if (!doc.is_object())
        return whole.at("", "json", "expected an object keyed by division",
                        "use GOV.UK's bank-holidays.json");
    OfficialHolidays out;
    for (auto& [key, body] : doc.items()) {
        const std::string quoted = "\"" + key + "\"";
        auto division = parse_division(key);
        if (!division)
            return whole.at(quoted, excerpt(key),
                            fmt::format("unknown division '{}'", excerpt(key)),
                            "expected england-and-wales, scotland or northern-ireland");
        const auto at_key = text.find(quoted);
        auto years = parse_division_events(
            body, key, Source{text, file, at_key == std::string_view::npos ? 0 : at_key});
        if (!years) return years.error();
        out[*division] = std::move(*years);
    }
    if (out.empty())
        return whole.at("", "json", "holds no divisions", "use GOV.UK's bank-holidays.json");
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

std::size_t years_differing_from_rules(Division division,
                                       const std::map<int, std::vector<Holiday>>& years) {
    std::size_t differ = 0;
    for (const auto& [year, list] : years) {
        const std::vector<Holiday> rules = rule_holidays(division, year);
        const bool same =
            std::equal(rules.begin(), rules.end(), list.begin(), list.end(),
                       [](const Holiday& a, const Holiday& b) { return a.date == b.date; });
        if (!same) ++differ;
    }
    return differ;
}

std::vector<Holiday> official_or_rules(const OfficialHolidays& official, Division division,
                                       int year) {
    if (auto d = official.find(division); d != official.end())
        if (auto y = d->second.find(year); y != d->second.end()) return y->second;
    return rule_holidays(division, year);
}

} // namespace scr
