// `scr holidays`: the calendar in force, and importing GOV.UK's official list.
#include "commands.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "report/table.h"

#include <iterator>
#include <memory>
#include <ostream>

namespace scr::cli {

const Formats list_formats{"table", "json", "csv"};
namespace {

struct Row {
    Date date;
    std::string title;
    std::string kind;   // bank-holiday | closure
    std::string source; // rules | imported | scr.yaml
};

std::vector<Row> rows_for(const Calendar& cal, int year) {
    std::vector<Row> rows;
    for (const Holiday& h : cal.holidays_in(year))
        rows.push_back({h.date, describe(h), "bank-holiday",
                        h.source == HolidaySource::imported ? "imported" : "rules"});
    // A closure day is listed once, and not at all when it is already a bank holiday.
    for (const Closure& c : cal.closures())
        for (Date d = c.from; d <= c.to; d += date::days{1})
            if (year_of(d) == year && cal.day_info(d)->reason == "office closure: " + c.reason &&
                (rows.empty() ||
                 std::none_of(rows.begin(), rows.end(), [&](const Row& r) { return r.date == d; })))
                rows.push_back({d, c.reason, "closure", "scr.yaml"});
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.date < b.date; });
    return rows;
}

Result<int> parse_year(const std::string& text, const Result<Date>& today) {
    if (text.empty()) {
        if (!today) return today.error();
        return year_of(*today);
    }
    const bool digits = text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) {
                            return c >= '0' && c <= '9';
                        });
    const int y = digits ? std::stoi(text) : 0;
    if (!digits || y < year_of(first_supported_date) || y > year_of(last_supported_date))
        return bad_input("YEAR", fmt::format("'{}' is not a year scr knows", text),
                         fmt::format("give a year from {} to {}", year_of(first_supported_date),
                                     year_of(last_supported_date)));
    return y;
}

} // namespace

int run_holidays_list(const HolidaysListOptions& opt, Context& ctx) {
    auto format = choose_format(ctx, list_formats);
    if (!format) return report(ctx.io, format.error());
    auto year = parse_year(opt.year, ctx.today);
    if (!year) return report(ctx.io, year.error());
    auto cal = ctx.calendar(opt.cal.division, opt.cal.calendar);
    if (!cal) return report(ctx.io, cal.error());
    const std::string division(division_slug(cal->division()));
    const std::vector<Row> rows = rows_for(*cal, *year);
    if (*format == "json") {
        nlohmann::ordered_json out = nlohmann::ordered_json::array();
        for (const Row& r : rows)
            out.push_back({{"date", format_iso(r.date)},
                           {"weekday", weekday_name(r.date)},
                           {"title", r.title},
                           {"kind", r.kind},
                           {"division", division},
                           {"source", r.source}});
        ctx.io.out << out.dump(2) << '\n';
        return exit_ok;
    }
    Table t{{"date", "weekday", "title", "kind", "division", "source"}, {}};
    for (const Row& r : rows)
        t.rows.push_back({format_iso(r.date), std::string(weekday_name(r.date)), r.title, r.kind,
                          division, r.source});
    ctx.io.out << (*format == "csv"
                       ? render_csv(t)
                       : render_table(t, ctx.io.color ? Emphasis::ansi : Emphasis::none));
    return exit_ok;
}

// One line a division: how much the file holds, and whether it differs from the rules (a
// difference is how a new one-off day shows itself).
std::string import_summary(const OfficialHolidays& official) {
    std::string out;
    for (const auto& [division, years] : official) {
        std::size_t events = 0;
        for (const auto& [year, list] : years)
            events += list.size();
        const std::size_t differ = years_differing_from_rules(division, years);
        out += fmt::format("{}: {} bank holidays, {} to {}", division_slug(division), events,
                           years.begin()->first, years.rbegin()->first);
        if (differ)
            out += fmt::format(" ({} year(s) differ from the built-in rules; the official list "
                               "now wins)",
                               differ);
        out += '\n';
    }
    return out;
}

int run_holidays_import(const HolidaysImportOptions& opt, Context& ctx) {
    if (auto f = choose_format(ctx, {"text"}); !f) return report(ctx.io, f.error());
    auto p = ctx.require_partnership();
    if (!p) return report(ctx.io, p.error());
    constexpr std::size_t max_bytes = 8 << 20;
    std::string text;
    std::string name = opt.file;
    if (opt.file == "-") {
        name = "<stdin>";
        std::vector<char> buf(1 << 16);
        while (text.size() <= max_bytes) {
            const std::streamsize n =
                ctx.io.in.rdbuf()->sgetn(buf.data(), static_cast<std::streamsize>(buf.size()));
            if (n <= 0) break;
            text.append(buf.data(), static_cast<std::size_t>(n));
        }
        if (text.size() > max_bytes)
            return report(ctx.io,
                          Error{Diagnostic{name, 0, 0, "",
                                           fmt::format("larger than {} bytes; refusing to read it",
                                                       max_bytes),
                                           "GOV.UK's bank-holidays.json is far smaller"},
                                Failure::bad_input});
    } else {
        auto read = read_file(opt.file, max_bytes);
        if (!read) return report(ctx.io, read.error());
        text = std::move(*read);
    }
    auto official = parse_govuk_json(text, name);
    if (!official) return report(ctx.io, official.error());
    const std::string summary = import_summary(*official);
    if (auto st = store_official_holidays(p->root, *official); !st)
        return report(ctx.io, st.error());
    ctx.io.out << summary << fmt::format("stored in {}\n", (p->root / holidays_file_name).string());
    return exit_ok;
}

void register_holidays(CLI::App& app, Context& ctx) {
    CLI::App* holidays =
        add_command(app, "holidays", "Show the bank holidays in force, or import GOV.UK's list");
    holidays->require_subcommand(1);

    auto list = std::make_shared<HolidaysListOptions>();
    CLI::App* l =
        add_command(*holidays, "list", "List the bank holidays of a year (default: this year)");
    declare_formats(*l, list_formats);
    l->add_option("YEAR", list->year, "the year, 1990 to 2099");
    add_calendar_options(*l, list->cal);
    l->callback(
        [&ctx, list] { ctx.action = [&ctx, list] { return run_holidays_list(*list, ctx); }; });

    auto import = std::make_shared<HolidaysImportOptions>();
    CLI::App* i = add_command(*holidays, "import",
                              "Store GOV.UK's bank-holidays.json in the partnership; it overrides "
                              "the rules for the years it covers");
    i->add_option("FILE", import->file, "the downloaded bank-holidays.json, or - for stdin")
        ->required();
    i->callback([&ctx, import] {
        ctx.action = [&ctx, import] { return run_holidays_import(*import, ctx); };
    });
}

} // namespace scr::cli
