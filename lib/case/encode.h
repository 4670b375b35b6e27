// Writing a case file: keys in the order of case-example.yaml, ISO dates, scalars quoted only
// where needed, so the same case always gives the same bytes and `git diff` shows real changes.
#pragma once

#include "case/model.h"

#include <string>

namespace scr {

/// The first line of every case file: editors with a YAML plugin validate against the schema.
inline constexpr const char* case_schema_line =
    "# yaml-language-server: $schema=../schemas/case.schema.json";

/// The case as its file's text (schema line first, newline at the end).
std::string format_case(const Case& c);

/// An event's fields in the order its type lists them (custom fields keep their order).
std::vector<std::pair<std::string, FieldValue>> ordered_fields(const Event& e);

} // namespace scr
