// A fast reader for the plain block YAML that scr itself writes (and most people type): yaml-cpp
// 0.7 spends about 170 us scanning a 1.3 KB case file, nearly all of `scr deadlines`' time over a
// large register (tests/bench/README.md). This reader takes only a strict subset and says "not
// mine" (nullopt) for anything else, which then goes to yaml-cpp as before. What it accepts it
// must read exactly as yaml-cpp does: tests/fuzz/fuzz_yaml_block.cpp checks that on every input.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string_view>

namespace scr {

/// The document `text` as yaml-cpp would load it, when it lies in the subset this reader takes:
/// block mappings and sequences indented by spaces, plain and quoted one-line scalars, literal
/// blocks (`|`, `|-`), flow lists of plain words, comment lines. Nodes carry no marks: callers
/// that need a line number for a diagnostic load the text with yaml-cpp again.
std::optional<YAML::Node> read_block_yaml(std::string_view text);

/// Whether two nodes hold the same tree (types, scalars, order of keys and items); for tests.
bool same_yaml_tree(const YAML::Node& a, const YAML::Node& b);

} // namespace scr
