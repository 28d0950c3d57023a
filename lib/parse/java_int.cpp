#include "parse/java_int.hpp"

#include <fmt/format.h>

namespace cronkit {
namespace {

// The shared digit loop; `fail(i)` builds the error for the character at index i (or the end).
template <typename Fail>
JavaInt parse_digits(std::string_view s, Fail fail) {
  std::size_t i = 0;
  bool negative = false;
  if (s[0] < '0') {
    if (s[0] == '-') {
      negative = true;
    } else if (s[0] != '+') {
      return fail(0);
    }
    if (s.size() == 1) return fail(1);
    i = 1;
  }
  long long magnitude = 0;
  const long long limit = negative ? 2147483648LL : 2147483647LL;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return fail(i);
    magnitude = magnitude * 10 + (s[i] - '0');
    if (magnitude > limit) return fail(i);
  }
  return JavaInt{static_cast<int>(negative ? -magnitude : magnitude), {}};
}

}  // namespace

JavaInt java_parse_int(std::string_view s) {
  auto fail = [&](std::size_t) {
    return JavaInt{std::nullopt, fmt::format("For input string: \"{}\"", s)};
  };
  if (s.empty()) return fail(0);
  return parse_digits(s, fail);
}

JavaInt java_parse_int(std::string_view s, std::size_t begin, std::size_t end) {
  const std::string_view piece = s.substr(begin, end - begin);
  // An empty piece gets the String form's message (NumberFormatException.forInputString("")).
  if (piece.empty()) return JavaInt{std::nullopt, "For input string: \"\""};
  auto fail = [&](std::size_t index) {
    return JavaInt{std::nullopt, fmt::format("Error at index {} in: \"{}\"", index, piece)};
  };
  return parse_digits(piece, fail);
}

}  // namespace cronkit
