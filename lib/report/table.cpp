#include "report/table.h"

#include <algorithm>

namespace scr {
namespace {

// Display width in code points: continuation bytes of UTF-8 take no column ("’" is one).
std::size_t width(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

void append_row(std::string& out, const std::vector<std::string>& cells,
                const std::vector<std::size_t>& widths) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        line += cells[i];
        if (i + 1 < cells.size()) line.append(widths[i] - width(cells[i]) + 2, ' ');
    }
    out += line + "\n";
}

} // namespace

std::string render_table(const Table& table, Emphasis emphasis) {
    std::vector<std::size_t> widths(table.header.size(), 0);
    for (std::size_t i = 0; i < table.header.size(); ++i)
        widths[i] = width(table.header[i]);
    for (const auto& row : table.rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], width(row[i]));
    std::string out;
    if (emphasis == Emphasis::ansi) out += "\x1b[1m";
    std::string header;
    append_row(header, table.header, widths);
    if (emphasis == Emphasis::ansi) header.insert(header.size() - 1, "\x1b[0m");
    out += header;
    for (const auto& row : table.rows)
        append_row(out, row, widths);
    return out;
}

std::string render_csv(const Table& table) {
    std::string out;
    auto line = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out += ',';
            out += csv_field(cells[i]);
        }
        out += "\r\n"; // RFC 4180 ends records with CRLF
    };
    line(table.header);
    for (const auto& row : table.rows)
        line(row);
    return out;
}

} // namespace scr
