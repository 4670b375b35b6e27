// Plain renderers shared by every listing: aligned text tables and RFC 4180 CSV.
#pragma once

#include <string>
#include <vector>

namespace scr {

/// Rows of cells under a header, the common shape of every tabular output.
struct Table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

/// Whether to emphasise the header with ANSI bold (only when the caller decided colour is on).
enum class Emphasis { none, ansi };

/// Renders a table with columns padded to their widest cell (UTF-8 aware), one row a line.
std::string render_table(const Table& table, Emphasis emphasis);

/// Renders a table as RFC 4180 CSV: header first, CRLF after each record, quoting only where needed.
std::string render_csv(const Table& table);

} // namespace scr
