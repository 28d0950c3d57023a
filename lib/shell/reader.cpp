// Command lists: the operators between commands, subshells, `{ ...; }` groups, `case ... esac`,
// keywords, `NAME=value` prefixes, redirections and heredoc bodies.

#include "shell/reader.hpp"

#include <algorithm>
#include <array>

#include "shell/chars.hpp"

namespace cronkit::shell::detail {

using namespace chars;

namespace {
// Whether `keyword` starts at `pos` as a whole word.
bool keyword_at(const std::string& s, std::size_t pos, std::size_t limit, std::string_view keyword,
                char closer) {
  if (s.compare(pos, keyword.size(), keyword) != 0 || pos + keyword.size() > limit) return false;
  std::size_t after = pos + keyword.size();
  if (after >= limit) return true;
  char c = s[after];
  return is_blank(c) || c == '\n' || c == ';' || c == '&' || c == '|' || c == ')' ||
         (closer != 0 && c == closer);
}
}  // namespace

std::size_t Reader::add_construct(Construct::Kind kind, std::size_t begin, std::size_t end,
                                  const std::string& shell, std::string text) {
  out_.constructs.push_back(
      Construct{kind, out_.span(begin, end), std::move(text), begin, end, shell});
  return out_.constructs.size() - 1;
}

void Reader::run() {
  std::size_t pos = 0;
  parse_list(pos, s_.size(), 0, 0, 0, std::string());
  // A `<<WORD` on the last line: its body never comes (the shell warns and reads it as empty).
  heredocs_.clear();
  // Nested lists are finished before the command holding them; most commands have none, and
  // stable_sort would allocate a buffer even for a sorted vector.
  auto by_position = [](const SimpleCommand& a, const SimpleCommand& b) {
    return a.begin < b.begin;
  };
  if (!std::is_sorted(out_.commands.begin(), out_.commands.end(), by_position)) {
    std::stable_sort(out_.commands.begin(), out_.commands.end(), by_position);
  }
}

bool Reader::parse_list(std::size_t& pos, std::size_t limit, char closer, int depth, int list,
                        const std::string& shell) {
  Pending pending;
  pending.command.depth = depth;
  pending.command.list = list;
  pending.command.shell = shell;
  std::vector<CaseFrame> cases;     // open `case`s of this list, innermost last
  std::vector<std::size_t> groups;  // offsets of the open `{`s of this list
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
  auto in_phase = [&](CaseFrame::Phase phase) {
    return !cases.empty() && cases.back().phase == phase;
  };
  bool closed = false;
  while (pos < limit) {
    char c = s_[pos];
    if (is_blank(c) || c == '\n') {
      ++pos;
      if (c == '\n') {
        finish(Connector::semicolon);
        if (!heredocs_.empty()) read_heredoc_bodies(pos, limit, shell);
      }
      continue;
    }
    if (closer != 0 && c == closer) {
      finish(Connector::none);
      ++pos;
      closed = true;
      break;
    }
    if (c == '#') {
      add_construct(Construct::Kind::comment, pos, limit, shell, s_.substr(pos, limit - pos));
      pos = limit;
      break;
    }
    if (in_phase(CaseFrame::Phase::pattern) && !pending.any &&
        !keyword_at(s_, pos, limit, "esac", closer)) {
      read_case_pattern(pos, limit, shell);
      cases.back().phase = CaseFrame::Phase::body;
      continue;
    }
    if (c == ';') {
      // `;;` ends a case branch (`;&` and `;;&` fall through, in bash): a separator too.
      bool branch_end = pos + 1 < limit && s_[pos + 1] == ';';
      pos += branch_end ? 2 : 1;
      if (in_phase(CaseFrame::Phase::body)) {
        if (pos < limit && s_[pos] == '&') {
          ++pos;
          branch_end = true;
        }
        if (branch_end) cases.back().phase = CaseFrame::Phase::pattern;
      }
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
      bool inner_closed = false;
      if (depth < max_depth) {
        inner_closed = parse_list(pos, limit, ')', depth + 1, next_list_++, shell);
      } else {
        pos = limit;
      }
      if (inner_closed) {
        add_construct(Construct::Kind::subshell, open, pos, shell);
      } else {
        add_construct(Construct::Kind::unterminated_command_substitution, open, open + 1, shell);
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
    if (in_phase(CaseFrame::Phase::header) && pending.skip_words && !word.quoted &&
        word.text == "in") {
      // `case WORD in`: the branches follow, each starting with its patterns.
      pending.touch(word.begin, word.end);
      pending.command.keywords.push_back(std::move(word.text));
      cases.back().phase = CaseFrame::Phase::pattern;
      finish(Connector::none);
      continue;
    }
    add_word(std::move(word), pending, cases, groups, shell);
  }
  if (!closed) finish(Connector::none);
  for (const CaseFrame& frame : cases) {
    add_construct(Construct::Kind::unterminated_case, frame.begin, frame.begin + 4, shell);
  }
  for (std::size_t open : groups) {
    add_construct(Construct::Kind::unterminated_group, open, open + 1, shell);
  }
  return closed;
}

bool Reader::read_case_pattern(std::size_t& pos, std::size_t limit, const std::string& shell) {
  // `a|b)` or `(a|b)`: up to the `)` outside quotes and brackets.
  std::size_t begin = pos;
  std::size_t i = pos;
  if (s_[i] == '(') ++i;
  std::size_t patterns = i;
  char quote = 0;
  for (; i < limit; ++i) {
    char c = s_[i];
    if (quote) {
      if (c == quote) quote = 0;
      continue;
    }
    if (c == '\\') {
      ++i;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == ')') {
      add_construct(Construct::Kind::case_pattern, begin, i + 1, shell,
                    s_.substr(patterns, i - patterns));
      pos = i + 1;
      return true;
    } else if (c == '\n' || c == ';') {
      break;
    }
  }
  // No `)`: a syntax error for the shell; the rest is read as the branch's commands.
  return false;
}

void Reader::read_heredoc_bodies(std::size_t& pos, std::size_t limit, const std::string& shell) {
  // The bodies follow the line of their `<<`s, one after another, each ending at a line that is
  // exactly its delimiter (tabs stripped first for `<<-`).
  (void)shell;
  for (const HeredocRequest& request : heredocs_) {
    Construct& construct = out_.constructs[request.construct];
    std::size_t body = pos;
    bool found = false;
    while (pos < limit) {
      std::size_t line_begin = pos;
      std::size_t line_end = std::min(s_.find('\n', pos), limit);
      std::size_t text = pos;
      if (request.strip_tabs) {
        while (text < line_end && s_[text] == '\t') ++text;
      }
      bool delimiter = std::string_view(s_).substr(text, line_end - text) == request.delimiter;
      pos = line_end < limit ? line_end + 1 : limit;
      if (delimiter) {
        construct.kind = Construct::Kind::heredoc;
        construct.text = s_.substr(body, line_begin - body);
        construct.begin = body;
        construct.end = line_end;
        construct.span = out_.span(body, line_end);
        found = true;
        break;
      }
    }
    if (!found) {
      construct.text = s_.substr(body, limit - body);
      pos = limit;
    }
  }
  heredocs_.clear();
}

Assignment Reader::make_assignment(const Word& word, std::size_t equals) const {
  Assignment assignment;
  assignment.name = s_.substr(word.begin, equals - word.begin);
  assignment.span = word.span;
  assignment.value = word;
  assignment.value.begin = equals + 1;
  assignment.value.span = out_.span(equals + 1, word.end);
  assignment.value.text = word.text.substr(std::min(word.text.size(), assignment.name.size() + 1));
  return assignment;
}

void Reader::add_word(Word word, Pending& pending, std::vector<CaseFrame>& cases,
                      std::vector<std::size_t>& groups, const std::string& shell) {
  SimpleCommand& command = pending.command;
  pending.touch(word.begin, word.end);
  if (pending.skip_words) {
    command.keywords.push_back(word.text);
    return;
  }
  bool at_start = command.words.empty();
  if (at_start && !word.quoted) {
    static constexpr std::array<std::string_view, 13> leading = {
        "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "esac"};
    if (std::find(leading.begin(), leading.end(), word.text) != leading.end()) {
      if (word.text == "{") {
        groups.push_back(word.begin);
      } else if (word.text == "}" && !groups.empty()) {
        add_construct(Construct::Kind::group, groups.back(), word.end, shell);
        groups.pop_back();
      } else if (word.text == "esac" && !cases.empty()) {
        add_construct(Construct::Kind::case_clause, cases.back().begin, word.end, shell);
        cases.pop_back();
      }
      command.keywords.push_back(word.text);
      return;
    }
    if (word.text == "for" || word.text == "case" || word.text == "select") {
      if (word.text == "case") cases.push_back({CaseFrame::Phase::header, word.begin});
      command.keywords.push_back(word.text);
      pending.skip_words = true;
      return;
    }
    if (word.text == "[[") {
      add_construct(Construct::Kind::double_bracket, word.begin, word.end, shell);
    }
    if (word.text == "function") {
      add_construct(Construct::Kind::function_keyword, word.begin, word.end, shell);
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
        command.assignments.push_back(make_assignment(word, i));
        return;
      }
    }
  }
  command.words.push_back(std::move(word));
}

bool Reader::try_redirection(std::size_t& pos, std::size_t limit, char closer, int depth,
                             const std::string& shell, Pending& pending) {
  std::size_t start = pos;
  std::size_t i = pos;
  int fd = -2;  // not given
  while (i < limit && is_digit(s_[i])) ++i;
  if (i > start) {
    if (i >= limit || (s_[i] != '<' && s_[i] != '>')) return false;
    // Six digits at most: more is no descriptor anyone has, and must not overflow.
    fd = std::stoi(s_.substr(start, std::min<std::size_t>(i - start, 6)));
  }
  if (i >= limit) return false;
  std::string_view op;
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
  redirection.op = std::string(op);
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
  if (redirection.is_heredoc() && redirection.target) {
    // Unterminated until its delimiter line is read at the next newline.
    redirection.heredoc = static_cast<int>(
        add_construct(Construct::Kind::unterminated_heredoc, op_begin, pos, shell));
    heredocs_.push_back(
        {redirection.target->text, op == "<<-", static_cast<std::size_t>(redirection.heredoc)});
  }
  redirection.begin = start;
  redirection.end = pos;
  redirection.span = out_.span(start, pos);
  pending.touch(start, pos);
  pending.command.redirections.push_back(std::move(redirection));
  return true;
}

}  // namespace cronkit::shell::detail
