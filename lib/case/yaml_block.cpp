#include "case/yaml_block.h"

#include "case/yaml_block_scalars.h"

#include <vector>

namespace scr {
namespace {

using namespace yaml_block;

// Deeper than a case file ever goes; anything deeper is yaml-cpp's (behind its own guard).
constexpr int max_depth = 16;

int indent_of(std::string_view line) {
    return static_cast<int>(std::min(line.find_first_not_of(' '), line.size()));
}

// Reads lines top-down; each block knows its indentation, and every surprise is not_mine().
class Reader {
public:
    explicit Reader(std::string_view text) : m_final_newline(text.ends_with('\n')) {
        while (!text.empty()) {
            const std::size_t nl = text.find('\n');
            m_lines.push_back(text.substr(0, nl));
            text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        }
    }

    YAML::Node document() {
        skip_ignorable();
        if (at_end() || indent_of(line()) != 0) not_mine();
        YAML::Node root = mapping(0);
        skip_ignorable();
        if (!at_end()) not_mine();
        return root;
    }

private:
    bool at_end() const { return m_next >= m_lines.size(); }
    std::string_view line() const { return m_lines[m_next]; }

    // Blank and comment lines between entries say nothing to yaml-cpp's tree either.
    void skip_ignorable() {
        while (!at_end() && (space_only(line()) || line()[indent_of(line())] == '#')) ++m_next;
    }

    // A scalar ends its line: a deeper line after it would continue or break it (yaml-cpp's).
    void no_continuation(int indent) const {
        for (std::size_t i = m_next; i < m_lines.size(); ++i) {
            if (space_only(m_lines[i])) continue;
            if (indent_of(m_lines[i]) > indent) not_mine();
            return;
        }
    }

    YAML::Node mapping(int indent) {
        YAML::Node map(YAML::NodeType::Map);
        add_pairs(map, indent);
        return map;
    }

    void add_pairs(YAML::Node& map, int indent) {
        while (true) {
            skip_ignorable();
            if (at_end() || indent_of(line()) < indent) return;
            if (indent_of(line()) > indent) not_mine();
            const std::string_view content = line().substr(static_cast<std::size_t>(indent));
            ++m_next;
            add_pair(map, content, indent);
        }
    }

    void add_pair(YAML::Node& map, std::string_view content, int indent) {
        const std::size_t k = key_length(content);
        if (k == 0) not_mine();
        std::string_view v = content.substr(k + 1);
        while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
        map.force_insert(std::string(content.substr(0, k)), value(v, indent));
    }

    // What follows `key:` on its line (the line already consumed), at the key's indentation.
    YAML::Node value(std::string_view v, int indent) {
        if (v.empty() || v[0] == '#') return nested(indent); // `key:  # comment`
        if (v == "|" || v == "|-") return literal(indent, v.size() == 2);
        YAML::Node node = v[0] == '"'    ? YAML::Node(double_quoted(v))
                          : v[0] == '\'' ? YAML::Node(single_quoted(v))
                          : v[0] == '['  ? flow_list(v)
                                         : plain(v);
        no_continuation(indent);
        return node;
    }

    // The block under `key:` with nothing after it: a deeper mapping or list, else null.
    YAML::Node nested(int parent) {
        skip_ignorable();
        if (at_end() || indent_of(line()) < parent) return YAML::Node(YAML::NodeType::Null);
        const int indent = indent_of(line());
        const std::string_view content = line().substr(static_cast<std::size_t>(indent));
        const bool dash = content == "-" || content.starts_with("- ");
        if (indent == parent) {
            if (dash) not_mine(); // a list at its key's indentation: legal, but not ours
            return YAML::Node(YAML::NodeType::Null);
        }
        if (++m_depth > max_depth) not_mine();
        YAML::Node node = dash ? sequence(indent) : mapping(indent);
        --m_depth;
        return node;
    }

    YAML::Node sequence(int indent) {
        YAML::Node list(YAML::NodeType::Sequence);
        while (true) {
            skip_ignorable();
            if (at_end() || indent_of(line()) < indent) return list;
            if (indent_of(line()) > indent) not_mine();
            const std::string_view content = line().substr(static_cast<std::size_t>(indent));
            if (!content.starts_with("- ")) not_mine();
            std::string_view rest = content.substr(2);
            const int item_indent = indent + 2 + indent_of(rest);
            rest.remove_prefix(static_cast<std::size_t>(item_indent - indent - 2));
            ++m_next;
            if (rest.empty() || rest.starts_with("-") || rest.starts_with("|") || rest.starts_with("#"))
                not_mine();
            if (key_length(rest) == 0) {
                list.push_back(value(rest, indent));
                continue;
            }
            if (++m_depth > max_depth) not_mine();
            YAML::Node map(YAML::NodeType::Map); // `- key: value`, more keys below at its indent
            add_pair(map, rest, item_indent);
            add_pairs(map, item_indent);
            --m_depth;
            list.push_back(map);
        }
    }

    // `|` (clip: one final newline) or `|-` (strip): the deeper lines below, verbatim.
    YAML::Node literal(int parent, bool strip) {
        std::string out;
        int block = -1;
        std::size_t blanks = 0;
        bool line_break = true; // after the last content line: not when it ends the text unbroken
        for (; !at_end(); ++m_next) {
            if (line().empty()) {
                ++blanks;
                continue;
            }
            const int indent = indent_of(line());
            if (space_only(line())) not_mine();
            if (block < 0) {
                if (indent <= parent) not_mine();
                block = indent;
            }
            if (indent < block) {
                if (indent > parent) not_mine();
                break;
            }
            out.append(blanks, '\n');
            blanks = 0;
            out.append(line().substr(static_cast<std::size_t>(block)));
            out += '\n';
            line_break = m_final_newline || m_next + 1 < m_lines.size();
        }
        if (block < 0) not_mine();
        if (strip || !line_break) out.pop_back();
        return YAML::Node(out);
    }

    bool m_final_newline;
    std::vector<std::string_view> m_lines;
    std::size_t m_next = 0;
    int m_depth = 0;
};

} // namespace

std::optional<YAML::Node> read_block_yaml(std::string_view text) {
    if (!plain_text(text)) return std::nullopt;
    try {
        return Reader(text).document();
    } catch (const NotMine&) {
        return std::nullopt;
    }
}

bool same_yaml_tree(const YAML::Node& a, const YAML::Node& b) {
    if (a.Type() != b.Type()) return false;
    switch (a.Type()) {
    case YAML::NodeType::Scalar: return a.Scalar() == b.Scalar();
    case YAML::NodeType::Sequence:
    case YAML::NodeType::Map: {
        if (a.size() != b.size()) return false;
        auto i = a.begin();
        for (auto j = b.begin(); j != b.end(); ++i, ++j) {
            const bool same = a.IsMap() ? same_yaml_tree(i->first, j->first) &&
                                              same_yaml_tree(i->second, j->second)
                                        : same_yaml_tree(*i, *j);
            if (!same) return false;
        }
        return true;
    }
    default: return true;
    }
}

} // namespace scr
