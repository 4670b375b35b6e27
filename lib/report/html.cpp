// The HTML shell of `scr report`. Reports hold case data, so the page loads nothing from
// anywhere (no fonts, scripts or links, and a Content-Security-Policy to keep it so), and status
// is shown by weight, style and borders as well as colour because reports are printed in black
// and white.
#include "report/html.h"

namespace scr {
namespace {

constexpr std::string_view stylesheet =
    R"css(:root { color-scheme: light; --ink: #1a202c; --muted: #4a5568; --line: #cbd5e0;
  --met: #276749; --late: #c53030; --today: #b7791f; --grey: #718096; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 70rem; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 1rem/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
  "Noto Sans", "Liberation Sans", sans-serif; }
h1 { font-size: 1.6em; margin: 0 0 0.75rem; }
h2 { font-size: 1.25em; margin: 1.75rem 0 0.5rem; padding-bottom: 0.2rem;
  border-bottom: 1px solid var(--line); }
section { margin: 0 0 1.5rem; }
.muted { color: var(--muted); }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0 0 1rem; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.redacted { margin: 0 0 1rem; padding: 0.5rem 0.75rem; border: 2px solid var(--ink);
  background: #fffbea; font-weight: 700; }
table.data { width: 100%; margin: 0.5rem 0 1rem; border-collapse: collapse; font-size: 0.85em; }
table.data caption { padding: 0.25rem 0; text-align: left; font-weight: 600; }
table.data th, table.data td { padding: 0.25rem 0.4rem; border: 1px solid var(--line);
  text-align: left; vertical-align: top; white-space: pre-line; }
table.data .nowrap { white-space: nowrap; }
table.data thead th { background: #edf2f7; border-bottom: 2px solid var(--ink); }
table.data tbody tr:nth-child(even) { background: #f7fafc; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; }
.status-met { color: var(--met); }
.status-missed { color: var(--late); font-weight: 700; text-decoration: underline double; }
.status-overdue { color: var(--late); font-weight: 700; }
.status-due-today { color: var(--today); font-weight: 700; font-style: italic; }
.status-pending { color: var(--ink); }
.status-not-required { color: var(--grey); font-style: italic; }
tr.status-missed > :first-child { border-left: 4px double var(--late); }
tr.status-overdue > :first-child { border-left: 4px solid var(--late); }
tr.status-due-today > :first-child { border-left: 4px dashed var(--today); }
tr.status-missed { text-decoration: none; } /* a whole row underlined is noise: the border says it */
figure.chart { margin: 1rem 0; }
figure.chart svg { display: block; width: 100%; height: auto; }
figure.chart figcaption { margin-top: 0.35rem; color: var(--muted); font-size: 0.9em; }
@page { size: A4; margin: 15mm 12mm 18mm; }
@media print {
  html, body { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  h1 + *, h2 + *, h3 + * { break-before: avoid; page-break-before: avoid; }
  tr, figure, .meta, .redacted { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  table.data { font-size: 9pt; }
  p { orphans: 3; widows: 3; }
}
)css";

} // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string html_document(std::string_view title, std::string_view body_html) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"generator\" content=\"scr\">\n"
                      "<meta name=\"referrer\" content=\"no-referrer\">\n"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                      "style-src 'unsafe-inline'; img-src data:\">\n<title>";
    out += html_escape(title);
    out += "</title>\n<style>\n";
    out += stylesheet;
    out += "</style>\n</head>\n<body>\n";
    out += body_html;
    if (!body_html.empty() && body_html.back() != '\n') out += '\n';
    out += "</body>\n</html>\n";
    return out;
}

} // namespace scr
