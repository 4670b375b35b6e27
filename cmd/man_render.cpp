#include "man_render.h"

#include "child_process.h"

#include <algorithm>
#include <csignal>
#include <string>
#include <vector>

extern char** environ;

namespace scr::cli {
namespace {

// The user's environment without a pager and without formatting kept for a terminal.
std::vector<char*> plain_environment(std::vector<std::string>& storage) {
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string_view v(*e);
        if (!v.starts_with("MANPAGER=") && !v.starts_with("PAGER=") &&
            !v.starts_with("MAN_KEEP_FORMATTING="))
            storage.emplace_back(v);
    }
    storage.emplace_back("MANPAGER=cat");
    storage.emplace_back("PAGER=cat");
    std::vector<char*> env;
    for (std::string& s : storage)
        env.push_back(s.data());
    env.push_back(nullptr);
    return env;
}

// The index of the last byte of the escape sequence at `at`: CSI (ESC [ ... final byte), OSC
// (ESC ] ... BEL or ESC \, as grotty writes links), else ESC and one byte.
std::size_t skip_escape(std::string_view s, std::size_t at) {
    if (at + 1 >= s.size()) return at;
    std::size_t i = at + 2;
    if (s[at + 1] == '[') {
        while (i < s.size() && (s[i] < 0x40 || s[i] > 0x7e))
            ++i;
        return std::min(i, s.size() - 1);
    }
    if (s[at + 1] == ']') {
        for (; i < s.size(); ++i) {
            if (s[i] == '\a') return i;
            if (s[i] == '\x1b' && i + 1 < s.size() && s[i + 1] == '\\') return i + 1;
        }
        return s.size() - 1;
    }
    return at + 1;
}

} // namespace

ManResult page_man_source(std::string_view source) {
    // Like system(3): Ctrl-C in the pager belongs to the pager, not to scr waiting for it.
    const IgnoredSignals waiting{SIGINT, SIGQUIT};
    for (const Argv& argv : {Argv{"man", "-l", "-"}, Argv{"mandoc", "-a"}}) {
        // Once a formatter has run, its status stands: the page may already be on the screen.
        const Ran r = run_program(argv, source, environ, nullptr);
        if (r != Ran::not_started) return r == Ran::ok ? ManResult::shown : ManResult::failed;
    }
    return ManResult::no_formatter;
}

ManResult render_man_plain(std::string_view source, std::string& text) {
    std::vector<std::string> storage;
    std::vector<char*> env = plain_environment(storage);
    bool started = false;
    // mandoc first: it is the reference formatter for mdoc and needs no groff.
    for (const Argv& argv : {Argv{"mandoc", "-T", "locale"}, Argv{"man", "-l", "-"}}) {
        std::string out;
        const Ran r = run_program(argv, source, env.data(), &out);
        if (r == Ran::ok && !out.empty()) {
            text = plain_text(out);
            return ManResult::shown;
        }
        started = started || r != Ran::not_started;
    }
    return started ? ManResult::failed : ManResult::no_formatter;
}

std::string plain_text(std::string_view formatted) {
    std::string out;
    out.reserve(formatted.size());
    for (std::size_t i = 0; i < formatted.size(); ++i) {
        const char c = formatted[i];
        if (c == '\b') {
            // What follows overstrikes the character before, however many UTF-8 bytes it took.
            while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
                out.pop_back();
            if (!out.empty()) out.pop_back();
        } else if (c == '\x1b') {
            i = skip_escape(formatted, i);
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace scr::cli
