#pragma once
// The little JSON writing cronexplain needs: a string literal with the escapes RFC 8259 requires.
// (Kept here until lib/ has one shared JSON writer.)

#include <string>
#include <string_view>

namespace cronkit {

// `text` as a JSON string literal, quotes included. Control characters become \n, \t or \u00XX;
// bytes that are not valid UTF-8 are written as the code point of the same value (U+0080-U+00FF),
// so the result is always valid JSON.
std::string json_string(std::string_view text);

}  // namespace cronkit
