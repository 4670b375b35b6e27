// The building blocks of reading a case file: each reads one node into a model field and, when
// the node is wrong, records a diagnostic and carries on, so `scr check` can list every problem.
#pragma once

#include "case/model.h"
#include "case/yaml_read.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace scr {

/// Whether a text field is one line (names) or may span lines (summaries, rationales).
enum class TextShape { line, lines };

/// Reads nodes into values, collecting problems instead of stopping at the first.
class Decoder {
public:
    using Visit = std::function<void(const YAML::Node& value, const std::string& field)>;
    using Keys = std::vector<std::pair<std::string_view, Visit>>;

    Decoder(std::string_view file, std::vector<Diagnostic>& problems)
        : m_ctx{file}, m_problems(problems) {}

    /// Records a problem at `at`.
    void problem(const YAML::Node& at, std::string field, std::string message,
                 std::string hint = {});
    /// Visits a mapping's keys; unknown and repeated keys are problems (a key "*" takes any
    /// other). False if `node` is not a mapping.
    bool mapping(const YAML::Node& node, const std::string& where, const Keys& keys);
    /// Calls `each(item, field)` for each item of a list of at most `max` items.
    void list(const YAML::Node& node, const std::string& where, std::size_t max,
              const std::function<void(const YAML::Node&, const std::string&)>& each);
    /// Reads text; null leaves `out` empty.
    void text(const YAML::Node& node, const std::string& field, std::string& out,
              TextShape shape = TextShape::line);
    /// Reads a list of one-line texts (`[a, b]` or a block list).
    void texts(const YAML::Node& node, const std::string& field, std::vector<std::string>& out);
    /// Reads a date; null leaves `out` empty.
    void date(const YAML::Node& node, const std::string& field, std::optional<Date>& out,
              DateRange range = DateRange::calendar);
    /// Reads yes/no (and unknown when `allow_unknown`).
    void ternary(const YAML::Node& node, const std::string& field, std::optional<Ternary>& out,
                 bool allow_unknown);
    /// Reads one of `choices`.
    void choice(const YAML::Node& node, const std::string& field, std::string& out,
                const std::vector<std::string_view>& choices);
    /// The number of problems recorded so far.
    std::size_t problem_count() const { return m_problems.size(); }

private:
    YamlContext m_ctx;
    std::vector<Diagnostic>& m_problems;
};

/// Whether `path` (`incident.summary`, `children[0].name`) names a value that is there: not
/// absent, null or blank. "Missing" is reported only for those; a value given but unreadable
/// has its own problem already.
bool has_value(const YAML::Node& node, std::string_view path);

/// A key as it may appear in a message: itself when it looks like a field name, else "(key)",
/// since a key typed by hand may be a child's name (DOMAIN.md "Sensitive data").
std::string shown_key(const std::string& key);

/// "a, b or c" for hints.
std::string join_choices(const std::vector<std::string_view>& choices);

} // namespace scr
