// JSON text output: string escaping shared by the importer's `extra` column and `query`.
#pragma once

#include <string>
#include <string_view>

namespace crampwatch {

/// Appends `text` to `out` as a JSON string literal, quotes included.
/// Control characters become \uXXXX escapes; bytes that are not valid UTF-8
/// become U+FFFD, so the output is always valid JSON.
void AppendJsonString(std::string& out, std::string_view text);

}  // namespace crampwatch
