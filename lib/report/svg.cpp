// What both report figures share: the SVG shell, escaping that keeps the XML well-formed whatever
// a label holds, content-derived ids, label measuring and the short date words on axes.
#include "report/svg.h"

#include "report/html.h"

#include <fmt/format.h>

#include <array>
#include <cstdint>

namespace scr::svg_detail {
namespace {

constexpr std::string_view font = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

constexpr std::array<std::string_view, 12> months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// The length of the valid UTF-8 character XML allows at `s[i]`, or 0 when there is none there:
// bad bytes, overlong forms, surrogates, U+FFFE/U+FFFF and C0 controls other than tab and
// newlines would each make the whole SVG unparseable.
std::size_t xml_char_length(std::string_view s, std::size_t i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    if (lead < 0x80) return (lead >= 0x20 || lead == '\t' || lead == '\n' || lead == '\r') ? 1 : 0;
    const std::size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    std::uint32_t cp = lead & (0x7Fu >> len);
    for (std::size_t k = 1; k < len; ++k) {
        const auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (c & 0x3Fu);
    }
    constexpr std::array<std::uint32_t, 5> least = {0, 0, 0x80, 0x800, 0x10000};
    const bool ok = cp >= least[len] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF) &&
                    cp != 0xFFFE && cp != 0xFFFF;
    return ok ? len : 0;
}

} // namespace

std::string text(std::string_view s) {
    std::string clean;
    clean.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = xml_char_length(s, i);
        clean.append(len ? s.substr(i, len) : replacement);
        i += len ? len : 1;
    }
    return html_escape(clean);
}

std::string make_id(std::string_view kind, std::string_view content) {
    std::uint64_t hash = 0xcbf29ce484222325ull; // FNV-1a: stable across runs and platforms
    for (char c : content)
        hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
    return fmt::format("scr-{}-{:012x}", kind, hash & 0xFFFFFFFFFFFFull);
}

std::string open(std::string_view id, int height, std::string_view title, std::string_view desc) {
    return fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" "
        "height=\"{1}\" role=\"img\" aria-labelledby=\"{2}-title\" aria-describedby=\"{2}-desc\" "
        "font-family=\"{3}\" font-size=\"11\" fill=\"{4}\">\n"
        "<title id=\"{2}-title\">{5}</title>\n<desc id=\"{2}-desc\">{6}</desc>\n"
        "<defs><pattern id=\"{2}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"{7}\"/>"
        "<rect width=\"2.5\" height=\"6\" fill=\"#fff\"/></pattern></defs>\n",
        width, height, id, font, ink, text(title), text(desc), red);
}

std::string nothing(std::string_view id, std::string_view title, std::string_view desc) {
    return open(id, 60, title, desc) +
           fmt::format("<text x=\"{}\" y=\"35\" text-anchor=\"middle\" font-size=\"14\" "
                       "fill=\"{}\">Nothing to show</text>\n</svg>\n",
                       width / 2, muted);
}

std::string legend(double x, double y,
                   const std::vector<std::pair<std::string, std::string_view>>& entries) {
    std::string out = "<g class=\"legend\">";
    for (const auto& [paint, words] : entries) {
        if (paint.empty())
            out += fmt::format("<path d=\"M{},{} l5,5 l-5,5 l-5,-5 z\" fill=\"{}\"/>", px(x + 7),
                               px(y - 9), ink);
        else
            out += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"10\" {}/>", px(x),
                               px(y - 9), paint);
        out += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>", px(x + 18), px(y), text(words));
        x += 18 + text_width(words) + 16;
    }
    return out + "</g>\n";
}

std::string px(double v) {
    return fmt::format("{:.1f}", v);
}

double text_width(std::string_view s) {
    double w = 0;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if ((u & 0xC0) == 0x80) continue;
        w += u >= 0xE3 ? 11.0 : 6.2; // CJK, Hangul and emoji run about full-em wide
    }
    return w;
}

std::string clip(std::string_view s, std::size_t max_chars) {
    std::size_t count = 0;
    std::size_t cut = s.size();
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (count + 1 == max_chars) cut = i; // room for the ellipsis
        ++count;
    }
    if (count <= max_chars) return std::string(s);
    return std::string(s.substr(0, cut)) + "\xE2\x80\xA6"; // "…"
}

std::string day_month(Date d) {
    const date::year_month_day ymd{d};
    return fmt::format("{} {}", static_cast<unsigned>(ymd.day()),
                       months[static_cast<unsigned>(ymd.month()) - 1]);
}

std::string month_name(Date d, bool with_year) {
    const date::year_month_day ymd{d};
    const std::string_view name = months[static_cast<unsigned>(ymd.month()) - 1];
    return with_year ? fmt::format("{} {}", name, static_cast<int>(ymd.year())) : std::string(name);
}

Date monday_of(Date d) {
    return d - (date::weekday{d} - date::Monday);
}

} // namespace scr::svg_detail
