#include "core/text.h"

#include <fmt/format.h>

namespace scr {
namespace {

// Length of the UTF-8 sequence starting at s[i], or 0 when it is malformed.
std::size_t sequence_length(std::string_view s, std::size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    std::size_t n = b < 0x80           ? 1
                    : (b >> 5) == 0x6  ? 2
                    : (b >> 4) == 0xE  ? 3
                    : (b >> 3) == 0x1E ? 4
                                       : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    if (n == 2 && b < 0xC2) return 0; // overlong
    return n;
}

// Valid UTF-8 without control characters; newlines and tabs only when allowed.
bool is_clean_text(std::string_view s, bool allow_newlines) {
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t n = sequence_length(s, i);
        if (n == 0) return false;
        const auto b = static_cast<unsigned char>(s[i]);
        const bool layout = allow_newlines && (b == '\n' || b == '\t');
        if (n == 1 && !layout && (b < 0x20 || b == 0x7f)) return false;
        if (n == 2 && b == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) return false; // C1
        // U+2028 and U+2029 are line breaks to YAML 1.1 readers and to JavaScript.
        if (n == 3 && b == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9))
            return false;
        i += n;
    }
    return true;
}

} // namespace

bool is_single_line_text(std::string_view s) {
    return is_clean_text(s, false);
}

bool is_multiline_text(std::string_view s) {
    return is_clean_text(s, true);
}

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

std::vector<std::string> split_trimmed(std::string_view s, char sep) {
    std::vector<std::string> out;
    for (std::size_t start = 0;;) {
        const std::size_t at = s.find(sep, start);
        out.push_back(trim(s.substr(start, at == std::string_view::npos ? s.npos : at - start)));
        if (at == std::string_view::npos) return out;
        start = at + 1;
    }
}

std::string excerpt(std::string_view s, std::size_t max) {
    std::string out;
    std::size_t shown = 0, i = 0;
    for (; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        const bool starts_char = (b & 0xC0) != 0x80;
        if (starts_char && shown == max) break;
        if (starts_char) ++shown;
        if (b < 0x20 || b == 0x7f)
            out += fmt::format("\\x{:02x}", b);
        else
            out += s[i];
    }
    if (i < s.size()) out += "…";
    return out;
}

} // namespace scr
