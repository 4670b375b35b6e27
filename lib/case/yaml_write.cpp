#include "case/yaml_write.h"

#include "core/text.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace scr {
namespace {

bool is_reserved_word(std::string_view s) {
    // YAML 1.1 booleans and nulls (PyYAML still reads these), plus the merge and value keys.
    static constexpr std::array<std::string_view, 13> words = {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "<<", "=", ".nan"};
    std::string lower(s);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == ".inf" || lower == "+.inf" || lower == "-.inf") return true;
    return std::find(words.begin(), words.end(), lower) != words.end();
}

// Anything a reader might take for a number, date or time: 012, 1e3, 0x1F, 1_000, 2026-11-20,
// 12:30. Over-quoting a string is harmless; under-quoting changes its type.
bool looks_numeric(std::string_view s) {
    std::size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    if (i < s.size() && s[i] == '.') ++i;
    if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return std::isxdigit(static_cast<unsigned char>(c)) || std::string_view("xXoO_.:+-").find(c) != std::string_view::npos;
    });
}

std::string double_quoted(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') out += {'\\', c};
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (b < 0x20 || b == 0x7f) out += fmt::format("\\x{:02x}", b);
        else out += c;
    }
    return out + "\"";
}

// A literal block keeps text exactly when its first line has no leading blank and the text
// holds nothing but printable characters, tabs and newlines.
bool fits_literal_block(std::string_view s) {
    return s.find('\n') != std::string_view::npos && is_multiline_text(s) && s.front() != ' ' &&
           s.front() != '\t' && s.front() != '\n' && s.find('\r') == std::string_view::npos;
}

} // namespace

bool needs_quotes(std::string_view s) {
    if (s.empty() || !is_single_line_text(s)) return true;
    if (s.front() == ' ' || s.back() == ' ') return true;
    if (std::string_view("-?:,[]{}#&*!|>'\"%@`").find(s.front()) != std::string_view::npos)
        return true;
    if (s.find(": ") != std::string_view::npos || s.find(" #") != std::string_view::npos ||
        s.back() == ':')
        return true;
    return is_reserved_word(s) || looks_numeric(s);
}

std::string yaml_scalar(std::string_view s) {
    return needs_quotes(s) ? double_quoted(s) : std::string(s);
}

void YamlWriter::indent_to(int indent) {
    if (m_pending_dash) {
        // The item's first key sits on the dash's line.
        m_out.append(static_cast<std::size_t>(2 * (indent - 1)), ' ');
        m_out += "- ";
        m_pending_dash = false;
    } else {
        m_out.append(static_cast<std::size_t>(2 * indent), ' ');
    }
}

void YamlWriter::value(int indent, std::string_view v) {
    if (!fits_literal_block(v)) {
        m_out += yaml_scalar(v) + "\n";
        return;
    }
    std::size_t trailing = 0;
    while (trailing < v.size() && v[v.size() - 1 - trailing] == '\n') ++trailing;
    m_out += trailing == 0 ? "|-\n" : trailing == 1 ? "|\n" : "|+\n";
    std::string_view body = v.substr(0, v.size() - trailing);
    const std::string pad(static_cast<std::size_t>(2 * (indent + 1)), ' ');
    for (std::size_t start = 0;;) {
        const std::size_t nl = body.find('\n', start);
        const std::string_view line = body.substr(start, nl == std::string_view::npos ? body.npos : nl - start);
        m_out += line.empty() ? "\n" : pad + std::string(line) + "\n";
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    for (std::size_t k = 1; k < trailing; ++k) m_out += "\n";
}

void YamlWriter::field(int indent, std::string_view key, std::string_view v) {
    indent_to(indent);
    m_out += std::string(key) + ": ";
    value(indent, v);
}

void YamlWriter::word(int indent, std::string_view key, std::string_view v) {
    indent_to(indent);
    m_out += std::string(key) + ": " + std::string(v) + "\n";
}

void YamlWriter::open(int indent, std::string_view key) {
    indent_to(indent);
    m_out += std::string(key) + ":\n";
}

void YamlWriter::flow_list(int indent, std::string_view key, const std::vector<std::string>& items) {
    indent_to(indent);
    m_out += std::string(key) + ": [";
    for (std::size_t i = 0; i < items.size(); ++i)
        m_out += (i ? ", " : "") + (items[i].find_first_of(",[]{}") == std::string::npos
                                        ? yaml_scalar(items[i])
                                        : double_quoted(items[i]));
    m_out += "]\n";
}

void YamlWriter::item_start(int indent) {
    (void)indent;
    m_pending_dash = true;
}

void YamlWriter::item(int indent, std::string_view v) {
    indent_to(indent);
    m_out += "- ";
    value(indent, v);
}

void YamlWriter::raw(std::string_view line) {
    m_out += std::string(line) + "\n";
}

} // namespace scr
