// The quick pre-checks of prefilters.hpp: a scan of the raw command, no allocation.

#include "lint/prefilters.hpp"

#include <array>
#include <string>

namespace cronkit::lint {
namespace {
bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// The bytes of is_schedule_word().
bool is_schedule_word_byte(char c) {
  return (c >= '0' && c <= '9') || c == '*' || c == '?' || c == ',' || c == '-' || c == '/';
}

// The bytes may_have_unterminated_construct() acts on; every other byte is skipped.
constexpr std::array<bool, 256> construct_bytes = [] {
  std::array<bool, 256> table{};
  for (unsigned char c : unterminated_construct_bytes) table[c] = true;
  return table;
}();

bool is_construct_byte(char c) {
  return construct_bytes[static_cast<unsigned char>(c)];
}

// How may_have_bare_word() sees a byte: it splits words at blanks and `;&|()`<>`, removes quotes
// and backslashes, and leaves words with a `/` alone.
enum WordByteClass : unsigned char { plain = 0, separator = 1, quoting = 2, slash = 4 };
constexpr std::array<unsigned char, 256> word_byte_classes = [] {
  std::array<unsigned char, 256> table{};
  for (unsigned char c : std::string_view(" \t;&|()`<>")) table[c] = separator;
  for (unsigned char c : std::string_view("'\"\\")) table[c] = quoting;
  table['/'] = slash;
  return table;
}();

unsigned word_byte_class(char c) {
  return word_byte_classes[static_cast<unsigned char>(c)];
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
  std::string unquoted;  // only for a word with quotes or backslashes
  std::size_t i = 0;
  while (i < raw.size()) {
    while (i < raw.size() && word_byte_class(raw[i]) == separator) ++i;
    const std::size_t start = i;
    // One table load per byte: what the word holds is the OR of its bytes' classes.
    unsigned holds = 0;
    for (unsigned c; i < raw.size() && (c = word_byte_class(raw[i])) != separator; ++i) holds |= c;
    if (i == start || (holds & slash)) continue;  // a path, not a bare word
    std::string_view word = raw.substr(start, i - start);
    if (holds & quoting) {
      unquoted.clear();
      for (char c : word) {
        if (word_byte_class(c) != quoting) unquoted += c;
      }
      word = unquoted;
    }
    if (!word.empty() && is_wanted(word)) return true;
  }
  return false;
}

bool is_schedule_word(std::string_view word) {
  if (word.empty()) return false;
  bool has_digit_or_star = false;
  for (char c : word) {
    if (!is_schedule_word_byte(c)) return false;
    has_digit_or_star = has_digit_or_star || (c >= '0' && c <= '9') || c == '*' || c == '?';
  }
  return has_digit_or_star;
}

bool may_have_sixth_schedule_word(const Entry& entry) {
  if (entry.special || !entry.second_and_year.empty()) return true;
  std::string_view sixth = entry.user ? *entry.user : entry.command.raw;
  std::size_t begin = 0;
  while (begin < sixth.size() && is_blank(sixth[begin])) ++begin;
  std::size_t end = begin;
  for (; end < sixth.size() && !is_blank(sixth[end]); ++end) {
    // The usual sixth word (`/usr/bin/job`, `root`) stops here at its first or second byte.
    if (!is_schedule_word_byte(sixth[end])) return false;
  }
  return is_schedule_word(sixth.substr(begin, end - begin));
}

LeadingWords leading_words(std::string_view line_text) {
  LeadingWords result;
  std::size_t position = 0;
  while (result.count < result.words.size()) {
    while (position < line_text.size() && is_blank(line_text[position])) ++position;
    if (position >= line_text.size()) break;
    std::size_t end = position;
    while (end < line_text.size() && !is_blank(line_text[end])) ++end;
    const std::string_view word = line_text.substr(position, end - position);
    result.words[result.count++] = {position, word};
    if (!is_schedule_word(word) && !(result.count == 1 && word.starts_with('@'))) break;
    position = end;
  }
  return result;
}

}  // namespace cronkit::lint
