// A report as a reader meets it: a title, a few facts, then sections of paragraphs, lists,
// tables and figures. Built once, rendered as Markdown or as one self-contained HTML page, so
// the two formats never say different things.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace scr {

/// A table cell: its text, and a style class for HTML (`status-overdue`), empty for none.
struct Cell {
    std::string text;
    std::string style;
    Cell(std::string t = {}, std::string s = {}) : text(std::move(t)), style(std::move(s)) {}
    Cell(const char* t) : text(t) {}
};

struct Paragraph {
    std::string text;
};
struct List {
    std::vector<std::string> items;
    bool numbered = false;
};
struct Grid {
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows;
};
/// Pairs shown as "key: value" lines.
struct Facts {
    std::vector<std::pair<std::string, std::string>> items;
};
/// An inline SVG with its caption; Markdown shows the caption only.
struct Figure {
    std::string svg, caption;
};

using Block = std::variant<Paragraph, List, Grid, Facts, Figure>;

struct Section {
    std::string title;
    std::vector<Block> blocks;
};

struct Document {
    std::string title;
    Facts facts;
    std::string banner; // shown above everything (e.g. "Redacted"), empty for none
    std::vector<Section> sections;
};

/// The document as GitHub-flavoured Markdown.
std::string render_markdown(const Document& doc);

/// The document as one self-contained HTML page (inline CSS and SVG, nothing fetched).
std::string render_html(const Document& doc);

} // namespace scr
