// Helpers for reading YAML with diagnostics that name file, line, column and field, and that
// catch what yaml-cpp lets through (duplicate keys) or dies on (deep nesting).
#pragma once

#include "calendar/date.h"
#include "case/yaml_block.h"

#include <yaml-cpp/yaml.h>

#include <functional>
#include <string>
#include <string_view>
#include <utility>

namespace scr {

/// Where a YAML node sits, for diagnostics.
struct YamlContext {
    std::string_view file;
};

/// An Error pointing at `node` in `file`.
Error yaml_error(const YamlContext& ctx, const YAML::Node& node, std::string field,
                 std::string message, std::string hint = {});

/// Parses a YAML document safely: syntax errors, deep nesting and huge flow nesting become Errors.
Result<YAML::Node> load_yaml(std::string_view text, const YamlContext& ctx);

/// Decodes a document with `decode` (a YAML::Node to a Result): from the fast block reader's
/// tree (case/yaml_block.h) when it takes the text and `decode` succeeds, else from yaml-cpp's,
/// whose marks give each problem its line and column.
template <typename Decode>
auto decode_yaml(std::string_view text, const YamlContext& ctx, Decode&& decode)
    -> decltype(decode(std::declval<const YAML::Node&>())) {
    if (auto quick = read_block_yaml(text))
        if (auto result = decode(*quick)) return result;
    auto doc = load_yaml(text, ctx);
    if (!doc) return doc.error();
    return decode(*doc);
}

/// Calls `visit(key, value)` for each pair of a mapping, failing on duplicate or non-scalar keys.
Status for_each_key(const YamlContext& ctx, const YAML::Node& map, const std::string& where,
                    const std::function<Status(const std::string&, const YAML::Node&)>& visit);

/// Reads a non-empty scalar string.
Result<std::string> read_string(const YamlContext& ctx, const YAML::Node& node,
                                const std::string& field);

/// Reads a strict ISO date scalar.
Result<Date> read_date(const YamlContext& ctx, const YAML::Node& node, const std::string& field,
                       DateRange range = DateRange::calendar);

} // namespace scr
