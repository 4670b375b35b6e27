// The JSON Schemas scr ships, built into the binary so `scr init` can put them beside the data
// that names them (`# yaml-language-server: $schema=...`), with no network and no install path.
#pragma once

#include <string_view>
#include <vector>

namespace scr {

/// A file carried inside the binary.
struct EmbeddedFile {
    std::string_view name;
    std::string_view content;
};

/// schemas/case.schema.json and schemas/scr.schema.json as built.
const std::vector<EmbeddedFile>& schema_files();

} // namespace scr
