#include "lint/command_analysis.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>

#include "parse/command_text.hpp"

#include <sys/stat.h>

namespace cronkit::lint {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}
bool is_name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}
bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
// Characters with no special meaning inside a word.
bool is_plain(char c) {
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
bool is_operator_char(char c) {
  return c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' || c == ')';
}

std::string_view basename_of(std::string_view path) {
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool is_all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

constexpr std::array<std::string_view, 9> shells = {"sh",  "bash", "dash",    "zsh", "ksh",
                                                    "ash", "mksh", "busybox", "fish"};

class Lexer {
 public:
  explicit Lexer(CommandAnalysis& out) : out_(out), s_(out.text) {}

  void run() {
    std::size_t pos = 0;
    parse_list(pos, s_.size(), 0, 0, 0, std::string());
    std::stable_sort(
        out_.commands.begin(), out_.commands.end(),
        [](const SimpleCommand& a, const SimpleCommand& b) { return a.span.begin < b.span.begin; });
  }

 private:
  struct Pending {
    SimpleCommand command;
    std::size_t begin = std::string::npos;
    std::size_t end = 0;
    bool skip_words = false;  // after `for`, `case`, `select`: not a command
    bool any = false;
    void touch(std::size_t b, std::size_t e) {
      begin = std::min(begin, b);
      end = std::max(end, e);
      any = true;
    }
  };

  CommandAnalysis& out_;
  const std::string& s_;
  int next_list_ = 1;

  void add_construct(ShellConstruct::Kind kind, std::size_t begin, std::size_t end,
                     const std::string& shell, std::string text = {}) {
    ShellConstruct construct{kind, out_.span(begin, end), std::move(text), begin, end, shell};
    out_.constructs.push_back(std::move(construct));
  }

  // Parses a command list until `closer` (consumed) or `limit`. Returns true when the closer
  // was found.
  bool parse_list(std::size_t& pos, std::size_t limit, char closer, int depth, int list,
                  const std::string& shell) {
    Pending pending;
    pending.command.depth = depth;
    pending.command.list = list;
    pending.command.shell = shell;
    Connector before = Connector::none;
    auto finish = [&](Connector after) {
      if (pending.any) {
        pending.command.before = before;
        pending.command.after = after;
        finish_command(pending, shell);
      }
      before = after;
      pending = Pending();
      pending.command.depth = depth;
      pending.command.list = list;
      pending.command.shell = shell;
    };
    while (pos < limit) {
      char c = s_[pos];
      if (is_blank(c) || c == '\n') {
        if (c == '\n') finish(Connector::semicolon);
        ++pos;
        continue;
      }
      if (closer != 0 && c == closer) {
        finish(Connector::none);
        ++pos;
        return true;
      }
      if (c == '#') {
        add_construct(ShellConstruct::Kind::comment, pos, limit, shell,
                      s_.substr(pos, limit - pos));
        pos = limit;
        break;
      }
      if (c == ';') {
        // `;;` ends a case branch: treat it as a separator too.
        pos += pos + 1 < limit && s_[pos + 1] == ';' ? 2 : 1;
        finish(Connector::semicolon);
        continue;
      }
      if (c == '&' && pos + 1 < limit && s_[pos + 1] == '&') {
        pos += 2;
        finish(Connector::and_if);
        continue;
      }
      if (c == '|' && pos + 1 < limit && s_[pos + 1] == '|') {
        pos += 2;
        finish(Connector::or_if);
        continue;
      }
      if (c == '|' && pos + 1 < limit && s_[pos + 1] == '&') {
        pos += 2;
        finish(Connector::pipe_stderr);
        continue;
      }
      if (c == '|') {
        ++pos;
        finish(Connector::pipe);
        continue;
      }
      if (c == '&' && !(pos + 1 < limit && s_[pos + 1] == '>')) {
        ++pos;
        finish(Connector::background);
        continue;
      }
      if (c == '(') {
        // A subshell (or a function body): its commands form their own list.
        std::size_t open = pos++;
        bool closed = parse_list(pos, limit, ')', depth + 1, next_list_++, shell);
        if (!closed) {
          add_construct(ShellConstruct::Kind::unterminated_command_substitution, open, open + 1,
                        shell);
        }
        pending.touch(open, pos);
        continue;
      }
      if (c == ')') {  // stray: a syntax error for the shell; nothing to analyse
        ++pos;
        continue;
      }
      if (try_redirection(pos, limit, closer, depth, shell, pending)) continue;
      Word word;
      read_word(pos, limit, closer, depth, shell, word);
      if (word.end == word.begin) {  // nothing readable (should not happen); avoid looping
        ++pos;
        continue;
      }
      add_word(std::move(word), pending, shell);
    }
    finish(Connector::none);
    return false;
  }

  void add_word(Word word, Pending& pending, const std::string& shell) {
    SimpleCommand& command = pending.command;
    pending.touch(word.begin, word.end);
    if (pending.skip_words) {
      command.keywords.push_back(word.text);
      return;
    }
    bool at_start = command.words.empty();
    if (at_start && !word.quoted) {
      static constexpr std::array<std::string_view, 13> leading = {
          "if",    "then",  "else", "elif", "fi", "do",  "done",
          "while", "until", "!",    "{",    "}",  "esac"};
      if (std::find(leading.begin(), leading.end(), word.text) != leading.end()) {
        command.keywords.push_back(word.text);
        return;
      }
      if (word.text == "for" || word.text == "case" || word.text == "select") {
        command.keywords.push_back(word.text);
        pending.skip_words = true;
        return;
      }
      if (word.text == "[[") {
        add_construct(ShellConstruct::Kind::double_bracket, word.begin, word.end, shell);
      }
      if (word.text == "function") {
        add_construct(ShellConstruct::Kind::function_keyword, word.begin, word.end, shell);
        command.keywords.push_back(word.text);
        pending.skip_words = true;
        return;
      }
    }
    if (at_start) {
      // NAME=value before the command word.
      std::size_t i = word.begin;
      if (i < s_.size() && is_name_start(s_[i])) {
        while (i < word.end && is_name_char(s_[i])) ++i;
        if (i < word.end && s_[i] == '=') {
          Assignment assignment;
          assignment.name = s_.substr(word.begin, i - word.begin);
          assignment.span = word.span;
          assignment.value = word;
          assignment.value.begin = i + 1;
          assignment.value.span = out_.span(i + 1, word.end);
          assignment.value.text =
              word.text.substr(std::min(word.text.size(), assignment.name.size() + 1));
          command.assignments.push_back(std::move(assignment));
          return;
        }
      }
    }
    command.words.push_back(std::move(word));
  }

  bool try_redirection(std::size_t& pos, std::size_t limit, char closer, int depth,
                       const std::string& shell, Pending& pending) {
    std::size_t start = pos;
    std::size_t i = pos;
    int fd = -2;  // not given
    while (i < limit && is_digit(s_[i])) ++i;
    if (i > start) {
      if (i >= limit || (s_[i] != '<' && s_[i] != '>')) return false;
      fd = std::stoi(s_.substr(start, std::min<std::size_t>(i - start, 6)));
    }
    if (i >= limit) return false;
    std::string op;
    char c = s_[i];
    auto next = [&](std::size_t k) { return i + k < limit ? s_[i + k] : '\0'; };
    if (c == '&' && next(1) == '>') {
      if (fd != -2) return false;
      op = next(2) == '>' ? "&>>" : "&>";
    } else if (c == '>') {
      if (next(1) == '>')
        op = ">>";
      else if (next(1) == '|')
        op = ">|";
      else if (next(1) == '&')
        op = ">&";
      else if (next(1) == '(')
        return false;  // process substitution: a word
      else
        op = ">";
    } else if (c == '<') {
      if (next(1) == '<')
        op = next(2) == '-' ? "<<-" : "<<";
      else if (next(1) == '&')
        op = "<&";
      else if (next(1) == '>')
        op = "<>";
      else if (next(1) == '(')
        return false;
      else
        op = "<";
    } else {
      return false;
    }
    Redirection redirection;
    redirection.op = op;
    if (op == "&>" || op == "&>>")
      redirection.fd = -1;
    else if (fd != -2)
      redirection.fd = fd;
    else
      redirection.fd = op[0] == '<' ? 0 : 1;
    std::size_t op_begin = i;
    i += op.size();
    redirection.operator_span = out_.span(op_begin, i);
    std::size_t j = i;
    while (j < limit && is_blank(s_[j])) ++j;
    std::size_t end = i;
    if (j < limit && !is_operator_char(s_[j]) && s_[j] != '#' && !(closer && s_[j] == closer)) {
      Word target;
      read_word(j, limit, closer, depth, shell, target);
      if (target.end > target.begin) {
        end = target.end;
        redirection.target = std::move(target);
        j = end;
      }
    } else if (j < limit && (s_[j] == '<' || s_[j] == '>') && j + 1 < limit && s_[j + 1] == '(') {
      Word target;
      read_word(j, limit, closer, depth, shell, target);
      end = target.end;
      redirection.target = std::move(target);
    }
    if (op == ">&" && redirection.target && fd == -2) {
      const std::string& t = redirection.target->text;
      if (!is_all_digits(t) && t != "-") redirection.fd = -1;  // bash: `>& file`
    }
    pos = std::max(end, i);
    redirection.span = out_.span(start, pos);
    pending.touch(start, pos);
    pending.command.redirections.push_back(std::move(redirection));
    return true;
  }

  void check_quoted_tilde(std::size_t quote_pos, std::size_t word_start, std::size_t limit,
                          char quote, const std::string& shell) {
    bool at_word_start = quote_pos == word_start || s_[quote_pos - 1] == '=';
    if (!at_word_start || quote_pos + 1 >= limit || s_[quote_pos + 1] != '~') return;
    char after = quote_pos + 2 < limit ? s_[quote_pos + 2] : '\0';
    if (after == '/' || after == quote || is_name_start(after) || after == '\0') {
      add_construct(ShellConstruct::Kind::quoted_tilde, quote_pos + 1, quote_pos + 2, shell);
    }
  }

  void read_word(std::size_t& pos, std::size_t limit, char closer, int depth,
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
        bool closed = parse_list(pos, limit, ')', depth + 1, next_list_++, shell);
        add_construct(ShellConstruct::Kind::process_substitution, open, closed ? pos : open + 2,
                      shell);
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
          add_construct(ShellConstruct::Kind::unterminated_single_quote, pos, pos + 1, shell);
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
        word.quoted = true;
        std::size_t open = pos++;
        bool closed = false;
        while (pos < limit) {
          char d = s_[pos];
          if (d == '"') {
            closed = true;
            ++pos;
            break;
          }
          if (d == '\\' && pos + 1 < limit) {
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
        if (!closed) {
          add_construct(ShellConstruct::Kind::unterminated_double_quote, open, open + 1, shell);
        }
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

  void check_brace_expansion(std::size_t pos, std::size_t limit, const std::string& shell) {
    int nesting = 0;
    bool separator = false;
    for (std::size_t i = pos + 1; i < limit; ++i) {
      char c = s_[i];
      if (is_blank(c) || c == '\'' || c == '"' || c == '$' || is_operator_char(c)) return;
      if (c == '{') ++nesting;
      if (c == '}') {
        if (nesting-- == 0) {
          if (separator) add_construct(ShellConstruct::Kind::brace_expansion, pos, i + 1, shell);
          return;
        }
      }
      if (nesting == 0 && (c == ',' || (c == '.' && i + 1 < limit && s_[i + 1] == '.'))) {
        separator = true;
      }
    }
  }

  void read_backquote(std::size_t& pos, std::size_t limit, int depth, const std::string& shell,
                      Word& word) {
    std::size_t open = pos++;
    bool closed = parse_list(pos, limit, '`', depth + 1, next_list_++, shell);
    word.has_expansion = true;
    if (!closed) {
      add_construct(ShellConstruct::Kind::unterminated_backquote, open, open + 1, shell);
    } else {
      add_construct(ShellConstruct::Kind::backquote, open, pos, shell);
    }
    word.text.append(s_, open, pos - open);
  }

  void read_dollar(std::size_t& pos, std::size_t limit, int depth, const std::string& shell,
                   Word& word, bool in_double_quotes) {
    std::size_t start = pos;
    char next = pos + 1 < limit ? s_[pos + 1] : '\0';
    if (next == '(' && pos + 2 < limit && s_[pos + 2] == '(') {
      // Arithmetic expansion: up to the matching `))`.
      int nesting = 0;
      std::size_t i = pos + 3;
      std::size_t close = std::string::npos;
      for (; i < limit; ++i) {
        if (s_[i] == '(')
          ++nesting;
        else if (s_[i] == ')') {
          if (nesting == 0) {
            if (i + 1 < limit && s_[i + 1] == ')') close = i;
            break;
          }
          --nesting;
        }
      }
      word.has_expansion = true;
      if (close == std::string::npos) {
        add_construct(ShellConstruct::Kind::unterminated_arithmetic, start, start + 3, shell);
        word.text.append(s_, start, limit - start);
        pos = limit;
        return;
      }
      std::string expression = s_.substr(pos + 3, close - pos - 3);
      add_construct(ShellConstruct::Kind::arithmetic, start, close + 2, shell, expression);
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
      return;
    }
    if (next == '(') {
      pos += 2;
      bool closed = parse_list(pos, limit, ')', depth + 1, next_list_++, shell);
      word.has_expansion = true;
      if (!closed) {
        add_construct(ShellConstruct::Kind::unterminated_command_substitution, start, start + 2,
                      shell);
      } else {
        add_construct(ShellConstruct::Kind::command_substitution, start, pos, shell);
      }
      word.text.append(s_, start, pos - start);
      return;
    }
    if (next == '{') {
      std::size_t i = pos + 2;
      int nesting = 0;
      std::size_t close = std::string::npos;
      char quote = 0;
      for (; i < limit; ++i) {
        char c = s_[i];
        if (quote) {
          if (c == quote) quote = 0;
          continue;
        }
        if (c == '\'' || c == '"')
          quote = c;
        else if (c == '{')
          ++nesting;
        else if (c == '}') {
          if (nesting == 0) {
            close = i;
            break;
          }
          --nesting;
        }
      }
      word.has_expansion = true;
      if (close == std::string::npos) {
        add_construct(ShellConstruct::Kind::unterminated_parameter_expansion, start, start + 2,
                      shell);
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
      return;
    }
    if (next == '\'' && !in_double_quotes) {
      // bash's $'...' (with backslash escapes).
      std::size_t i = pos + 2;
      while (i < limit && s_[i] != '\'') i += s_[i] == '\\' ? 2 : 1;
      word.quoted = true;
      if (i >= limit) {
        add_construct(ShellConstruct::Kind::unterminated_single_quote, pos + 1, pos + 2, shell);
        add_construct(ShellConstruct::Kind::ansi_c_quote, start, limit, shell);
        word.text.append(s_, pos + 2, limit - pos - 2);
        pos = limit;
        return;
      }
      add_construct(ShellConstruct::Kind::ansi_c_quote, start, i + 1, shell);
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

  // Decides which words are wrappers and which is the real command; analyses the command
  // strings of `sh -c '...'` and `flock FILE -c '...'`.
  void finish_command(Pending& pending, const std::string& shell) {
    SimpleCommand& command = pending.command;
    std::vector<Word>& words = command.words;
    std::size_t i = 0;
    std::optional<std::pair<std::size_t, std::string>> command_string;  // word index, its shell
    while (i < words.size()) {
      const Word& word = words[i];
      if (word.has_expansion) break;
      std::string_view name = basename_of(word.text);
      std::size_t j = i + 1;
      auto option = [&](std::size_t k) -> std::string_view {
        return k < words.size() ? std::string_view(words[k].text) : std::string_view();
      };
      auto skip_options = [&](std::initializer_list<std::string_view> with_argument) {
        while (j < words.size()) {
          std::string_view o = option(j);
          if (o == "--") {
            ++j;
            break;
          }
          if (o.size() < 2 || o[0] != '-') break;
          bool takes =
              std::find(with_argument.begin(), with_argument.end(), o) != with_argument.end();
          j += takes ? 2 : 1;
        }
      };
      bool wrapper = true;
      if (name == "nice") {
        skip_options({"-n", "--adjustment"});
      } else if (name == "ionice") {
        for (std::size_t k = j; k < words.size() && option(k).starts_with("-"); ++k) {
          std::string_view o = option(k);
          if (o == "-p" || o == "-P" || o == "-u" || o.starts_with("--pid") ||
              o.starts_with("--pgid") || o.starts_with("--uid")) {
            wrapper = false;
          }
        }
        skip_options({"-c", "-n", "--class", "--classdata"});
      } else if (name == "timeout") {
        skip_options({"-s", "-k", "--signal", "--kill-after"});
        if (j < words.size()) ++j;  // the duration
      } else if (name == "flock") {
        skip_options({"-w", "--wait", "--timeout", "-E", "--conflict-exit-code"});
        if (j < words.size()) {
          if (is_all_digits(option(j))) {
            wrapper = j + 1 < words.size();  // `flock -n 9`: locks a descriptor, runs nothing
          }
          ++j;  // the lock file
        }
        if (j < words.size() && (option(j) == "-c" || option(j) == "--command")) {
          if (j + 1 < words.size()) command_string = {{j + 1, std::string(shell)}};
          j = words.size();
        }
      } else if (name == "env") {
        while (j < words.size()) {
          std::string_view o = option(j);
          if (o == "-u" || o == "--unset" || o == "-C" || o == "--chdir") {
            j += 2;
          } else if (o.starts_with("-") && o.size() > 1) {
            ++j;
          } else if (o == "-") {
            ++j;
          } else {
            break;
          }
        }
        while (j < words.size()) {
          const Word& w = words[j];
          std::size_t k = w.begin;
          if (k < s_.size() && is_name_start(s_[k])) {
            while (k < w.end && is_name_char(s_[k])) ++k;
            if (k < w.end && s_[k] == '=') {
              Assignment assignment;
              assignment.name = s_.substr(w.begin, k - w.begin);
              assignment.span = w.span;
              assignment.value = w;
              assignment.value.begin = k + 1;
              assignment.value.span = out_.span(k + 1, w.end);
              assignment.value.text =
                  w.text.substr(std::min(w.text.size(), assignment.name.size() + 1));
              assignment.via_env = true;
              command.assignments.push_back(std::move(assignment));
              ++j;
              continue;
            }
          }
          // `env $(cat .env | xargs) cmd`: the substitution supplies assignments.
          if (w.has_expansion && w.text.starts_with("$(") && w.text.ends_with(")")) {
            ++j;
            continue;
          }
          break;
        }
      } else if (name == "chronic" || name == "nohup" || name == "run-one" ||
                 name == "run-this-one" || name == "keep-one-running" ||
                 name == "run-one-constantly" || name == "run-one-until-success" ||
                 name == "run-one-until-failure") {
        skip_options({});
      } else if (name == "exec") {
        skip_options({"-a"});
      } else if (name == "time") {
        skip_options({});
      } else if (name == "command") {
        if (option(j) == "-v" || option(j) == "-V")
          wrapper = false;
        else
          skip_options({});
      } else if (name == "stdbuf") {
        skip_options({"-i", "-o", "-e"});
      } else if (name == "setsid") {
        skip_options({});
      } else if (name == "setlock" || name == "lckdo") {
        skip_options({"-W"});
        if (j < words.size()) ++j;  // the lock file
      } else if (name == "lockrun") {
        while (j < words.size() && option(j) != "--") ++j;
        if (j < words.size()) ++j;
      } else if (name == "solo") {
        skip_options({"-port"});
      } else {
        wrapper = false;
      }
      if (!wrapper) break;
      command.wrappers.push_back(Wrapper{std::string(name), i, std::min(j, words.size())});
      i = std::min(j, words.size());
    }
    command.command_index = i;
    // `sh -c 'string'`, `bash -lc "string"`: the string is a command list of its own.
    if (!command_string && i < words.size() && !words[i].has_expansion) {
      std::string_view name = basename_of(words[i].text);
      if (std::find(shells.begin(), shells.end(), name) != shells.end()) {
        for (std::size_t k = i + 1; k + 1 < words.size(); ++k) {
          std::string_view o = words[k].text;
          if (o.size() < 2 || o[0] != '-' || o[1] == '-') break;
          if (o.find('c') != std::string_view::npos) {
            command_string = {{k + 1, std::string(name)}};
            break;
          }
        }
      }
    }
    command.span = out_.span(pending.begin, pending.end);
    if (!command_string) {
      out_.commands.push_back(std::move(command));
      return;
    }
    const Word& string_word = words[command_string->first];
    std::size_t begin = string_word.begin;
    std::size_t end = string_word.end;
    bool mixed_quoting = false;
    char first = s_[begin];
    if ((first == '\'' || first == '"') && end - begin >= 2 && s_[end - 1] == first) {
      ++begin;
      --end;
    } else if (string_word.quoted) {
      mixed_quoting = true;  // the offsets would not line up: leave the string alone
    }
    int depth = command.depth;
    out_.commands.push_back(std::move(command));
    if (!mixed_quoting) {
      std::size_t pos = begin;
      parse_list(pos, end, 0, depth + 1, next_list_++, command_string->second);
    }
  }
};

}  // namespace

bool Redirection::duplicates_descriptor() const {
  if (op != ">&" && op != "<&") return false;
  return target && (is_all_digits(target->text) || target->text == "-");
}

bool Redirection::writes_file() const {
  if (op == ">" || op == ">>" || op == ">|" || op == "&>" || op == "&>>" || op == "<>") {
    return true;
  }
  return op == ">&" && !duplicates_descriptor() && target.has_value();
}

std::string_view SimpleCommand::command_name() const {
  const Word* word = command_word();
  return word ? basename_of(word->text) : std::string_view();
}

const Wrapper* SimpleCommand::wrapper(std::string_view name) const {
  for (const Wrapper& w : wrappers) {
    if (w.name == name) return &w;
  }
  return nullptr;
}

bool SimpleCommand::redirects_stdout() const {
  return std::any_of(redirections.begin(), redirections.end(), [](const Redirection& r) {
    return (r.fd == 1 || r.fd == -1) && r.writes_file();
  });
}

bool SimpleCommand::redirects_stderr() const {
  return std::any_of(redirections.begin(), redirections.end(), [](const Redirection& r) {
    return r.fd == -1 || (r.fd == 2 && (r.writes_file() || r.op == ">&"));
  });
}

std::size_t CommandAnalysis::file_offset(std::size_t offset) const {
  std::size_t raw_offset;
  if (source_offsets.empty()) {
    raw_offset = offset;
  } else if (offset < source_offsets.size()) {
    raw_offset = source_offsets[offset];
  } else {
    raw_offset = command_span.end - command_span.begin;
  }
  return command_span.begin + raw_offset;
}

Span CommandAnalysis::span(std::size_t begin, std::size_t end) const {
  Span result;
  result.line = command_span.line;
  result.begin = file_offset(begin);
  result.end = static_cast<std::uint32_t>(std::max<std::size_t>(result.begin, file_offset(end)));
  result.column =
      static_cast<std::uint32_t>(command_span.column + (result.begin - command_span.begin));
  result.end_column =
      static_cast<std::uint32_t>(command_span.column + (result.end - command_span.begin));
  return result;
}

const ShellConstruct* CommandAnalysis::find(ShellConstruct::Kind kind) const {
  for (const ShellConstruct& construct : constructs) {
    if (construct.kind == kind) return &construct;
  }
  return nullptr;
}

std::vector<const SimpleCommand*> CommandAnalysis::top_level() const {
  std::vector<const SimpleCommand*> result;
  for (const SimpleCommand& command : commands) {
    if (command.list == 0) result.push_back(&command);
  }
  return result;
}

CommandAnalysis analyze_command_text(std::string_view raw, const Span& span,
                                     const Dialect& dialect) {
  CommandAnalysis analysis;
  analysis.command_span = span;
  analysis.command_span.end = span.begin + raw.size();
  // Undo cron's escapes: `\%` is `%` (every cron); Debian also reads `\\` as `\`.
  if (raw.find('\\') == std::string_view::npos) {
    analysis.text.assign(raw);
  } else {
    analysis.text.reserve(raw.size());
    analysis.source_offsets.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] == '\\' && i + 1 < raw.size() &&
          (raw[i + 1] == '%' || (raw[i + 1] == '\\' && dialect.unescapes_double_backslash))) {
        analysis.text += raw[i + 1];
        analysis.source_offsets.push_back(static_cast<std::uint32_t>(i));
        ++i;
        continue;
      }
      if (raw[i] == '\\' && i + 1 < raw.size() && raw[i + 1] == '\\') {
        // cronie keeps `\\`, and its second backslash escapes nothing for cron.
        analysis.text += "\\\\";
        analysis.source_offsets.push_back(static_cast<std::uint32_t>(i));
        analysis.source_offsets.push_back(static_cast<std::uint32_t>(i + 1));
        ++i;
        continue;
      }
      analysis.text += raw[i];
      analysis.source_offsets.push_back(static_cast<std::uint32_t>(i));
    }
  }
  Lexer lexer(analysis);
  lexer.run();
  return analysis;
}

Span trimmed_command_span(const Entry& entry) {
  Span span = entry.command.span;
  std::string_view raw = entry.command.raw;
  std::size_t first = raw.find_first_not_of(" \t");
  if (first == std::string_view::npos || first == 0) return span;
  span.begin += first;
  span.column += static_cast<std::uint32_t>(first);
  return span;
}

CommandAnalysis analyze_command(const Command& command, const Dialect& dialect) {
  return analyze_command_text(command.raw, command.span, dialect);
}

bool looks_like_command_token(std::string_view token);

CommandAnalysis analyze_entry(const Crontab& crontab, const Entry& entry, const Dialect& dialect) {
  if (crontab.format == CrontabFormat::system && entry.user &&
      looks_like_command_token(*entry.user)) {
    Span span = entry.user_span;
    span.end = entry.command.span.end;
    span.end_column = entry.command.span.end_column;
    return analyze_command_text(crontab.source().substr(span.begin, span.end - span.begin), span,
                                dialect);
  }
  return analyze_command(entry.command, dialect);
}

bool may_have_unterminated_construct(std::string_view raw) {
  // Tracks only what can stay open; anything unusual (a comment, a `case`) means "analyse".
  int parens = 0;
  int braces = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
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
    while (k < token.size() &&
           std::string_view("<>&|;()0123456789\"'").find(token[k]) != std::string_view::npos) {
      ++k;
    }
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
    if (rest.find('/') != std::string_view::npos) return true;
    for (std::string_view extension : {".py", ".js", ".mjs", ".cjs", ".ts", ".sh", ".bash", ".php",
                                       ".rb", ".pl", ".R", ".lua"}) {
      if (rest.find(extension) != std::string_view::npos) return true;
    }
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

// ---------------------------------------------------------------------------------------------

EnvLineCandidate read_env_line(std::string_view line) {
  EnvLineCandidate result;
  std::size_t pos = 0;
  while (pos < line.size() && is_blank(line[pos])) ++pos;
  if (pos >= line.size() || line[pos] == '#') return result;
  // `export NAME=value`: read the rest as an assignment and remember the prefix.
  std::size_t export_begin = 0, export_end = 0;
  if (line.substr(pos).starts_with("export") && pos + 6 < line.size() && is_blank(line[pos + 6])) {
    export_begin = pos;
    pos += 6;
    while (pos < line.size() && is_blank(line[pos])) ++pos;
    export_end = pos;
  }
  std::size_t name_begin = pos;
  if (pos < line.size() && (line[pos] == '"' || line[pos] == '\'')) {
    char quote = line[pos];
    std::size_t close = line.find(quote, pos + 1);
    if (close == std::string_view::npos) return result;
    if (line.substr(pos + 1, close - pos - 1).find('=') != std::string_view::npos) return result;
    result.name = line.substr(pos + 1, close - pos - 1);
    result.name_begin = pos + 1;
    result.name_end = close;
    pos = close + 1;
  } else {
    while (pos < line.size() && !is_space(line[pos]) && line[pos] != '=') ++pos;
    result.name = line.substr(name_begin, pos - name_begin);
    result.name_begin = name_begin;
    result.name_end = pos;
  }
  while (pos < line.size() && is_blank(line[pos])) ++pos;
  if (pos >= line.size() || line[pos] != '=') return result;
  ++pos;
  std::size_t after_equals = pos;
  while (pos < line.size() && is_space(line[pos])) ++pos;
  auto finish = [&](EnvLineCandidate::Outcome outcome) {
    if (export_end != 0 && outcome != EnvLineCandidate::Outcome::not_an_assignment) {
      result.export_begin = export_begin;
      result.export_end = export_end;
      result.outcome = EnvLineCandidate::Outcome::export_prefix;
    } else {
      result.outcome = outcome;
    }
    return result;
  };
  if (pos >= line.size()) {
    result.value_begin = result.value_end = after_equals;
    result.value = line.substr(after_equals, 0);
    return finish(EnvLineCandidate::Outcome::empty_unquoted_value);
  }
  result.value_begin = pos;
  if (line[pos] == '"' || line[pos] == '\'') {
    char quote = line[pos];
    result.quote = quote;
    std::size_t close = line.find(quote, pos + 1);
    if (close == std::string_view::npos) {
      result.value_end = line.size();
      result.value = line.substr(pos);
      return finish(EnvLineCandidate::Outcome::unterminated_quote);
    }
    result.value_end = close + 1;
    result.value = line.substr(pos, close + 1 - pos);
    std::size_t rest = close + 1;
    while (rest < line.size() && is_space(line[rest])) ++rest;
    if (rest < line.size()) {
      result.junk_begin = rest;
      return finish(EnvLineCandidate::Outcome::junk_after_quoted_value);
    }
    return finish(EnvLineCandidate::Outcome::assignment);
  }
  result.value_end = line.size();
  result.value = line.substr(pos);
  return finish(EnvLineCandidate::Outcome::assignment);
}

std::vector<EnvLineView> env_lines(const Crontab& crontab) {
  std::vector<EnvLineView> result;
  for (const Line& line : crontab.lines) {
    if (line.kind != Line::Kind::environment && line.kind != Line::Kind::rejected) continue;
    EnvLineView view;
    view.line = &line;
    view.line_begin = line.span.begin;
    view.candidate = read_env_line(crontab.line_text(line));
    if (line.kind == Line::Kind::environment) {
      view.assignment = &crontab.environment[line.index];
    } else if (view.candidate.outcome == EnvLineCandidate::Outcome::not_an_assignment ||
               view.candidate.outcome == EnvLineCandidate::Outcome::assignment) {
      continue;  // a rejected job line, not an environment line
    }
    result.push_back(view);
  }
  return result;
}

}  // namespace cronkit::lint

namespace cronkit::lint {

const EnvAssignment* assignment_in_force(const Crontab& crontab, const Entry& entry,
                                         std::string_view name) {
  std::span<const EnvAssignment> in_force = crontab.environment_for(entry);
  for (auto it = in_force.rbegin(); it != in_force.rend(); ++it) {
    if (it->name == name) return &*it;
  }
  return nullptr;
}

std::string_view path_basename(std::string_view path) {
  return basename_of(path);
}

std::string excerpt(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t cut = max;
  // Do not cut a UTF-8 sequence in half.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

bool is_bash_like_shell(std::string_view shell) {
  std::string_view name = basename_of(shell);
  return name == "bash" || name == "zsh" || name == "ksh" || name == "ksh93" || name == "mksh";
}

bool is_interpreter(std::string_view name) {
  static constexpr std::array<std::string_view, 14> names = {
      "python", "node", "nodejs", "bash", "sh",  "dash",    "zsh",
      "php",    "ruby", "perl",   "deno", "bun", "Rscript", "lua"};
  if (std::find(names.begin(), names.end(), name) != names.end()) return true;
  // python3, python3.11, php8.2, ruby3.1, perl5.36
  for (std::string_view stem : {"python", "php", "ruby", "perl", "node"}) {
    if (name.starts_with(stem) && name.size() > stem.size()) {
      std::string_view rest = name.substr(stem.size());
      if (std::all_of(rest.begin(), rest.end(), [](char c) { return is_digit(c) || c == '.'; })) {
        return true;
      }
    }
  }
  return false;
}

const Word* interpreter_script(const SimpleCommand& command) {
  if (!command.command_word() || !is_interpreter(command.command_name())) return nullptr;
  std::string_view program = command.command_name();
  bool python = program.starts_with("python");
  bool shell = std::find(shells.begin(), shells.end(), program) != shells.end();
  std::span<const Word> arguments = command.arguments();
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    std::string_view a = arguments[i].text;
    if (a == "--") return i + 1 < arguments.size() ? &arguments[i + 1] : nullptr;
    if (a.size() < 2 || a[0] != '-') return &arguments[i];
    bool short_flags = a[1] != '-';
    // Code given inline or a module instead of a script.
    if (a == "-e" || a == "-E" || a == "--eval" || a == "-p" || a == "--print" || a == "-r") {
      return nullptr;
    }
    if ((python || shell) && short_flags && (a.back() == 'c' || (python && a.back() == 'm'))) {
      return nullptr;
    }
    if (a == "-f" && program.starts_with("php")) {
      return i + 1 < arguments.size() ? &arguments[i + 1] : nullptr;
    }
    // Options with a separate argument.
    if (a == "-W" || a == "-X" || a == "-o" || (a == "-O" && shell) || a == "-d" || a == "-I" ||
        a == "--require") {
      ++i;
    }
  }
  return nullptr;
}

const Word* sourced_file(const SimpleCommand& command) {
  std::string_view name =
      command.command_word() ? std::string_view(command.command_word()->text) : std::string_view();
  if (name != "." && name != "source") return nullptr;
  std::span<const Word> arguments = command.arguments();
  return arguments.empty() ? nullptr : &arguments[0];
}

std::string under_root(std::string_view root, std::string_view path) {
  std::string result(root);
  while (result.size() > 1 && result.back() == '/') result.pop_back();
  if (result == "/") result.clear();
  if (!path.starts_with("/")) result += '/';
  result += path;
  return result;
}

namespace {
std::vector<std::string_view> split_colons(std::string_view line) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t colon = line.find(':', start);
    parts.push_back(line.substr(start, colon == std::string_view::npos ? colon : colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  return parts;
}
unsigned to_unsigned(std::string_view text) {
  unsigned value = 0;
  for (char c : text) {
    if (!is_digit(c)) return 0;
    value = value * 10 + static_cast<unsigned>(c - '0');
  }
  return value;
}
}  // namespace

// The lines of a small system file under the root (passwd, group), read once and kept while
// the file's size and modification time stay the same: per-entry checks ask once per entry.
const std::vector<std::string>& file_lines(const std::string& path) {
  struct Cached {
    std::int64_t size = -1;
    std::int64_t mtime = 0;
    std::vector<std::string> lines;
  };
  thread_local std::map<std::string, Cached> cache;
  struct stat info {};
  std::int64_t size = -1, mtime = 0;
  if (::stat(path.c_str(), &info) == 0) {
    size = info.st_size;
    mtime = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
  }
  Cached& cached = cache[path];
  if (cached.size != size || cached.mtime != mtime || size < 0) {
    cached.lines.clear();
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) cached.lines.push_back(line);
    cached.size = size;
    cached.mtime = mtime;
  }
  return cached.lines;
}

std::optional<PasswdEntry> find_user(std::string_view root, std::string_view name) {
  for (const std::string& line : file_lines(under_root(root, "/etc/passwd"))) {
    std::vector<std::string_view> parts = split_colons(line);
    if (parts.size() < 7 || parts[0] != name) continue;
    return PasswdEntry{std::string(parts[0]), to_unsigned(parts[2]), to_unsigned(parts[3]),
                       std::string(parts[5])};
  }
  return std::nullopt;
}

std::vector<unsigned> groups_of(std::string_view root, const PasswdEntry& user) {
  std::vector<unsigned> groups{user.gid};
  for (const std::string& line : file_lines(under_root(root, "/etc/group"))) {
    std::vector<std::string_view> parts = split_colons(line);
    if (parts.size() < 4) continue;
    std::string_view members = parts[3];
    std::size_t start = 0;
    while (start <= members.size()) {
      std::size_t comma = members.find(',', start);
      std::string_view member =
          members.substr(start, comma == std::string_view::npos ? comma : comma - start);
      if (member == user.name) groups.push_back(to_unsigned(parts[2]));
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
  }
  return groups;
}

}  // namespace cronkit::lint

namespace cronkit::lint {

bool looks_like_command_token(std::string_view token) {
  if (token.empty()) return false;
  if (token.find('/') != std::string_view::npos) return true;
  char first = token.front();
  if (first == '~' || first == '.' || first == '$' || first == '"' || first == '\'') return true;
  static constexpr std::array<std::string_view, 40> programs = {
      "cd",    "python", "python3", "bash",    "sh",      "node",      "php",       "perl",
      "ruby",  "curl",   "wget",    "rsync",   "tar",     "find",      "rm",        "echo",
      "test",  "[",      "flock",   "timeout", "nice",    "ionice",    "run-parts", "docker",
      "sleep", "cp",     "mv",      "mkdir",   "certbot", "systemctl", "logger",    "date",
      "cat",   "env",    "sudo",    "java",    "npm",     "npx",       "make",      "source"};
  if (std::find(programs.begin(), programs.end(), token) != programs.end()) return true;
  return is_interpreter(token);
}

std::string job_user_name(const Crontab& crontab, const Entry& entry, std::string_view path) {
  if (crontab.format == CrontabFormat::system) {
    return entry.user ? std::string(*entry.user) : std::string();
  }
  // Debian: /var/spool/cron/crontabs/USER; cronie: /var/spool/cron/USER.
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return {};
  std::string_view directory = path.substr(0, slash);
  if (directory.ends_with("/var/spool/cron/crontabs") || directory.ends_with("/var/spool/cron")) {
    return std::string(path.substr(slash + 1));
  }
  return {};
}

bool may_access(const std::string& host_path, const std::optional<PasswdEntry>& user,
                const std::vector<unsigned>& groups, unsigned what) {
  struct stat info {};
  if (::stat(host_path.c_str(), &info) != 0) return false;
  unsigned mode = info.st_mode & 0777;
  if (!user) return (mode & (what | what << 3 | what << 6)) != 0;
  if (user->uid == 0) {
    // root may read and write anything; it may execute only what has some execute bit.
    return what != 1 || (mode & 0111) != 0 || S_ISDIR(info.st_mode);
  }
  if (info.st_uid == user->uid) return (mode >> 6 & what) == what;
  if (std::find(groups.begin(), groups.end(), info.st_gid) != groups.end()) {
    return (mode >> 3 & what) == what;
  }
  return (mode & what) == what;
}

}  // namespace cronkit::lint

namespace cronkit::lint {
namespace {

bool is_schedule_token(std::string_view token) {
  return !token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
    return is_digit(c) || c == '*' || c == '/' || c == ',' || c == '-';
  });
}

Span span_in_line(const Line& line, std::size_t begin, std::size_t end) {
  return Span{line.number, static_cast<std::uint32_t>(begin + 1),
              static_cast<std::uint32_t>(end + 1),
              static_cast<std::uint32_t>(line.span.begin + begin),
              static_cast<std::uint32_t>(line.span.begin + end)};
}

// The job of a line cron rejects because of its time fields (the parser keeps it in the tree), or
// nothing when the line has no recognisable command or was meant as an environment line.
std::shared_ptr<Entry> job_of_rejected_line(const Crontab& crontab, const Line& line) {
  const RejectedLine& rejected = crontab.rejected[line.index];
  if (!rejected.has_command) return nullptr;
  if (read_env_line(crontab.line_text(line)).outcome !=
      EnvLineCandidate::Outcome::not_an_assignment) {
    return nullptr;
  }
  auto entry = std::make_shared<Entry>();
  entry->span = rejected.span;
  entry->accepted = false;
  entry->environment_in_force = rejected.environment_in_force;
  entry->user = rejected.user;
  entry->user_span = rejected.user_span;
  entry->command = rejected.command;
  return entry;
}

// An entry cron rejects because its command starts with a schedule token (`* * * * * * cmd`):
// the command proper starts at the first other word.
std::shared_ptr<Entry> job_after_schedule_tokens(const Crontab& crontab, const Line& line,
                                                 const Entry& entry, const Dialect& dialect) {
  std::string_view raw = entry.command.raw;
  std::size_t skip = 0;
  while (true) {
    std::size_t begin = raw.find_first_not_of(" \t", skip);
    if (begin == std::string_view::npos) return nullptr;
    std::size_t end = raw.find_first_of(" \t", begin);
    if (end == std::string_view::npos) end = raw.size();
    if (!is_schedule_token(raw.substr(begin, end - begin))) {
      skip = begin;
      break;
    }
    skip = end;
  }
  // The job and the storage of its rewritten command texts, released together.
  struct JobWithStorage {
    Entry job;
    std::pmr::monotonic_buffer_resource memory;
  };
  auto holder = std::make_shared<JobWithStorage>();
  std::shared_ptr<Entry> job(holder, &holder->job);
  job->span = entry.span;
  job->accepted = false;
  job->environment_in_force = entry.environment_in_force;
  job->user = entry.user;
  job->user_span = entry.user_span;
  std::size_t begin = entry.command.span.begin - line.span.begin + skip;
  std::string_view text = crontab.line_text(line);
  job->command = split_command(text.substr(begin), dialect, &holder->memory);
  job->command.span = span_in_line(line, begin, text.size());
  return job;
}

}  // namespace

const Entry* job_of(const Crontab& crontab, const Entry& entry, const Dialect& dialect,
                    std::shared_ptr<Entry>& holder) {
  // Looks at the command first: `accepted` is on another cache line of the (large) Entry.
  std::string_view raw = entry.command.raw;
  std::size_t first = raw.empty() || !is_blank(raw[0]) ? 0 : raw.find_first_not_of(" \t");
  if (first != std::string_view::npos && first < raw.size() &&
      (raw[first] == '*' || is_digit(raw[first])) && !entry.accepted) {
    std::size_t end = raw.find_first_of(" \t", first);
    if (is_schedule_token(raw.substr(first, end == std::string_view::npos ? end : end - first))) {
      const Line* line = crontab.line_at(entry.span.line);
      if (!line) return nullptr;
      holder = job_after_schedule_tokens(crontab, *line, entry, dialect);
      return holder.get();
    }
  }
  return &entry;
}

void Jobs::iterator::advance(std::size_t line) {
  const Crontab& crontab = *jobs_->crontab_;
  if (made_up_) made_up_.reset();
  current_ = nullptr;
  for (line_ = line; line_ < crontab.lines.size(); ++line_) {
    const Line& l = crontab.lines[line_];
    if (l.kind == Line::Kind::environment) environment_ = l.index + 1;
    if (l.kind == Line::Kind::entry && !jobs_->rejected_only_) {
      current_ = job_of(crontab, crontab.entries[l.index], *jobs_->dialect_, made_up_);
      if (current_) return;
      continue;
    }
    if (l.kind == Line::Kind::rejected) {
      made_up_ = job_of_rejected_line(crontab, l);
      if (made_up_) {
        current_ = made_up_.get();
        return;
      }
    }
  }
}

namespace {
struct AnalysisCache {
  std::string text;
  Span span;
  DialectId dialect = DialectId::debian;
  bool valid = false;
  CommandAnalysis analysis;
};
}  // namespace

const CommandAnalysis& job_analysis(const Crontab& crontab, const Entry& entry,
                                    const Dialect& dialect) {
  // The text and span analyze_entry() reads; the analysis depends on nothing else, so a cache
  // keyed by them is always right.
  Span span = entry.command.span;
  if (crontab.format == CrontabFormat::system && entry.user &&
      looks_like_command_token(*entry.user)) {
    span.begin = entry.user_span.begin;
    span.column = entry.user_span.column;
  }
  std::string_view text = crontab.source().substr(span.begin, span.end - span.begin);
  thread_local AnalysisCache cache;
  if (!cache.valid || cache.dialect != dialect.id || !(cache.span == span) || cache.text != text) {
    cache.analysis = analyze_command_text(text, span, dialect);
    cache.text.assign(text);
    cache.span = span;
    cache.dialect = dialect.id;
    cache.valid = true;
  }
  return cache.analysis;
}

}  // namespace cronkit::lint
