#pragma once
// Character classes of the POSIX shell grammar, shared by the word reader and the list parser.

#include <algorithm>
#include <string_view>

namespace cronkit::shell::chars {

inline bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
inline bool is_name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_name_char(char c) {
  return is_name_start(c) || is_digit(c);
}
// Characters that end a word or start an operator.
inline bool is_operator_char(char c) {
  return c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')';
}
// Characters with no special meaning inside a word: a run of them is copied in one append.
inline bool is_plain(char c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case ';':
    case '&':
    case '|':
    case '<':
    case '>':
    case '(':
    case ')':
    case '\'':
    case '"':
    case '\\':
    case '$':
    case '`':
    case '{':
      return false;
    default:
      return true;
  }
}
inline bool is_all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}
inline std::string_view basename_of(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace cronkit::shell::chars
