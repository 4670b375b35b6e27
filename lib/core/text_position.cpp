#include "core/text_position.h"

#include <fmt/format.h>

namespace scr {

TextPosition position_of(std::string_view text, std::size_t offset) {
    TextPosition p{1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.col = 1;
        } else {
            ++p.col;
        }
    }
    return p;
}

Status check_nesting(std::string_view text, int max_depth) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{') {
            if (++depth > max_depth) {
                const TextPosition p = position_of(text, i);
                Error e =
                    bad_input("json", fmt::format("nested more than {} levels deep", max_depth));
                e.diag.line = p.line;
                e.diag.col = p.col;
                return e;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return ok();
}

} // namespace scr
