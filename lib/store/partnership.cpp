#include "store/partnership.h"

#include "store/lock.h"
#include "case/case_id.h"
#include "case/event_types.h"
#include "case/yaml_read.h"
#include "case/yaml_write.h"
#include "store/schema_files.h"

#include <fmt/format.h>

namespace scr {
namespace {

constexpr std::size_t max_config_bytes = 1 << 20;
constexpr std::size_t max_holidays_bytes = 8 << 20;
constexpr long max_closure_days = 366;
constexpr std::size_t max_closures = 500;

Result<Closure> parse_closure(const YamlContext& ctx, const YAML::Node& node,
                              const std::string& where) {
    if (!node.IsMap())
        return yaml_error(ctx, node, where, "expected date: or from:/to: with a reason:",
                          "e.g. {from: 2026-12-29, to: 2026-12-31, reason: Offices closed}");
    Closure c;
    bool has_date = false, has_from = false, has_to = false;
    auto st =
        for_each_key(ctx, node, where, [&](const std::string& key, const YAML::Node& v) -> Status {
            const std::string field = where + "." + key;
            if (key == "date" || key == "from" || key == "to") {
                auto d = read_date(ctx, v, field);
                if (!d) return d.error();
                if (key != "to") c.from = *d;
                if (key != "from") c.to = *d;
                (key == "date" ? has_date : key == "from" ? has_from : has_to) = true;
            } else if (key == "reason") {
                auto r = read_string(ctx, v, field);
                if (!r) return r.error();
                c.reason = *r;
            } else {
                return yaml_error(ctx, v, field, fmt::format("unknown key '{}'", key),
                                  "closures take date, from, to and reason");
            }
            return ok();
        });
    if (!st) return st.error();
    if (has_date == (has_from || has_to) || has_from != has_to)
        return yaml_error(ctx, node, where, "give either date: or both from: and to:");
    if (c.to < c.from) return yaml_error(ctx, node, where + ".to", "is before from");
    if ((c.to - c.from).count() > max_closure_days)
        return yaml_error(ctx, node, where,
                          fmt::format("spans more than {} days", max_closure_days),
                          "list each closure separately");
    if (c.reason.empty()) c.reason = "office closed";
    return c;
}

// Adds the lines a file lacks, keeping whatever the user already wrote there; true when it did.
Result<bool> ensure_lines(const fs::path& path, std::initializer_list<const char*> lines) {
    std::string text;
    std::error_code ec;
    if (fs::exists(path, ec)) {
        auto old = read_file(path, max_config_bytes);
        if (!old) return old.error();
        text = std::move(*old);
    }
    const std::string before = text;
    for (const char* line : lines) {
        if (text.find(line) != std::string::npos) continue;
        if (!text.empty() && text.back() != '\n') text += '\n';
        text += std::string(line) + "\n";
    }
    if (text == before) return false;
    if (auto st = write_file_atomic(path, text); !st) return st.error();
    return true;
}

} // namespace

std::optional<fs::path> find_partnership_root(const fs::path& start) {
    std::error_code ec;
    fs::path dir = fs::absolute(start, ec);
    if (ec) return std::nullopt;
    for (;;) {
        if (fs::is_regular_file(dir / config_file_name, ec)) return dir;
        if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
        dir = dir.parent_path();
    }
}

namespace {

// The settings in a loaded scr.yaml, or its first problem.
Result<PartnershipConfig> config_from(const YAML::Node& doc, std::string_view file) {
    const YamlContext ctx{file};
    if (!doc.IsMap())
        return yaml_error(ctx, doc, "scr.yaml", "expected name:, division: and closures:",
                          "run scr init to write a fresh one");
    PartnershipConfig config;
    bool has_division = false;
    auto st =
        for_each_key(ctx, doc, "", [&](const std::string& key, const YAML::Node& v) -> Status {
            if (key == "name") {
                auto name = read_string(ctx, v, key);
                if (!name) return name.error();
                config.name = *name;
            } else if (key == "division") {
                auto d = v.IsScalar() ? parse_division(v.Scalar()) : std::nullopt;
                if (!d)
                    return yaml_error(ctx, v, key, "unknown division",
                                      "use england-and-wales, scotland or northern-ireland");
                config.division = *d;
                has_division = true;
            } else if (key == "id_prefix") {
                if (v.IsNull()) return ok();
                if (!v.IsScalar() || !valid_id_prefix(v.Scalar()))
                    return yaml_error(ctx, v, key, "must be an upper-case letter then up to 7 "
                                      "letters or digits", "e.g. id_prefix: TEES gives TEES-2026-001");
                config.id_prefix = v.Scalar();
            } else if (key == "profiles") {
                if (!v.IsSequence() || v.size() == 0 || v.size() > 20)
                    return yaml_error(ctx, v, key, "expected a list of 1 to 20 profile names",
                                      "e.g. profiles: [statutory]");
                config.profiles.clear();
                for (std::size_t i = 0; i < v.size(); ++i) {
                    const std::string field = fmt::format("profiles[{}]", i);
                    if (!v[i].IsScalar() || !valid_type_name(v[i].Scalar()))
                        return yaml_error(ctx, v[i], field, "is not a profile name",
                                          "lower-case words joined by -, e.g. statutory");
                    config.profiles.push_back(v[i].Scalar());
                }
            } else if (key == "rapid_review_from") {
                // 002 s4.2 counts the Rapid Review's 15 days from notification; some
                // partnerships start them when the local authority became aware.
                if (!v.IsScalar() || (v.Scalar() != "notified" && v.Scalar() != "aware"))
                    return yaml_error(ctx, v, key, "must be notified or aware",
                                      "the event that starts the Rapid Review's 15 working days");
                config.rapid_review_from = v.Scalar();
            } else if (key == "closures") {
                if (v.IsNull()) return ok();
                if (!v.IsSequence()) return yaml_error(ctx, v, key, "expected a list of closures");
                if (v.size() > max_closures)
                    return yaml_error(ctx, v, key,
                                      fmt::format("more than {} closures", max_closures));
                for (std::size_t i = 0; i < v.size(); ++i) {
                    auto c = parse_closure(ctx, v[i], fmt::format("closures[{}]", i));
                    if (!c) return c.error();
                    config.closures.push_back(*c);
                }
            } else {
                return yaml_error(ctx, v, key, fmt::format("unknown key '{}'", key),
                                  "scr.yaml takes name, division, id_prefix, profiles, rapid_review_from and closures");
            }
            return ok();
        });
    if (!st) return st.error();
    if (config.name.empty()) return yaml_error(ctx, doc, "name", "is missing");
    if (!has_division) return yaml_error(ctx, doc, "division", "is missing");
    return config;
}

} // namespace

Result<PartnershipConfig> parse_config(std::string_view text, std::string_view file) {
    // Read on every command: the fast reader keeps that off yaml-cpp.
    return decode_yaml(text, YamlContext{file},
                       [&](const YAML::Node& doc) { return config_from(doc, file); });
}

std::string format_config(const PartnershipConfig& config) {
    std::string out = std::string(config_schema_line) + "\n";
    out += "name: " + yaml_scalar(config.name) + "\n";
    out += fmt::format("division: {}\n", division_slug(config.division));
    if (!config.id_prefix.empty()) out += "id_prefix: " + config.id_prefix + "\n";
    out += "profiles:\n";
    for (const std::string& profile : config.profiles) out += "  - " + profile + "\n";
    if (config.rapid_review_from != "notified")
        out += "rapid_review_from: " + config.rapid_review_from + "\n";
    if (config.closures.empty()) {
        out += "closures: []\n";
        return out;
    }
    out += "closures:\n";
    for (const Closure& c : config.closures) {
        if (c.from == c.to)
            out += fmt::format("  - date: {}\n", format_iso(c.from));
        else
            out += fmt::format("  - from: {}\n    to: {}\n", format_iso(c.from), format_iso(c.to));
        out += "    reason: " + yaml_scalar(c.reason) + "\n";
    }
    return out;
}

Result<Partnership> open_partnership(const fs::path& root) {
    const fs::path config_path = root / config_file_name;
    auto text = read_file(config_path, max_config_bytes);
    if (!text) return text.error();
    auto config = parse_config(*text, config_path.string());
    if (!config) return config.error();
    Partnership p{root, std::move(*config), {}};
    const fs::path holidays_path = root / holidays_file_name;
    std::error_code ec;
    if (fs::exists(holidays_path, ec)) {
        auto json = read_file(holidays_path, max_holidays_bytes);
        if (!json) return json.error();
        auto official = parse_govuk_json(*json, holidays_path.string());
        if (!official) {
            Error e = official.error();
            e.diag.hint = "fix it, or delete it and run scr holidays import again";
            return e;
        }
        p.official = std::move(*official);
    }
    return p;
}

namespace {

Status refuse_existing(const fs::path& dir) {
    std::error_code ec;
    if (fs::exists(dir / config_file_name, ec))
        return Error{Diagnostic{(dir / config_file_name).string(), 0, 0, "",
                                "a partnership already exists here; nothing was changed",
                                "edit scr.yaml instead, or choose another directory"},
                     Failure::bad_input};
    return ok();
}

} // namespace

Status init_partnership(const fs::path& dir, const PartnershipConfig& config) {
    if (auto st = refuse_existing(dir); !st) return st;
    if (auto st = make_private_dir(dir); !st) return st;
    if (auto st = make_private_dir(dir / "cases"); !st) return st;
    // Under the lock, which also clears what an init killed half-way left; looked at again
    // there, as another init may have finished meanwhile.
    auto lock = WriteLock::acquire(dir);
    if (!lock) return lock.error();
    if (auto st = refuse_existing(dir); !st) return st;
    // Directories that already existed (a git checkout) become private too: they hold case data.
    for (const fs::path& d : {dir, dir / "cases"})
        if (auto st = make_dir_private(d); !st) return st;
    // Editors validate scr.yaml and case files against these copies (their first lines say so).
    if (auto st = make_private_dir(dir / "schemas"); !st) return st;
    for (const EmbeddedFile& f : schema_files())
        if (auto st = write_file_atomic(dir / "schemas" / std::string(f.name), std::string(f.content)); !st)
            return st;
    if (auto st = ensure_lines(dir / ".gitignore", {"/.scr/"}); !st) return st.error();
    if (auto st = ensure_lines(dir / ".gitattributes",
                               {"*.yaml text eol=lf", "*.json text eol=lf", merge_attribute_line});
        !st)
        return st.error();
    // scr.yaml last: until it exists, the directory is not a partnership and init can be rerun.
    return write_file_atomic(dir / config_file_name, format_config(config));
}

Result<bool> ensure_merge_attribute(const fs::path& root) {
    auto lock = WriteLock::acquire(root);
    if (!lock) return lock.error();
    return ensure_lines(root / ".gitattributes", {merge_attribute_line});
}

Status store_official_holidays(const fs::path& root, const OfficialHolidays& update) {
    auto lock = WriteLock::acquire(root);
    if (!lock) return lock.error();
    // Read again under the lock: another import may have landed since the partnership opened.
    const fs::path path = root / holidays_file_name;
    OfficialHolidays stored;
    std::error_code ec;
    if (fs::exists(path, ec)) {
        auto json = read_file(path, max_holidays_bytes);
        if (!json) return json.error();
        auto official = parse_govuk_json(*json, path.string());
        if (!official) return official.error();
        stored = std::move(*official);
    }
    return write_file_atomic(path, to_govuk_json(merge_official(std::move(stored), update)));
}

fs::path profile_path(const fs::path& root, std::string_view name) {
    return root / "profiles" / (std::string(name) + ".yaml");
}

Result<ProfileSet> load_profiles(const Partnership& p) {
    ProfileSet set;
    for (const std::string& name : p.config.profiles) {
        Profile profile;
        std::string shown = "(built-in statutory profile)";
        if (name == "statutory") {
            profile = statutory_profile();
        } else {
            const fs::path path = profile_path(p.root, name);
            shown = path.string();
            auto text = read_file(path, max_config_bytes, FileKind::regular);
            if (!text) {
                Error e = text.error();
                e.kind = Failure::bad_input;
                std::error_code ec;
                if (fs::exists(fs::symlink_status(path, ec)) || ec) return e; // there, but unusable
                e.diag.hint = fmt::format("scr.yaml lists profile '{}': put it in profiles/{}.yaml "
                                          "(examples/profiles/ has bury, kscp and tees)", name, name);
                return e;
            }
            auto parsed = parse_profile(*text, shown);
            if (!parsed) return parsed.error();
            profile = std::move(*parsed);
            if (profile.name != name)
                return Error{{shown, 0, 0, "name",
                              fmt::format("the profile is named '{}', not '{}'", profile.name, name),
                              "a profile's name must match its file name"},
                             Failure::bad_input};
        }
        if (const Status st = add_profile(set, std::move(profile), shown); !st) return st.error();
    }
    start_rapid_review_at(set, p.config.rapid_review_from);
    return set;
}

Calendar partnership_calendar(const Partnership& p, CalendarKind kind) {
    return Calendar(p.config.division, p.official, p.config.closures, kind);
}

} // namespace scr
