#pragma once
// Reading UTF-8 in text that may hold any bytes: crontabs are pasted from documents and chats,
// and every output (terminal, JSON, SARIF) must show exactly what is there without breaking.

#include <cstddef>
#include <string>
#include <string_view>

namespace cronkit {

// The length of the valid UTF-8 sequence starting at text[i] (1 for ASCII), or 0 when the byte
// there does not start one: overlong forms, surrogates, code points above U+10FFFF and cut
// sequences are not valid.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// The code point of the valid sequence of `length` bytes (utf8_sequence_length) at text[i].
char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t length);

// Appends the UTF-8 bytes of code point `c` (at most U+10FFFF; larger values are read as
// U+10FFFF). For the escapes of the formats cronkit reads schedules from (`\u002A` in YAML,
// JSON, HCL, Python, Java and C#).
void append_utf8(std::string& out, char32_t c);

// `text` as UTF-16 little-endian with a byte-order mark, as Windows reads its UTF-16 files (the
// Task Scheduler's task XML). A byte that starts no valid sequence becomes U+FFFD.
std::string utf16le_with_bom(std::string_view text);

}  // namespace cronkit
