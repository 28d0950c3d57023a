// Words: quoting, escapes and the expansions inside a word (`$NAME`, `${...}`, `$( )`,
// `$(( ))`, backquotes, `$'...'`, `<( )`), with the constructs and variable references they hold.

#include <algorithm>

#include "shell/chars.hpp"
#include "shell/reader.hpp"

namespace cronkit::shell::detail {

using namespace chars;

namespace {
// How far a `{` looks for its `}` when deciding about brace expansion: keeps a word of a million
// `{` linear, and no real brace expansion is longer.
constexpr std::size_t max_brace_lookahead = 256;
}  // namespace

void Reader::read_word(std::size_t& pos, std::size_t limit, char closer, int depth,
                       const std::string& shell, Word& word) {
  std::size_t start = pos;
  word.begin = start;
  while (pos < limit) {
    char c = s_[pos];
    if (is_blank(c) || c == '\n') break;
    if (closer != 0 && c == closer) break;
    if ((c == '<' || c == '>') && pos + 1 < limit && s_[pos + 1] == '(') {
      // Process substitution (bash): `<(cmd)`.
      std::size_t open = pos;
      pos += 2;
      bool closed =
          depth < max_depth && parse_list(pos, limit, ')', depth + 1, next_list_++, shell);
      if (depth >= max_depth) pos = limit;
      add_construct(Construct::Kind::process_substitution, open, closed ? pos : open + 2, shell);
      word.text.append(s_, open, pos - open);
      word.has_expansion = true;
      continue;
    }
    if (is_operator_char(c)) break;
    if (c == '\'') {
      check_quoted_tilde(pos, start, limit, '\'', shell);
      std::size_t close = s_.find('\'', pos + 1);
      word.quoted = true;
      if (close == std::string::npos || close >= limit) {
        add_construct(Construct::Kind::unterminated_single_quote, pos, pos + 1, shell);
        word.text.append(s_, pos + 1, limit - pos - 1);
        pos = limit;
        break;
      }
      word.text.append(s_, pos + 1, close - pos - 1);
      pos = close + 1;
      continue;
    }
    if (c == '"') {
      check_quoted_tilde(pos, start, limit, '"', shell);
      read_double_quoted(pos, limit, depth, shell, word);
      continue;
    }
    if (c == '\\') {
      word.quoted = true;
      if (pos + 1 < limit) word.text += s_[pos + 1];
      pos += 2;
      continue;
    }
    if (c == '$') {
      read_dollar(pos, limit, depth, shell, word, false);
      continue;
    }
    if (c == '`') {
      read_backquote(pos, limit, depth, shell, word);
      continue;
    }
    if (c == '{') {
      check_brace_expansion(pos, limit, shell);
      word.text += c;
      ++pos;
      continue;
    }
    // A run of ordinary characters in one append.
    std::size_t run = pos + 1;
    while (run < limit && is_plain(s_[run]) && !(closer != 0 && s_[run] == closer)) ++run;
    word.text.append(s_, pos, run - pos);
    pos = run;
  }
  pos = std::min(pos, limit);
  word.end = pos;
  word.span = out_.span(word.begin, word.end);
}

void Reader::read_double_quoted(std::size_t& pos, std::size_t limit, int depth,
                                const std::string& shell, Word& word) {
  word.quoted = true;
  std::size_t open = pos++;
  while (pos < limit) {
    char d = s_[pos];
    if (d == '"') {
      ++pos;
      return;
    }
    if (d == '\\' && pos + 1 < limit) {
      // Inside double quotes a backslash escapes only these; before anything else it stays.
      char e = s_[pos + 1];
      if (e == '$' || e == '`' || e == '"' || e == '\\' || e == '\n') {
        word.text += e;
        pos += 2;
        continue;
      }
      word.text += d;
      ++pos;
      continue;
    }
    if (d == '$') {
      read_dollar(pos, limit, depth, shell, word, true);
      continue;
    }
    if (d == '`') {
      read_backquote(pos, limit, depth, shell, word);
      continue;
    }
    word.text += d;
    ++pos;
  }
  add_construct(Construct::Kind::unterminated_double_quote, open, open + 1, shell);
}

void Reader::check_quoted_tilde(std::size_t quote_pos, std::size_t word_start, std::size_t limit,
                                char quote, const std::string& shell) {
  bool at_word_start = quote_pos == word_start || s_[quote_pos - 1] == '=';
  if (!at_word_start || quote_pos + 1 >= limit || s_[quote_pos + 1] != '~') return;
  char after = quote_pos + 2 < limit ? s_[quote_pos + 2] : '\0';
  if (after == '/' || after == quote || is_name_start(after) || after == '\0') {
    add_construct(Construct::Kind::quoted_tilde, quote_pos + 1, quote_pos + 2, shell);
  }
}

void Reader::check_brace_expansion(std::size_t pos, std::size_t limit, const std::string& shell) {
  int nesting = 0;
  bool separator = false;
  std::size_t stop = std::min(limit, pos + max_brace_lookahead);
  for (std::size_t i = pos + 1; i < stop; ++i) {
    char c = s_[i];
    if (is_blank(c) || c == '\'' || c == '"' || c == '$' || is_operator_char(c)) return;
    if (c == '{') ++nesting;
    if (c == '}') {
      if (nesting-- == 0) {
        if (separator) add_construct(Construct::Kind::brace_expansion, pos, i + 1, shell);
        return;
      }
    }
    if (nesting == 0 && (c == ',' || (c == '.' && i + 1 < limit && s_[i + 1] == '.'))) {
      separator = true;
    }
  }
}

void Reader::read_backquote(std::size_t& pos, std::size_t limit, int depth,
                            const std::string& shell, Word& word) {
  std::size_t open = pos++;
  bool closed = false;
  if (depth < max_depth) {
    closed = parse_list(pos, limit, '`', depth + 1, next_list_++, shell);
  } else {
    pos = limit;
  }
  word.has_expansion = true;
  add_construct(closed ? Construct::Kind::backquote : Construct::Kind::unterminated_backquote, open,
                closed ? pos : open + 1, shell);
  word.text.append(s_, open, pos - open);
}

void Reader::read_arithmetic(std::size_t& pos, std::size_t limit, const std::string& shell,
                             Word& word, bool in_double_quotes) {
  // Up to the `))` that matches, counting the parentheses in between.
  std::size_t start = pos;
  int nesting = 0;
  std::size_t close = std::string::npos;
  for (std::size_t i = pos + 3; i < limit; ++i) {
    if (s_[i] == '(') {
      ++nesting;
    } else if (s_[i] == ')') {
      if (nesting == 0) {
        if (i + 1 < limit && s_[i + 1] == ')') close = i;
        break;
      }
      --nesting;
    }
  }
  word.has_expansion = true;
  if (close == std::string::npos) {
    add_construct(Construct::Kind::unterminated_arithmetic, start, start + 3, shell);
    word.text.append(s_, start, limit - start);
    pos = limit;
    return;
  }
  add_construct(Construct::Kind::arithmetic, start, close + 2, shell,
                s_.substr(pos + 3, close - pos - 3));
  // Names inside are variables, with or without `$`.
  for (std::size_t k = pos + 3; k < close;) {
    if (is_name_start(s_[k]) && (k == pos + 3 || !is_name_char(s_[k - 1]))) {
      std::size_t b = k;
      bool dollar = b > 0 && s_[b - 1] == '$';
      while (k < close && is_name_char(s_[k])) ++k;
      VariableReference reference;
      reference.name = s_.substr(b, k - b);
      reference.span = out_.span(dollar ? b - 1 : b, k);
      reference.in_double_quotes = in_double_quotes;
      reference.in_arithmetic = true;
      out_.variables.push_back(std::move(reference));
      continue;
    }
    ++k;
  }
  word.text.append(s_, start, close + 2 - start);
  pos = close + 2;
}

void Reader::read_parameter(std::size_t& pos, std::size_t limit, const std::string& shell,
                            Word& word, bool in_double_quotes) {
  std::size_t start = pos;
  int nesting = 0;
  std::size_t close = std::string::npos;
  char quote = 0;
  for (std::size_t i = pos + 2; i < limit; ++i) {
    char c = s_[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '{') {
      ++nesting;
    } else if (c == '}') {
      if (nesting == 0) {
        close = i;
        break;
      }
      --nesting;
    }
  }
  word.has_expansion = true;
  if (close == std::string::npos) {
    add_construct(Construct::Kind::unterminated_parameter_expansion, start, start + 2, shell);
    word.text.append(s_, start, limit - start);
    pos = limit;
    return;
  }
  std::size_t k = pos + 2;
  bool length = k < close && s_[k] == '#' && k + 1 < close && is_name_start(s_[k + 1]);
  if (length) ++k;
  std::size_t name_begin = k;
  while (k < close && is_name_char(s_[k])) ++k;
  if (k > name_begin && is_name_start(s_[name_begin])) {
    VariableReference reference;
    reference.name = s_.substr(name_begin, k - name_begin);
    reference.span = out_.span(start, close + 1);
    reference.braced = true;
    reference.in_double_quotes = in_double_quotes;
    reference.has_default = length;
    std::size_t op = k;
    if (op < close && s_[op] == ':') ++op;
    if (op < close) {
      char o = s_[op];
      if (o == '-' || o == '=' || o == '+') reference.has_default = true;
      if (o == '?') reference.guarded = true;
    }
    out_.variables.push_back(std::move(reference));
  }
  word.text.append(s_, start, close + 1 - start);
  pos = close + 1;
}

void Reader::read_dollar(std::size_t& pos, std::size_t limit, int depth, const std::string& shell,
                         Word& word, bool in_double_quotes) {
  std::size_t start = pos;
  char next = pos + 1 < limit ? s_[pos + 1] : '\0';
  if (next == '(' && pos + 2 < limit && s_[pos + 2] == '(') {
    read_arithmetic(pos, limit, shell, word, in_double_quotes);
    return;
  }
  if (next == '(') {
    pos += 2;
    bool closed = false;
    if (depth < max_depth) {
      closed = parse_list(pos, limit, ')', depth + 1, next_list_++, shell);
    } else {
      pos = limit;
    }
    word.has_expansion = true;
    if (closed) {
      add_construct(Construct::Kind::command_substitution, start, pos, shell);
    } else {
      add_construct(Construct::Kind::unterminated_command_substitution, start, start + 2, shell);
    }
    word.text.append(s_, start, pos - start);
    return;
  }
  if (next == '{') {
    read_parameter(pos, limit, shell, word, in_double_quotes);
    return;
  }
  if (next == '\'' && !in_double_quotes) {
    // bash's $'...' (with backslash escapes).
    std::size_t i = pos + 2;
    while (i < limit && s_[i] != '\'') i += s_[i] == '\\' ? 2 : 1;
    word.quoted = true;
    if (i >= limit) {
      add_construct(Construct::Kind::unterminated_single_quote, pos + 1, pos + 2, shell);
      add_construct(Construct::Kind::ansi_c_quote, start, limit, shell);
      word.text.append(s_, pos + 2, limit - pos - 2);
      pos = limit;
      return;
    }
    add_construct(Construct::Kind::ansi_c_quote, start, i + 1, shell);
    word.text.append(s_, pos + 2, i - pos - 2);
    pos = i + 1;
    return;
  }
  if (is_name_start(next)) {
    std::size_t k = pos + 1;
    while (k < limit && is_name_char(s_[k])) ++k;
    VariableReference reference;
    reference.name = s_.substr(pos + 1, k - pos - 1);
    reference.span = out_.span(start, k);
    reference.in_double_quotes = in_double_quotes;
    out_.variables.push_back(std::move(reference));
    word.has_expansion = true;
    word.text.append(s_, start, k - start);
    pos = k;
    return;
  }
  if (is_digit(next) || next == '?' || next == '$' || next == '!' || next == '#' || next == '*' ||
      next == '@' || next == '-') {
    word.has_expansion = true;
    word.text.append(s_, start, 2);
    pos += 2;
    return;
  }
  word.text += '$';
  ++pos;
}

}  // namespace cronkit::shell::detail
