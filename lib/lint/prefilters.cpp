// The quick pre-checks of prefilters.hpp: a scan of the raw command, no allocation.

#include "lint/prefilters.hpp"

#include <array>
#include <string>

namespace cronkit::lint {
namespace {
bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// The bytes may_have_unterminated_construct() acts on; every other byte is skipped.
constexpr std::array<bool, 256> construct_bytes = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : std::string_view("\\'\"`#(){}")) table[c] = true;
  return table;
}();

bool is_construct_byte(char c) {
  return construct_bytes[static_cast<unsigned char>(c)];
}

// What may stand before a path in a shell word: operators, descriptor numbers, quotes, `$(`.
bool comes_before_path(char c) {
  return (c >= '0' && c <= '9') || std::string_view("<>&|;()\"'").find(c) != std::string_view::npos;
}

// Whether `word` contains the extension of a script (`report.py`, `sync.sh.bak`). Each extension
// starts with a dot, so only the word's dots are looked at rather than searching the word once
// per extension: every command of a crontab goes through here.
bool has_script_extension(std::string_view word) {
  static constexpr std::array<std::string_view, 12> extensions = {
      ".py", ".js", ".mjs", ".cjs", ".ts", ".sh", ".bash", ".php", ".rb", ".pl", ".R", ".lua"};
  for (std::size_t dot = word.find('.'); dot != std::string_view::npos;
       dot = word.find('.', dot + 1)) {
    const std::string_view from_dot = word.substr(dot);
    for (std::string_view extension : extensions) {
      if (from_dot.starts_with(extension)) return true;
    }
  }
  return false;
}

}  // namespace

bool may_have_unterminated_construct(std::string_view raw) {
  // Tracks only what can stay open; anything unusual (a comment, a `case`) means "analyse".
  int parens = 0;
  int braces = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    // Most bytes of a command are none of these: skip them without the switch.
    while (i < raw.size() && !is_construct_byte(raw[i])) ++i;
    if (i == raw.size()) break;
    char c = raw[i];
    switch (c) {
      case '\\':
        ++i;
        break;
      case '\'': {
        std::size_t close = raw.find('\'', i + 1);
        if (close == std::string_view::npos) return true;
        i = close;
        break;
      }
      case '"': {
        std::size_t j = i + 1;
        while (j < raw.size() && raw[j] != '"') {
          if (raw[j] == '\\')
            ++j;
          else if (raw[j] == '`')
            return true;
          ++j;
        }
        if (j >= raw.size()) return true;
        i = j;
        break;
      }
      case '`':
      case '#':
        return true;
      case '(':
        ++parens;
        break;
      case ')':
        if (--parens < 0) return true;
        break;
      case '{':
        ++braces;
        break;
      case '}':
        --braces;
        break;
      default:
        break;
    }
  }
  return parens != 0 || braces > 0;
}

bool may_have_relative_path(std::string_view raw) {
  std::size_t i = 0;
  bool after_redirection = false;
  while (i < raw.size()) {
    while (i < raw.size() && is_blank(raw[i])) ++i;
    std::size_t begin = i;
    while (i < raw.size() && !is_blank(raw[i])) ++i;
    std::string_view token = raw.substr(begin, i - begin);
    if (token.empty()) break;
    // Strip what can come before a path: operators, descriptor numbers, quotes, `$(`.
    std::size_t k = 0;
    while (k < token.size() && comes_before_path(token[k])) ++k;
    std::string_view rest = token.substr(k);
    if (token.find(">&") != std::string_view::npos || token.find("<&") != std::string_view::npos) {
      after_redirection = false;  // `2>&1`, `>&2`: a descriptor, not a file
      continue;
    }
    if (rest.empty()) {
      after_redirection =
          token.find('>') != std::string_view::npos || token.find('<') != std::string_view::npos;
      continue;
    }
    char first = rest.front();
    bool anchored = first == '/' || first == '~' || first == '$' || first == '-';
    if (after_redirection && !anchored) return true;
    after_redirection = false;
    if (anchored) continue;
    if (rest.find('/') != std::string_view::npos || has_script_extension(rest)) return true;
  }
  return after_redirection;
}

bool may_contain_word(std::string_view raw, std::string_view word) {
  for (std::size_t at = raw.find(word); at != std::string_view::npos; at = raw.find(word, at + 1)) {
    char before = at == 0 ? ' ' : raw[at - 1];
    std::size_t after_at = at + word.size();
    char after = after_at < raw.size() ? raw[after_at] : ' ';
    bool starts =
        is_blank(before) || std::string_view(";&|(/`'\"").find(before) != std::string_view::npos;
    bool ends =
        is_blank(after) || std::string_view(";&|)`'\"").find(after) != std::string_view::npos;
    if (starts && ends) return true;
  }
  return false;
}

bool may_have_bare_word(std::string_view raw, bool (*is_wanted)(std::string_view)) {
  auto separates = [](char c) {
    switch (c) {
      case ' ':
      case '\t':
      case ';':
      case '&':
      case '|':
      case '(':
      case ')':
      case '`':
      case '<':
      case '>':
        return true;
      default:
        return false;
    }
  };
  std::string unquoted;  // only for a word with quotes or backslashes
  std::size_t start = 0;
  bool quoted = false, has_slash = false;
  for (std::size_t i = 0; i <= raw.size(); ++i) {
    if (i < raw.size() && !separates(raw[i])) {
      quoted = quoted || raw[i] == '\'' || raw[i] == '"' || raw[i] == '\\';
      has_slash = has_slash || raw[i] == '/';  // a path, not a bare word
      continue;
    }
    if (i > start && !has_slash) {
      std::string_view word = raw.substr(start, i - start);
      if (quoted) {
        unquoted.clear();
        for (char c : word) {
          if (c != '\'' && c != '"' && c != '\\') unquoted += c;
        }
        word = unquoted;
      }
      if (!word.empty() && is_wanted(word)) return true;
    }
    start = i + 1;
    quoted = has_slash = false;
  }
  return false;
}

bool is_schedule_word(std::string_view word) {
  if (word.empty()) return false;
  bool has_digit_or_star = false;
  for (char c : word) {
    if ((c >= '0' && c <= '9') || c == '*' || c == '?') {
      has_digit_or_star = true;
    } else if (c != ',' && c != '-' && c != '/') {
      return false;
    }
  }
  return has_digit_or_star;
}

}  // namespace cronkit::lint
