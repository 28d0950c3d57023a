#include "shell/quoting.hpp"

#include <algorithm>
#include <cstring>

#include "shell/chars.hpp"

namespace cronkit::shell {
namespace {

bool is_plain_word_char(char c) {
  return chars::is_name_char(c) || (c != '\0' && std::strchr("@%+=:,./-", c) != nullptr);
}

}  // namespace

std::string shell_word(std::string_view text) {
  if (!text.empty() && std::all_of(text.begin(), text.end(), is_plain_word_char)) {
    return std::string(text);
  }
  std::string result = "'";
  for (char c : text) {
    if (c == '\'') {
      result += "'\\''";
    } else {
      result += c;
    }
  }
  return result + '\'';
}

}  // namespace cronkit::shell
