#include "context.h"
#include "git_run.h"

#include "core/text.h"
#include "store/fs.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <thread>
#include <ostream>

namespace scr::cli {
namespace {

Result<CalendarKind> parse_calendar_kind(const std::string& text) {
    if (text == "statutory") return CalendarKind::statutory;
    if (text == "local") return CalendarKind::local;
    return bad_input("--calendar", fmt::format("unknown calendar '{}'", text),
                     "use statutory (bank holidays only) or local (plus office closures)");
}

} // namespace

fs::path Context::base_dir() const {
    std::error_code ec;
    const fs::path cwd = fs::current_path(ec);
    if (globals.chdir.empty()) return cwd;
    return fs::path(globals.chdir).is_absolute() ? fs::path(globals.chdir) : cwd / globals.chdir;
}

Result<std::optional<Partnership>> Context::find_partnership() const {
    std::optional<fs::path> root;
    std::error_code ec;
    if (!globals.chdir.empty() && !fs::is_directory(base_dir(), ec))
        return bad_input("-C", fmt::format("'{}' is not a directory", globals.chdir));
    if (globals.chdir.empty() && !globals.scr_dir.empty()) {
        if (!fs::is_regular_file(fs::path(globals.scr_dir) / config_file_name, ec))
            return bad_input("SCR_DIR", fmt::format("'{}' holds no scr.yaml", globals.scr_dir),
                             "unset SCR_DIR or point it at a partnership directory");
        root = fs::path(globals.scr_dir);
    } else {
        root = find_partnership_root(base_dir());
    }
    if (!root) return std::optional<Partnership>{};
    auto p = open_partnership(*root);
    if (!p) return p.error();
    return std::optional<Partnership>(std::move(*p));
}

Result<Partnership> Context::require_partnership() const {
    auto p = find_partnership();
    if (!p) return p.error();
    if (!*p)
        return bad_input("",
                         fmt::format("not inside a partnership directory (looked for {} from {} "
                                     "up to /)",
                                     config_file_name, base_dir().string()),
                         "run scr init or pass -C DIR");
    return std::move(**p);
}

namespace {

// The cache is private to one build of scr: a rebuilt or upgraded binary (another size or
// modification time) decodes cases by its own rules, so it starts a cache of its own.
std::string build_identity() {
    std::string id = std::string("scr ") + SCR_VERSION;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (auto stamp = ec ? std::nullopt : file_stamp(self))
        id += fmt::format(" {} {} {}", stamp->size, stamp->mtime_ns, stamp->inode);
    return id;
}

} // namespace

LoadOptions Context::load_options() const {
    static const std::string build = build_identity();
    return LoadOptions{std::max(1u, std::thread::hardware_concurrency()),
                       globals.no_cache ? CacheUse::bypass : CacheUse::use, build, {}};
}

Result<Calendar> Context::calendar(const std::string& division,
                                   const std::string& kind_text) const {
    auto kind_result = parse_calendar_kind(kind_text);
    if (!kind_result) return kind_result.error();
    const CalendarKind kind = *kind_result;
    auto p = find_partnership();
    if (!p) return p.error();
    std::optional<Division> chosen;
    if (!division.empty()) {
        chosen = parse_division(division);
        if (!chosen)
            return bad_input("--division", fmt::format("unknown division '{}'", division),
                             "use england-and-wales, scotland or northern-ireland");
    }
    if (!*p) return Calendar(chosen.value_or(Division::england_and_wales), {}, {}, kind);
    const Partnership& part = **p;
    return Calendar(chosen.value_or(part.config.division), part.official, part.config.closures,
                    kind);
}

int report(const Io& io, const Error& error) {
    const Diagnostic& d = error.diag;
    std::string line;
    if (!d.file.empty()) {
        line = d.file;
        if (d.line > 0) line += fmt::format(":{}", d.line);
        if (d.line > 0 && d.col > 0) line += fmt::format(":{}", d.col);
        line += ": ";
    } else {
        line = "scr: ";
    }
    if (!d.field.empty()) line += d.field + ": ";
    line += d.message;
    if (!d.hint.empty()) line += "; " + d.hint;
    // One line whatever the input held: control characters from arguments are shown escaped.
    std::string safe;
    for (char c : line) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            safe += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
        else
            safe += c;
    }
    io.err << safe << '\n';
    return error.kind == Failure::environment ? exit_env : exit_usage;
}

Result<std::string> choose_format(const Context& ctx, const Formats& allowed) {
    const std::string& f = ctx.globals.format;
    if (f.empty()) return allowed.front();
    std::string list;
    for (const std::string& a : allowed) {
        if (f == a) return f;
        list += list.empty() ? a : fmt::format(", {}", a);
    }
    return bad_input("--format", fmt::format("this command cannot write '{}'", f),
                     "use one of: " + list);
}

// Who recorded it: git's user.name in the partnership, else the login name.
std::string default_author(const fs::path& root) {
    std::string name;
    if (auto git = run_git(root, {"config", "user.name"}); git && git->ok) name = git->out;
    while (!name.empty() && (name.back() == '\n' || name.back() == '\r'))
        name.pop_back();
    if (name.empty())
        if (const char* user = std::getenv("USER")) name = user;
    // Unusable (a control character, too long) means no author rather than a refused event.
    return name.size() <= 200 && is_single_line_text(name) ? name : std::string();
}

Status write_output(Context& ctx, const std::string& output, const std::string& text) {
    if (output.empty() || output == "-") {
        ctx.io.out << text;
        return ok();
    }
    const fs::path path =
        fs::path(output).is_absolute() ? fs::path(output) : ctx.base_dir() / output;
    return write_output_file(path, text);
}

} // namespace scr::cli
