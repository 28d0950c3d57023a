#pragma once
// Writing JSON strings. Crontabs can hold any bytes (invalid UTF-8, NUL, control characters); the
// output is always valid JSON: control characters are escaped, and bytes that are not UTF-8 are
// replaced by U+FFFD.

#include <string>
#include <string_view>

namespace cronkit {

// Appends `text` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);
// `text` as a JSON string literal, quotes included.
std::string json_string(std::string_view text);

}  // namespace cronkit
