#include "case/yaml_block_scalars.h"

#include <cctype>
#include <cstdint>

namespace scr::yaml_block {
namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

void not_mine() {
    throw NotMine{};
}

bool space_only(std::string_view s) {
    return s.find_first_not_of(' ') == std::string_view::npos;
}

bool blank_or_comment(std::string_view s) {
    const std::size_t first = s.find_first_not_of(' ');
    return first == std::string_view::npos || (first > 0 && s[first] == '#');
}

bool null_word(std::string_view s) {
    return s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// Printable ASCII, or well-formed UTF-8 without the characters YAML 1.1 reads as line breaks or
// byte-order marks (NEL, LS, PS, BOM) or C1 controls; no tab, no carriage return.
bool plain_text(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n' || (c >= 0x20 && c < 0x7f)) {
            ++i;
            continue;
        }
        int len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1Fu;
        else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0Fu;
        else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07u;
        else return false;
        if (i + static_cast<std::size_t>(len) > text.size()) return false;
        for (int k = 1; k < len; ++k) {
            const auto d = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3Fu);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) ||
                              (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp <= 0x9F ||
            cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF)
            return false;
        i += static_cast<std::size_t>(len);
    }
    return true;
}

// A mapping key scr would write: a plain name, which yaml-cpp reads as the same text.
std::size_t key_length(std::string_view s) {
    std::size_t i = 0;
    auto name_char = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == '-';
    };
    while (i < s.size() && name_char(s[i])) ++i;
    if (i == 0 || s[0] == '-' || null_word(s.substr(0, i))) return 0;
    if (i == s.size() || s[i] != ':' || (i + 1 < s.size() && s[i + 1] != ' ')) return 0;
    return i;
}

std::string double_quoted(std::string_view v) {
    std::string out;
    std::size_t i = 1;
    for (; i < v.size() && v[i] != '"'; ++i) {
        if (v[i] != '\\') {
            out += v[i];
            continue;
        }
        if (++i == v.size()) not_mine();
        switch (v[i]) {
        case '\\': out += '\\'; break;
        case '"': out += '"'; break;
        case '/': out += '/'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'u': {
            if (i + 4 >= v.size()) not_mine();
            std::uint32_t cp = 0;
            for (std::size_t k = 1; k <= 4; ++k) {
                const char h = v[i + k];
                const int digit = h >= '0' && h <= '9'   ? h - '0'
                                  : h >= 'a' && h <= 'f' ? h - 'a' + 10
                                  : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                         : -1;
                if (digit < 0) not_mine();
                cp = cp * 16 + static_cast<std::uint32_t>(digit);
            }
            const bool printable = (cp >= 0x20 && cp < 0x7F) || (cp >= 0xA0 && cp < 0xD800) ||
                                   (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF);
            if (!printable || cp == 0x2028 || cp == 0x2029) not_mine();
            append_utf8(out, cp);
            i += 4;
            break;
        }
        default: not_mine();
        }
    }
    if (i >= v.size() || !blank_or_comment(v.substr(i + 1))) not_mine();
    return out;
}

std::string single_quoted(std::string_view v) {
    std::string out;
    std::size_t i = 1;
    for (; i < v.size(); ++i) {
        if (v[i] != '\'') {
            out += v[i];
        } else if (i + 1 < v.size() && v[i + 1] == '\'') {
            out += '\'';
            ++i;
        } else {
            break;
        }
    }
    if (i >= v.size() || !blank_or_comment(v.substr(i + 1))) not_mine();
    return out;
}

// `[a, b]` of plain words (criteria, circumstances): nothing quoted, nested or spread over lines.
YAML::Node flow_list(std::string_view v) {
    const std::size_t close = v.find(']');
    if (close == std::string_view::npos || !blank_or_comment(v.substr(close + 1))) not_mine();
    v = v.substr(0, close + 1);
    std::string_view inner = v.substr(1, v.size() - 2);
    YAML::Node list(YAML::NodeType::Sequence);
    if (space_only(inner)) return list;
    while (true) {
        const std::size_t comma = inner.find(',');
        std::string_view item = inner.substr(0, comma);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (item.empty() || null_word(item) || !std::isalnum(static_cast<unsigned char>(item[0])))
            not_mine();
        for (char c : item)
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.' &&
                c != ' ')
                not_mine();
        list.push_back(std::string(item));
        if (comma == std::string_view::npos) return list;
        inner.remove_prefix(comma + 1);
    }
}

// A plain one-line scalar: no indicator first, no `: ` or ` #` inside, nothing after a colon.
YAML::Node plain(std::string_view v) {
    const std::string_view indicators = "&*!%@`{}>|#,[]?:\"'";
    if (indicators.find(v[0]) != std::string_view::npos) not_mine();
    if (v[0] == '-' && (v.size() == 1 || v[1] == ' ')) not_mine();
    v = v.substr(0, v.find(" #")); // a comment ends the line
    while (v.back() == ' ') v.remove_suffix(1);
    if (v.find(": ") != std::string_view::npos || v.back() == ':') not_mine();
    if (null_word(v)) return YAML::Node(YAML::NodeType::Null);
    return YAML::Node(std::string(v));
}

} // namespace scr::yaml_block
