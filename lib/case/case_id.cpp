#include "case/case_id.h"

#include <fmt/format.h>

#include <cctype>
#include <charconv>

namespace scr {
namespace {

bool all_digits(std::string_view s) {
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return !s.empty();
}

} // namespace

bool valid_id_prefix(std::string_view prefix) {
    if (prefix.empty() || prefix.size() > 8 || !std::isupper(static_cast<unsigned char>(prefix[0])))
        return false;
    for (char c : prefix)
        if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)))
            return false;
    return true;
}

Result<CaseId> parse_case_id(std::string_view text, std::string_view field) {
    const Error bad = bad_input(std::string(field), "is not a case ID",
                                "case IDs look like 2026-014; scr case list shows them");
    CaseId id;
    std::string_view rest = text;
    if (rest.size() > 24) return bad;
    if (const auto dash = rest.find('-'); dash != std::string_view::npos && dash > 0 &&
                                          !std::isdigit(static_cast<unsigned char>(rest[0]))) {
        id.prefix = std::string(rest.substr(0, dash));
        if (!valid_id_prefix(id.prefix)) return bad;
        rest.remove_prefix(dash + 1);
    }
    const auto dash = rest.find('-');
    if (dash != 4 || !all_digits(rest.substr(0, 4)) || !all_digits(rest.substr(5))) return bad;
    const std::string_view seq = rest.substr(5);
    std::from_chars(rest.data(), rest.data() + 4, id.year);
    if (seq.size() > 9 || std::from_chars(seq.data(), seq.data() + seq.size(), id.seq).ec != std::errc())
        return bad;
    // One spelling per case: 2026-14 and 2026-0014 would name the same file differently.
    if (id.seq < 1 || id.year < 1990 || id.year > 2099 || format_case_id(id) != text) return bad;
    return id;
}

std::string format_case_id(const CaseId& id) {
    return fmt::format("{}{}{:04}-{:03}", id.prefix, id.prefix.empty() ? "" : "-", id.year, id.seq);
}

CaseIdKey case_id_key(std::string_view text) {
    auto id = parse_case_id(text, "id");
    if (!id) return CaseIdKey{1, {}, 0, 0, std::string(text)};
    return CaseIdKey{0, id->prefix, id->year, id->seq, std::string(text)};
}

} // namespace scr
