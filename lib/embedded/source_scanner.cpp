#include "embedded/source_scanner.hpp"

#include <algorithm>
#include <array>

#include "text/utf8.hpp"

namespace cronkit::embedded {
namespace {

bool name_start(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || byte >= 0x80;
}

bool name_char(char c) {
  return name_start(c) || (c >= '0' && c <= '9');
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The value of the `count` hex digits at `at` (fewer when `at_most`), and how many were read.
std::pair<std::uint32_t, std::size_t> read_hex(std::string_view text, std::size_t at,
                                               std::size_t count, bool at_most) {
  std::uint32_t value = 0;
  std::size_t read = 0;
  while (read < count && at + read < text.size() && hex_digit(text[at + read]) >= 0) {
    value = value * 16 + static_cast<std::uint32_t>(hex_digit(text[at + read]));
    ++read;
  }
  if (!at_most && read != count) return {0, 0};
  return {value, read};
}

// A string value being decoded, each byte with the file bytes it comes from.
struct Decoder {
  FoundText& found;
  void add(char c, std::size_t begin, std::size_t end) {
    found.value.push_back(c);
    found.sources.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)});
  }
  void add_code_point(std::uint32_t code, std::size_t begin, std::size_t end) {
    std::string bytes;
    append_utf8(bytes, code);
    for (char byte : bytes) add(byte, begin, end);
  }
};

// The escapes every language here shares: \\ \' \" \b \f \n \r \t and, where `language` has them,
// \a \v. Nothing for any other character.
std::optional<char> simple_escape(char c, SourceLanguage language) {
  switch (c) {
    case '\\':
      return '\\';
    case '\'':
      return '\'';
    case '"':
      return '"';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case 'a':
      if (language != SourceLanguage::jvm) return '\a';
      return std::nullopt;
    case 'v':
      if (language != SourceLanguage::jvm) return '\v';
      return std::nullopt;
    case 's':
      if (language == SourceLanguage::jvm) return ' ';
      return std::nullopt;
    case '$':
      if (language == SourceLanguage::jvm) return '$';
      return std::nullopt;
    default:
      return std::nullopt;
  }
}

class Scanner {
 public:
  Scanner(std::string_view text, SourceLanguage language) : text_(text), language_(language) {}

  std::vector<SourceToken> run() {
    bool line_start = true;
    while (at_ < text_.size()) {
      const char c = text_[at_];
      if (c == '\n') {
        ++at_;
        line_start = true;
        continue;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        ++at_;
        continue;
      }
      if (c == '#' && (language_ == SourceLanguage::python ||
                       (language_ == SourceLanguage::csharp && line_start))) {
        skip_line();
        continue;
      }
      if (language_ != SourceLanguage::python && c == '/' && next(1) == '/') {
        skip_line();
        continue;
      }
      if (language_ != SourceLanguage::python && c == '/' && next(1) == '*') {
        const std::size_t close = text_.find("*/", at_ + 2);
        at_ = close == std::string_view::npos ? text_.size() : close + 2;
        continue;
      }
      line_start = false;
      if (language_ == SourceLanguage::python) {
        if (python_token()) continue;
      } else if (language_ == SourceLanguage::jvm) {
        if (jvm_token()) continue;
      } else if (csharp_token()) {
        continue;
      }
      plain_token();
    }
    return std::move(tokens_);
  }

 private:
  char next(std::size_t offset) const {
    return at_ + offset < text_.size() ? text_[at_ + offset] : '\0';
  }

  void skip_line() {
    const std::size_t end = text_.find('\n', at_);
    at_ = end == std::string_view::npos ? text_.size() : end;
  }

  SourceToken& push(SourceToken::Type type, std::size_t begin, std::size_t end) {
    SourceToken token;
    token.type = type;
    token.begin = static_cast<std::uint32_t>(begin);
    token.end = static_cast<std::uint32_t>(end);
    token.spelling = text_.substr(begin, end - begin);
    tokens_.push_back(std::move(token));
    return tokens_.back();
  }

  // A name, a number or punctuation.
  void plain_token() {
    const std::size_t begin = at_;
    const char c = text_[at_];
    if (name_start(c)) {
      while (at_ < text_.size() && name_char(text_[at_])) ++at_;
      push(SourceToken::Type::name, begin, at_);
      return;
    }
    if (c >= '0' && c <= '9') {
      while (at_ < text_.size() && (name_char(text_[at_]) || text_[at_] == '.')) ++at_;
      push(SourceToken::Type::number, begin, at_);
      return;
    }
    static constexpr std::array<std::string_view, 10> pairs = {"==", "!=", "<=", ">=", "=>",
                                                               ":=", "->", "**", "::", "?."};
    for (std::string_view pair : pairs) {
      if (text_.substr(at_, 2) == pair) {
        at_ += 2;
        push(SourceToken::Type::punctuation, begin, at_);
        return;
      }
    }
    ++at_;
    push(SourceToken::Type::punctuation, begin, at_);
  }

  void finish_string(SourceToken& token, FoundText found, std::size_t body_begin) {
    if (found.sources.empty()) {
      found.begin = found.end = static_cast<std::uint32_t>(body_begin);
    } else {
      found.begin = found.sources.front().begin;
      found.end = found.sources.back().end;
    }
    token.text = std::move(found);
  }

  // A character literal: skipped as one token (a quote, an escape, a quote).
  void character_literal() {
    const std::size_t begin = at_++;
    while (at_ < text_.size() && text_[at_] != '\'' && text_[at_] != '\n') {
      at_ += text_[at_] == '\\' ? 2 : 1;
    }
    if (at_ < text_.size() && text_[at_] == '\'') ++at_;
    at_ = std::min(at_, text_.size());
    push(SourceToken::Type::character, begin, at_);
  }

  // --- Python ---

  bool python_token() {
    const char c = text_[at_];
    if (c == '"' || c == '\'') {
      python_string(at_, at_);
      return true;
    }
    if (!name_start(c)) return false;
    std::size_t end = at_;
    while (end < text_.size() && name_char(text_[end])) ++end;
    if (end - at_ <= 2 && end < text_.size() && (text_[end] == '"' || text_[end] == '\'')) {
      std::string prefix(text_.substr(at_, end - at_));
      for (char& p : prefix) p = static_cast<char>(p | 0x20);
      static constexpr std::array<std::string_view, 11> prefixes = {
          "r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr", "rt"};
      if (std::find(prefixes.begin(), prefixes.end(), prefix) != prefixes.end()) {
        python_string(at_, end);
        return true;
      }
    }
    return false;
  }

  void python_string(std::size_t begin, std::size_t quote_at) {
    std::string prefix(text_.substr(begin, quote_at - begin));
    for (char& p : prefix) p = static_cast<char>(p | 0x20);
    const bool raw = prefix.find('r') != std::string::npos;
    const char quote = text_[quote_at];
    const bool triple = text_.substr(quote_at, 3) == std::string(3, quote);
    const std::size_t body = quote_at + (triple ? 3 : 1);
    FoundText found;
    Decoder decoder{found};
    std::string not_literal;
    if (prefix.find('f') != std::string::npos) not_literal = "an f-string";
    if (prefix.find('t') != std::string::npos) not_literal = "a template string";
    if (prefix.find('b') != std::string::npos) not_literal = "a bytes literal";
    std::size_t at = body;
    std::size_t end = text_.size();
    while (at < text_.size()) {
      const char c = text_[at];
      if (triple && text_.substr(at, 3) == std::string(3, quote)) {
        end = at + 3;
        break;
      }
      if (!triple && c == quote) {
        end = at + 1;
        break;
      }
      if (!triple && c == '\n') {
        end = at;
        break;
      }
      if (c != '\\' || at + 1 >= text_.size()) {
        decoder.add(c, at, at + 1);
        ++at;
        continue;
      }
      const char e = text_[at + 1];
      if (raw) {
        // A raw string keeps the backslash and the character after it, which cannot end it.
        decoder.add(c, at, at + 1);
        decoder.add(e, at + 1, at + 2);
        at += 2;
        continue;
      }
      at = python_escape(decoder, at, not_literal);
    }
    at_ = end;
    SourceToken& token = push(SourceToken::Type::string, begin, end);
    token.not_literal = std::move(not_literal);
    finish_string(token, std::move(found), body);
  }

  // The escape at `at` (a backslash) decoded; where the text goes on.
  std::size_t python_escape(Decoder& decoder, std::size_t at, std::string& not_literal) {
    const char e = text_[at + 1];
    if (e == '\n') return at + 2;
    if (e == '\r' && at + 2 < text_.size() && text_[at + 2] == '\n') return at + 3;
    if (std::optional<char> simple = simple_escape(e, SourceLanguage::python)) {
      decoder.add(*simple, at, at + 2);
      return at + 2;
    }
    if (e >= '0' && e <= '7') {
      std::uint32_t code = 0;
      std::size_t end = at + 1;
      while (end < text_.size() && end < at + 4 && text_[end] >= '0' && text_[end] <= '7')
        code = code * 8 + static_cast<std::uint32_t>(text_[end++] - '0');
      decoder.add_code_point(code, at, end);
      return end;
    }
    const std::size_t digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
    if (digits > 0) {
      const auto [code, read] = read_hex(text_, at + 2, digits, false);
      if (read == digits) {
        decoder.add_code_point(code, at, at + 2 + digits);
        return at + 2 + digits;
      }
    }
    if (e == 'N' && at + 2 < text_.size() && text_[at + 2] == '{') {
      not_literal = "a string with a \\N{...} escape";
      const std::size_t close = text_.find('}', at);
      const std::size_t end = close == std::string_view::npos ? text_.size() : close + 1;
      for (std::size_t i = at; i < end; ++i) decoder.add(text_[i], i, i + 1);
      return end;
    }
    // An escape Python does not know keeps its backslash.
    decoder.add('\\', at, at + 1);
    decoder.add(e, at + 1, at + 2);
    return at + 2;
  }

  // --- Java and Kotlin ---

  bool jvm_token() {
    const char c = text_[at_];
    if (c == '\'') {
      character_literal();
      return true;
    }
    if (c != '"') return false;
    if (text_.substr(at_, 3) == R"(""")") {
      const std::size_t begin = at_;
      std::size_t at = at_ + 3;
      while (at < text_.size() && text_.substr(at, 3) != R"(""")") at += text_[at] == '\\' ? 2 : 1;
      // Kotlin's raw string may end in more than three quotes; they belong to it.
      at = std::min(at + 3, text_.size());
      while (at < text_.size() && text_[at] == '"') ++at;
      at_ = at;
      SourceToken& token = push(SourceToken::Type::string, begin, at_);
      token.not_literal = "a text block or raw string";
      finish_string(token, FoundText{}, begin + 3);
      return true;
    }
    quoted_string(at_, at_ + 1, SourceLanguage::jvm, false, "");
    return true;
  }

  // A "..." string of Java, Kotlin or C# (regular or verbatim) from `begin`, its value from
  // `body`.
  void quoted_string(std::size_t begin, std::size_t body, SourceLanguage language, bool verbatim,
                     std::string not_literal) {
    FoundText found;
    Decoder decoder{found};
    std::size_t at = body;
    std::size_t end = text_.size();
    while (at < text_.size()) {
      const char c = text_[at];
      if (c == '"') {
        if (verbatim && at + 1 < text_.size() && text_[at + 1] == '"') {
          decoder.add('"', at, at + 2);
          at += 2;
          continue;
        }
        end = at + 1;
        break;
      }
      if (c == '\n' && !verbatim) {
        end = at;
        break;
      }
      if (c != '\\' || verbatim || at + 1 >= text_.size()) {
        decoder.add(c, at, at + 1);
        ++at;
        continue;
      }
      at = language == SourceLanguage::jvm ? jvm_escape(decoder, at) : csharp_escape(decoder, at);
    }
    at_ = end;
    SourceToken& token = push(SourceToken::Type::string, begin, end);
    token.not_literal = std::move(not_literal);
    finish_string(token, std::move(found), body);
  }

  std::size_t jvm_escape(Decoder& decoder, std::size_t at) {
    const char e = text_[at + 1];
    if (std::optional<char> simple = simple_escape(e, SourceLanguage::jvm)) {
      decoder.add(*simple, at, at + 2);
      return at + 2;
    }
    if (e >= '0' && e <= '7') {
      // Java's octal escape: up to three digits when the first is 0-3, else up to two.
      const std::size_t most = e <= '3' ? 3 : 2;
      std::uint32_t code = 0;
      std::size_t end = at + 1;
      while (end < text_.size() && end < at + 1 + most && text_[end] >= '0' && text_[end] <= '7')
        code = code * 8 + static_cast<std::uint32_t>(text_[end++] - '0');
      decoder.add_code_point(code, at, end);
      return end;
    }
    if (e == 'u') {
      std::size_t digits_at = at + 1;
      while (digits_at < text_.size() && text_[digits_at] == 'u') ++digits_at;
      const auto [code, read] = read_hex(text_, digits_at, 4, false);
      if (read == 4) {
        decoder.add_code_point(code, at, digits_at + 4);
        return digits_at + 4;
      }
    }
    decoder.add('\\', at, at + 1);
    decoder.add(e, at + 1, at + 2);
    return at + 2;
  }

  // --- C# ---

  bool csharp_token() {
    const char c = text_[at_];
    if (c == '\'') {
      character_literal();
      return true;
    }
    if (c != '"' && c != '$' && c != '@') return false;
    // Prefixes: $ (interpolated, $$ for raw interpolated), @ (verbatim), in either order.
    std::size_t quote = at_;
    while (quote < text_.size() && (text_[quote] == '$' || text_[quote] == '@')) ++quote;
    if (quote >= text_.size() || text_[quote] != '"') return false;
    const std::string_view prefix = text_.substr(at_, quote - at_);
    const bool interpolated = prefix.find('$') != std::string_view::npos;
    const bool verbatim = prefix.find('@') != std::string_view::npos;
    std::size_t quotes = 0;
    while (quote + quotes < text_.size() && text_[quote + quotes] == '"') ++quotes;
    if (quotes >= 3) {
      const std::string closing(quotes, '"');
      const std::size_t close = text_.find(closing, quote + quotes);
      const std::size_t begin = at_;
      at_ = close == std::string_view::npos ? text_.size() : close + quotes;
      SourceToken& token = push(SourceToken::Type::string, begin, at_);
      token.not_literal = "a raw string literal";
      finish_string(token, FoundText{}, quote + quotes);
      return true;
    }
    quoted_string(at_, quote + 1, SourceLanguage::csharp, verbatim,
                  interpolated ? "an interpolated string" : "");
    return true;
  }

  std::size_t csharp_escape(Decoder& decoder, std::size_t at) {
    const char e = text_[at + 1];
    if (e == '0') {
      decoder.add('\0', at, at + 2);
      return at + 2;
    }
    if (std::optional<char> simple = simple_escape(e, SourceLanguage::csharp)) {
      decoder.add(*simple, at, at + 2);
      return at + 2;
    }
    if (e == 'x' || e == 'u' || e == 'U') {
      const std::size_t digits = e == 'u' ? 4 : e == 'U' ? 8 : 4;
      const auto [code, read] = read_hex(text_, at + 2, digits, e == 'x');
      if (read > 0) {
        decoder.add_code_point(code, at, at + 2 + read);
        return at + 2 + read;
      }
    }
    decoder.add('\\', at, at + 1);
    decoder.add(e, at + 1, at + 2);
    return at + 2;
  }

  std::string_view text_;
  SourceLanguage language_;
  std::size_t at_ = 0;
  std::vector<SourceToken> tokens_;
};

bool opens(const SourceToken& token) {
  return is_punctuation(token, "(") || is_punctuation(token, "[") || is_punctuation(token, "{");
}

bool closes(const SourceToken& token) {
  return is_punctuation(token, ")") || is_punctuation(token, "]") || is_punctuation(token, "}");
}

// The values separated by commas at the top level of tokens [first, last).
std::vector<CallArgument> split_at_commas(std::span<const SourceToken> tokens, std::size_t first,
                                          std::size_t last) {
  std::vector<CallArgument> parts;
  int depth = 0;
  std::size_t start = first;
  for (std::size_t i = first; i <= last; ++i) {
    if (i < last && opens(tokens[i])) ++depth;
    if (i < last && closes(tokens[i])) --depth;
    if (i == last || (depth == 0 && is_punctuation(tokens[i], ","))) {
      if (start < i) parts.push_back({{}, start, i});
      start = i + 1;
    }
  }
  return parts;
}

}  // namespace

bool is_punctuation(const SourceToken& token, std::string_view spelling) {
  return token.type == SourceToken::Type::punctuation && token.spelling == spelling;
}

std::vector<SourceToken> scan_source(std::string_view text, SourceLanguage language) {
  return Scanner(text, language).run();
}

CallArguments call_arguments(std::span<const SourceToken> tokens, std::size_t open) {
  CallArguments call;
  call.close = tokens.size();
  int depth = 0;
  for (std::size_t i = open + 1; i < tokens.size(); ++i) {
    if (opens(tokens[i])) {
      ++depth;
    } else if (closes(tokens[i])) {
      if (depth == 0) {
        call.close = i;
        break;
      }
      --depth;
    }
  }
  call.arguments = split_at_commas(tokens, open + 1, call.close);
  for (CallArgument& argument : call.arguments) {
    if (argument.last - argument.first >= 2 &&
        tokens[argument.first].type == SourceToken::Type::name &&
        (is_punctuation(tokens[argument.first + 1], "=") ||
         is_punctuation(tokens[argument.first + 1], ":"))) {
      argument.name = tokens[argument.first].spelling;
      argument.first += 2;
    }
  }
  return call;
}

const CallArgument* named_argument(const CallArguments& call, std::string_view name) {
  for (const CallArgument& argument : call.arguments) {
    if (argument.name == name) return &argument;
  }
  return nullptr;
}

ArgumentValue argument_value(std::span<const SourceToken> tokens, const CallArgument& argument) {
  ArgumentValue value;
  if (argument.first >= argument.last) {
    value.why = "nothing";
    return value;
  }
  value.begin = tokens[argument.first].begin;
  value.end = tokens[argument.last - 1].end;
  const SourceToken& first = tokens[argument.first];
  if (argument.last - argument.first == 1) {
    if (first.type == SourceToken::Type::string) {
      if (first.not_literal.empty()) {
        value.kind = ArgumentValue::Kind::literal;
        value.text = first.text;
      } else {
        value.why = first.not_literal;
      }
      return value;
    }
    if (first.type == SourceToken::Type::name &&
        (first.spelling == "None" || first.spelling == "null")) {
      value.kind = ArgumentValue::Kind::none;
      return value;
    }
    value.why = first.type == SourceToken::Type::name ? "a name" : "not a string";
    return value;
  }
  if (is_punctuation(first, "[") && is_punctuation(tokens[argument.last - 1], "]")) {
    // A list, when its `[` closes at the end.
    int depth = 0;
    std::size_t close = argument.last;
    for (std::size_t i = argument.first; i < argument.last; ++i) {
      if (opens(tokens[i])) ++depth;
      if (closes(tokens[i]) && --depth == 0) {
        close = i;
        break;
      }
    }
    if (close == argument.last - 1) {
      value.kind = ArgumentValue::Kind::list;
      for (const CallArgument& item : split_at_commas(tokens, argument.first + 1, close))
        value.items.push_back(argument_value(tokens, item));
      return value;
    }
  }
  const bool all_strings =
      std::all_of(tokens.begin() + static_cast<std::ptrdiff_t>(argument.first),
                  tokens.begin() + static_cast<std::ptrdiff_t>(argument.last),
                  [](const SourceToken& token) { return token.type == SourceToken::Type::string; });
  bool plus = false;
  bool call = false;
  for (std::size_t i = argument.first; i < argument.last; ++i) {
    plus = plus || is_punctuation(tokens[i], "+");
    call = call || (is_punctuation(tokens[i], "(") && i > argument.first &&
                    tokens[i - 1].type == SourceToken::Type::name);
  }
  value.why = all_strings ? "strings written one after the other"
              : plus      ? "a concatenation"
              : call      ? "a call"
                          : "an expression";
  return value;
}

std::string argument_excerpt(std::string_view text, const ArgumentValue& value) {
  std::string excerpt(text.substr(value.begin, value.end - value.begin));
  std::replace(excerpt.begin(), excerpt.end(), '\n', ' ');
  if (excerpt.size() > 60) excerpt = excerpt.substr(0, 57) + "...";
  return excerpt;
}

namespace {

// Whether `name` starts with `module` followed by the end, a dot, a blank or a comma.
bool names_module(std::string_view name, std::string_view module) {
  if (!name.starts_with(module)) return false;
  if (name.size() == module.size()) return true;
  const char after = name[module.size()];
  return after == '.' || after == ' ' || after == '\t' || after == ',' || after == '\r' ||
         after == ';';
}

}  // namespace

bool python_imports(std::string_view text, std::string_view module) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos) continue;
    line.remove_prefix(first);
    if (line.starts_with("from ")) {
      line.remove_prefix(5);
      line.remove_prefix(std::min(line.size(), line.find_first_not_of(' ')));
      if (names_module(line, module)) return true;
    } else if (line.starts_with("import ")) {
      line.remove_prefix(7);
      // `import a, b as c`: each name.
      while (!line.empty()) {
        line.remove_prefix(std::min(line.size(), line.find_first_not_of(' ')));
        if (names_module(line, module)) return true;
        const std::size_t comma = line.find(',');
        if (comma == std::string_view::npos) break;
        line.remove_prefix(comma + 1);
      }
    }
  }
  return false;
}

std::string_view called_name(std::span<const SourceToken> tokens, std::size_t open) {
  if (open == 0 || tokens[open - 1].type != SourceToken::Type::name) return {};
  return tokens[open - 1].spelling;
}

bool python_defines(std::span<const SourceToken> tokens, std::size_t open) {
  return open >= 2 && tokens[open - 2].type == SourceToken::Type::name &&
         (tokens[open - 2].spelling == "def" || tokens[open - 2].spelling == "class");
}

bool decorates(std::span<const SourceToken> tokens, std::size_t open) {
  if (called_name(tokens, open).empty()) return false;
  std::size_t at = open - 1;  // the name
  while (at >= 2 && is_punctuation(tokens[at - 1], ".") &&
         tokens[at - 2].type == SourceToken::Type::name)
    at -= 2;
  return at >= 1 && is_punctuation(tokens[at - 1], "@");
}

std::string_view decorated_name(std::span<const SourceToken> tokens, std::size_t close) {
  auto is_name = [&](std::size_t at) {
    return at < tokens.size() && tokens[at].type == SourceToken::Type::name;
  };
  std::size_t at = close + 1;
  // Further decorators or annotations, each with its arguments if it has any.
  while (at < tokens.size() && is_punctuation(tokens[at], "@") && is_name(at + 1)) {
    at += 2;  // `@name`, then `.name` parts
    while (at + 1 < tokens.size() && is_punctuation(tokens[at], ".") && is_name(at + 1)) at += 2;
    if (at < tokens.size() && is_punctuation(tokens[at], "("))
      at = call_arguments(tokens, at).close + 1;
  }
  // Keywords, modifiers and a return type (`def`, `async def`, `public void`, `fun`,
  // `List<String>`), then the name right before the parameters' `(`. Anything else, or a long
  // run, means the decorator is not directly on a definition.
  static constexpr std::array<std::string_view, 6> type_punctuation = {"<", ">", ",",
                                                                       "[", "]", "?"};
  for (const std::size_t limit = at + 16; at < tokens.size() && at < limit; ++at) {
    if (is_name(at) && at + 1 < tokens.size() && is_punctuation(tokens[at + 1], "("))
      return tokens[at].spelling;
    const bool part_of_a_type = tokens[at].type == SourceToken::Type::punctuation &&
                                std::find(type_punctuation.begin(), type_punctuation.end(),
                                          tokens[at].spelling) != type_punctuation.end();
    if (!is_name(at) && !part_of_a_type) return {};
  }
  return {};
}

bool has_line_starting_with(std::string_view text, std::string_view prefix) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    const std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && line.substr(first).starts_with(prefix)) return true;
    at = end + 1;
  }
  return false;
}

}  // namespace cronkit::embedded
