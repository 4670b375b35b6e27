#include "report/redact_match.h"

#include <date/date.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace scr::redact_detail {
namespace {

// Multi-byte punctuation that ends a word: ‘ ’ “ ” – — and the no-break space.
bool punctuation_at(std::string_view s, std::size_t i) {
    const auto b = [&](std::size_t k) {
        return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u;
    };
    if (b(i) == 0xC2 && b(i + 1) == 0xA0) return true;
    return b(i) == 0xE2 && b(i + 1) == 0x80 &&
           (b(i + 2) == 0x93 || b(i + 2) == 0x94 || (b(i + 2) >= 0x98 && b(i + 2) <= 0x9D));
}

bool boundary_before(std::string_view s, std::size_t at) {
    if (at == 0) return true;
    const auto ch = static_cast<unsigned char>(s[at - 1]);
    if (ch < 0x80) return !std::isalnum(ch);
    return (at >= 3 && punctuation_at(s, at - 3)) || (at >= 2 && punctuation_at(s, at - 2));
}

bool boundary_after(std::string_view s, std::size_t end) {
    if (end >= s.size()) return true;
    const auto ch = static_cast<unsigned char>(s[end]);
    return ch < 0x80 ? !std::isalnum(ch) : punctuation_at(s, end);
}

bool word_edge(char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || (static_cast<unsigned char>(ch) & 0x80);
}

// Every whole-word match of `needle` (already folded) in `hay` (folded), left to right.
std::vector<std::size_t> find_words(const std::string& hay, const std::string& needle) {
    std::vector<std::size_t> at;
    for (std::size_t i = hay.find(needle); i != std::string::npos; i = hay.find(needle, i + 1)) {
        const bool start_ok = !word_edge(needle.front()) || boundary_before(hay, i);
        const bool end_ok = !word_edge(needle.back()) || boundary_after(hay, i + needle.size());
        if (start_ok && end_ok) {
            at.push_back(i);
            i += needle.size() - 1;
        }
    }
    return at;
}

} // namespace

std::string fold_case(std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto ch = static_cast<unsigned char>(out[i]);
        if (ch < 0x80) out[i] = static_cast<char>(std::tolower(ch));
        // U+00C0-U+00DE (not U+00D7): À..Þ to à..þ, the same length.
        else if (ch == 0xC3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97)
                out[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return out;
}

std::string replace_words(std::string text,
                          const std::vector<std::pair<std::string, std::string>>& what,
                          const std::vector<std::string>& protect) {
    // Protected phrases become placeholders no name can match, then come back at the end.
    std::vector<std::string> kept;
    for (const std::string& phrase : protect) {
        if (phrase.empty()) continue;
        const std::string needle = fold_case(phrase);
        std::vector<std::size_t> at = find_words(fold_case(text), needle);
        for (auto it = at.rbegin(); it != at.rend(); ++it) {
            kept.push_back(text.substr(*it, needle.size()));
            text.replace(*it, needle.size(), fmt::format("\x01{}\x02", kept.size() - 1));
        }
    }
    for (const auto& [word, label] : what) {
        if (word.empty()) continue;
        const std::string needle = fold_case(word);
        std::vector<std::size_t> at = find_words(fold_case(text), needle);
        for (auto it = at.rbegin(); it != at.rend(); ++it)
            text.replace(*it, needle.size(), label);
    }
    for (std::size_t i = kept.size(); i-- > 0;) {
        const std::string mark = fmt::format("\x01{}\x02", i);
        for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark))
            text.replace(at, mark.size(), kept[i]);
    }
    return text;
}

std::vector<std::string> date_spellings(Date day_of) {
    static const char* months[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
    const date::year_month_day d{day_of};
    const unsigned day = static_cast<unsigned>(d.day()), month = static_cast<unsigned>(d.month());
    const int year = static_cast<int>(d.year());
    const std::string full = months[month - 1], shortname = full.substr(0, 3);
    const char* suffix = (day % 10 == 1 && day != 11)   ? "st"
                         : (day % 10 == 2 && day != 12) ? "nd"
                         : (day % 10 == 3 && day != 13) ? "rd"
                                                        : "th";
    std::vector<std::string> out = {format_iso(day_of),
                                    fmt::format("{}/{:02}/{:02}", year, month, day)};
    for (const char sep : {'/', '.', '-'}) {
        out.push_back(fmt::format("{:02}{}{:02}{}{}", day, sep, month, sep, year));
        out.push_back(fmt::format("{}{}{}{}{}", day, sep, month, sep, year));
        out.push_back(fmt::format("{}{}{}{}{:02}", day, sep, month, sep, year % 100));
        out.push_back(fmt::format("{:02}{}{:02}{}{:02}", day, sep, month, sep, year % 100));
    }
    for (const std::string& m : {full, shortname}) {
        for (const std::string& dd :
             {fmt::format("{}", day), fmt::format("{:02}", day), fmt::format("{}{}", day, suffix)})
            out.push_back(fmt::format("{} {} {}", dd, m, year));
        out.push_back(fmt::format("{} {}, {}", m, day, year));
        out.push_back(fmt::format("{} {} {}", m, day, year));
    }
    return out;
}

std::vector<std::string> nhs_spellings(const std::string& nhs) {
    if (nhs.size() != 10) return {nhs};
    const std::string a = nhs.substr(0, 3), b = nhs.substr(3, 3), c = nhs.substr(6);
    return {nhs, a + " " + b + " " + c, a + "-" + b + "-" + c,
            nhs.substr(0, 4) + " " + nhs.substr(4, 3) + " " + nhs.substr(7)};
}

} // namespace scr::redact_detail
