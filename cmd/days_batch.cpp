#include "days_batch.h"

#include "calendar/period.h"

#include <istream>
#include <ostream>
#include <vector>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>
#include <unistd.h>

namespace scr::cli {

namespace {

// Answers one "DATE N[unit]" line of a batch.
Result<Date> answer_line(std::string_view line, const Calendar& cal, const Result<Date>& today) {
    const auto sep = line.find_first_of(" \t");
    if (sep == std::string_view::npos)
        return bad_input("line", "expected DATE and COUNT separated by a space",
                         "e.g. 2026-11-20 5");
    const std::string_view date_text = line.substr(0, sep);
    std::string_view count_text = line.substr(sep);
    count_text.remove_prefix(std::min(count_text.find_first_not_of(" \t"), count_text.size()));
    const auto end = count_text.find_first_of(" \t");
    if (end != std::string_view::npos &&
        count_text.find_first_not_of(" \t", end) != std::string_view::npos)
        return bad_input("line", "expected only DATE and COUNT", "e.g. 2026-11-20 5");
    count_text = count_text.substr(0, end);
    auto d = resolve_date(date_text, today, cal, "DATE");
    if (!d) return d.error();
    auto p = parse_period(count_text, "COUNT");
    if (!p) return p.error();
    return apply_period(*d, *p, cal, "COUNT");
}

// Reads what is available now (read(2) returns early on a pipe), or fills from a stream.
long read_some(const Io& io, char* buf, std::size_t size) {
    if (io.in_fd < 0)
        return static_cast<long>(io.in.rdbuf()->sgetn(buf, static_cast<std::streamsize>(size)));
    for (;;) {
        const ssize_t n = ::read(io.in_fd, buf, size);
        if (n >= 0 || errno != EINTR) return static_cast<long>(n);
    }
}

} // namespace

constexpr std::size_t max_line = 4096;

// Streams answers so a million-line batch never sits in memory and output starts at once.
int stream_add(const Calendar& cal, Context& ctx) {
    std::string out, pending;
    out.reserve(1 << 16);
    std::vector<char> buf(1 << 16);
    long line_no = 0;
    auto flush = [&] {
        ctx.io.out.write(out.data(), static_cast<std::streamsize>(out.size()));
        out.clear();
    };
    auto handle = [&](std::string_view line) -> bool {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.size() > max_line) {
            flush();
            report(ctx.io, Error{Diagnostic{"<stdin>", static_cast<int>(line_no), 0, "line",
                                            fmt::format("longer than {} bytes", max_line), ""},
                                 Failure::bad_input});
            return false;
        }
        if (line.empty()) {
            out += '\n';
            return true;
        }
        auto r = answer_line(line, cal, ctx.today);
        if (!r) {
            flush();
            Error e = r.error();
            e.diag.file = "<stdin>";
            e.diag.line = static_cast<int>(line_no);
            report(ctx.io, e);
            return false;
        }
        const std::size_t at = out.size();
        out.resize(at + 11);
        format_iso_into(*r, out.data() + at);
        out[at + 10] = '\n';
        if (out.size() > (1 << 16) - 16) flush();
        return true;
    };
    for (;;) {
        const long n = read_some(ctx.io, buf.data(), buf.size());
        if (n < 0) {
            flush();
            const Failure kind = errno == EISDIR ? Failure::bad_input : Failure::environment;
            return report(ctx.io,
                          Error{Diagnostic{"<stdin>", 0, 0, "",
                                           fmt::format("cannot read: {}", std::strerror(errno)),
                                           "give the batch as a file or a pipe"},
                                kind});
        }
        if (n == 0) break;
        std::string_view chunk(buf.data(), static_cast<std::size_t>(n));
        for (auto nl = chunk.find('\n'); nl != std::string_view::npos; nl = chunk.find('\n')) {
            bool ok_line;
            if (pending.empty()) {
                ok_line = handle(chunk.substr(0, nl));
            } else {
                pending.append(chunk.substr(0, nl));
                ok_line = handle(pending);
                pending.clear();
            }
            if (!ok_line) return exit_usage;
            chunk.remove_prefix(nl + 1);
        }
        if (pending.size() + chunk.size() > max_line) {
            flush();
            return report(ctx.io,
                          Error{Diagnostic{"<stdin>", static_cast<int>(line_no + 1), 0, "line",
                                           fmt::format("longer than {} bytes", max_line), ""},
                                Failure::bad_input});
        }
        pending.append(chunk);
        // Answer what has arrived before waiting for more: a coprocess asking one line at a
        // time gets its answer at once.
        flush();
        ctx.io.out.flush();
        if (!ctx.io.out) return exit_env; // the edge says why; no point reading further
    }
    if (!pending.empty() && !handle(pending)) return exit_usage;
    flush();
    ctx.io.out.flush();
    return exit_ok;
}

} // namespace scr::cli
