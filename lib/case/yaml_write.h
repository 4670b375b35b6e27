// Deterministic YAML output: scalars quoted exactly when a YAML reader would take them for
// something else, multi-line text as literal blocks. yaml-cpp's emitter leaves `012` and `1e3`
// plain, which other readers (editors, PyYAML) turn into numbers, so scr decides itself.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace scr {

/// Whether `s` must be quoted to read back as the same string in any YAML 1.1 or 1.2 reader.
bool needs_quotes(std::string_view s);

/// `s` as a one-line YAML scalar: plain when safe, else double-quoted with escapes.
std::string yaml_scalar(std::string_view s);

/// Builds a YAML document line by line at fixed indentation (two spaces a level).
class YamlWriter {
public:
    /// `key: value` at `indent` levels; multi-line values become literal blocks.
    void field(int indent, std::string_view key, std::string_view value);
    /// `key: value` for typed values written as they are (dates, IDs, enum spellings, yes/no).
    void word(int indent, std::string_view key, std::string_view value);
    /// `key:` opening a nested mapping or list.
    void open(int indent, std::string_view key);
    /// `key: [a, b]` for lists of plain words (choices).
    void flow_list(int indent, std::string_view key, const std::vector<std::string>& items);
    /// `- ` opening a list item; the next field() or item() at `indent` + 1 continues it.
    void item_start(int indent);
    /// `- value` as a list item of text.
    void item(int indent, std::string_view value);
    /// A whole line as given (comments).
    void raw(std::string_view line);
    /// The document so far.
    const std::string& text() const { return m_out; }

private:
    void indent_to(int indent);
    void value(int indent, std::string_view v);
    std::string m_out;
    bool m_pending_dash = false;
};

} // namespace scr
