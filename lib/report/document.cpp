#include "report/document.h"

#include "report/html.h"

#include <fmt/format.h>

#include <algorithm>

namespace scr {
namespace {

// Markdown table cells are one line, and a bare `|` would end the cell.
std::string md_cell(const std::string& text) {
    std::string out;
    for (char ch : text) {
        if (ch == '|')
            out += "\\|";
        else if (ch == '\n')
            out += "<br>";
        else if (ch == '<')
            out += "&lt;";
        else
            out += ch;
    }
    return out.empty() ? " " : out;
}

struct MarkdownBlock {
    std::string& out;
    void operator()(const Paragraph& p) const { out += p.text + "\n\n"; }
    void operator()(const List& l) const {
        for (std::size_t i = 0; i < l.items.size(); ++i)
            out += (l.numbered ? fmt::format("{}. ", i + 1) : "- ") + l.items[i] + "\n";
        out += "\n";
    }
    void operator()(const Grid& t) const {
        out += "|";
        for (const auto& h : t.header)
            out += " " + md_cell(h) + " |";
        out += "\n|";
        for (std::size_t i = 0; i < t.header.size(); ++i)
            out += " --- |";
        out += "\n";
        for (const auto& row : t.rows) {
            out += "|";
            for (const Cell& c : row)
                out += " " + md_cell(c.text) + " |";
            out += "\n";
        }
        out += "\n";
    }
    void operator()(const Facts& f) const {
        for (const auto& [k, v] : f.items)
            out += fmt::format("- **{}:** {}\n", k, v);
        out += "\n";
    }
    void operator()(const Figure& f) const {
        out += fmt::format("*{} (a picture in the HTML report)*\n\n", f.caption);
    }
};

// Dates and case IDs ("2026-09-11", "2026-001") must not break at their hyphens.
bool unbreakable(const std::string& text) {
    if (text.size() < 8 || text.size() > 10 || text[4] != '-') return false;
    return std::all_of(text.begin(), text.end(),
                       [](char ch) { return (ch >= '0' && ch <= '9') || ch == '-'; });
}

std::string join_style(const std::string& a, const std::string& b) {
    return a.empty() ? b : a + " " + b;
}

struct HtmlBlock {
    std::string& out;
    void operator()(const Paragraph& p) const { out += "<p>" + html_escape(p.text) + "</p>\n"; }
    void operator()(const List& l) const {
        out += l.numbered ? "<ol>\n" : "<ul>\n";
        for (const auto& item : l.items)
            out += "<li>" + html_escape(item) + "</li>\n";
        out += l.numbered ? "</ol>\n" : "</ul>\n";
    }
    void operator()(const Grid& t) const {
        out += "<table class=\"data\">\n<thead><tr>";
        for (const auto& h : t.header)
            out += "<th scope=\"col\">" + html_escape(h) + "</th>";
        out += "</tr></thead>\n<tbody>\n";
        for (const auto& row : t.rows) {
            out += "<tr>";
            for (const Cell& c : row) {
                const std::string style =
                    unbreakable(c.text) ? join_style(c.style, "nowrap") : c.style;
                out += (style.empty() ? "<td>" : "<td class=\"" + html_escape(style) + "\">") +
                       html_escape(c.text) + "</td>";
            }
            out += "</tr>\n";
        }
        out += "</tbody>\n</table>\n";
    }
    void operator()(const Facts& f) const {
        out += "<dl class=\"meta\">\n";
        for (const auto& [k, v] : f.items)
            out += "<dt>" + html_escape(k) + "</dt><dd>" + html_escape(v) + "</dd>\n";
        out += "</dl>\n";
    }
    void operator()(const Figure& f) const {
        out += "<figure class=\"chart\">\n" + f.svg + "\n<figcaption>" + html_escape(f.caption) +
               "</figcaption>\n</figure>\n";
    }
};

} // namespace

std::string render_markdown(const Document& doc) {
    std::string out = "# " + doc.title + "\n\n";
    if (!doc.banner.empty()) out += "> **" + doc.banner + "**\n\n";
    MarkdownBlock{out}(doc.facts);
    for (const Section& s : doc.sections) {
        out += "## " + s.title + "\n\n";
        for (const Block& b : s.blocks)
            std::visit(MarkdownBlock{out}, b);
    }
    while (out.size() > 1 && out[out.size() - 2] == '\n')
        out.pop_back();
    return out;
}

std::string render_html(const Document& doc) {
    std::string body = "<h1>" + html_escape(doc.title) + "</h1>\n";
    if (!doc.banner.empty()) body += "<p class=\"redacted\">" + html_escape(doc.banner) + "</p>\n";
    HtmlBlock{body}(doc.facts);
    for (const Section& s : doc.sections) {
        body += "<section>\n<h2>" + html_escape(s.title) + "</h2>\n";
        for (const Block& b : s.blocks)
            std::visit(HtmlBlock{body}, b);
        body += "</section>\n";
    }
    return html_document(doc.title, body);
}

} // namespace scr
