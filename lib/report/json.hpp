#pragma once
// Writing JSON strings. Crontabs can hold any bytes (invalid UTF-8, NUL, control characters); the
// output is always valid JSON: control characters are escaped, and bytes that are not UTF-8 are
// replaced by U+FFFD.

#include <string>
#include <string_view>

namespace cronkit::report {

// Appends `text` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view text);
// `text` as a JSON string literal, quotes included.
std::string json_string(std::string_view text);

// The length of the valid UTF-8 sequence starting at text[i], or 0 when the byte there does not
// start one (shared with the text renderer, which shows such bytes as \xNN).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

}  // namespace cronkit::report
