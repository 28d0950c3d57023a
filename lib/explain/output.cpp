#include "explain/output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace cronkit {
namespace {

struct Redirection {
  enum class Op { replace, append, duplicate, close, both_replace, both_append };
  int fd = 1;
  Op op = Op::replace;
  std::string target;  // file name for replace/append
  int source_fd = 1;   // for duplicate
};

// One command of a list or pipeline at the top level (groups `( ... )` and `{ ...; }` count as
// one command; redirections inside them are not followed).
struct SimpleCommand {
  std::vector<Redirection> redirections;
  bool has_words = false;
  bool stdout_piped = false;  // followed by `|` or `|&`
  bool stderr_piped = false;  // followed by `|&`
};

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

class Scanner {
 public:
  Scanner(std::string_view text, bool bash, std::vector<std::string>& notes)
      : text_(text), bash_(bash), notes_(notes) {}

  std::vector<SimpleCommand> scan() {
    commands_.emplace_back();
    while (pos_ < text_.size()) step();
    return std::move(commands_);
  }

 private:
  char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  bool at_word_start() const {
    return pos_ == 0 || is_blank(text_[pos_ - 1]) || text_[pos_ - 1] == ';';
  }
  SimpleCommand& current() { return commands_.back(); }
  void end_command() { commands_.emplace_back(); }

  // Skips a quoted string or escape starting at pos_ and returns its text without quotes.
  std::string skip_quoted() {
    std::string word;
    const char quote = peek();
    if (quote == '\\') {
      if (pos_ + 1 < text_.size()) word += text_[pos_ + 1];
      pos_ += 2;
      return word;
    }
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != quote) {
      if (quote == '"' && text_[pos_] == '\\' && pos_ + 1 < text_.size()) ++pos_;
      word += text_[pos_++];
    }
    ++pos_;  // closing quote
    return word;
  }

  // The word after a redirection operator.
  std::string read_target() {
    while (pos_ < text_.size() && is_blank(peek())) ++pos_;
    std::string word;
    while (pos_ < text_.size()) {
      const char c = peek();
      if (is_blank(c) || c == ';' || c == '&' || c == '|' || c == '<' || c == '>' || c == '(' ||
          c == ')') {
        break;
      }
      if (c == '\'' || c == '"' || c == '\\') {
        word += skip_quoted();
      } else {
        word += c;
        ++pos_;
      }
    }
    return word;
  }

  void redirect(int fd) {
    Redirection r;
    r.fd = fd;
    if (peek() == '<') {  // input: not about output, skip operator and word
      ++pos_;
      while (peek() == '<' || peek() == '&' || peek() == '-') ++pos_;
      read_target();
      return;
    }
    ++pos_;  // '>'
    if (peek() == '>') {
      ++pos_;
      r.op = Redirection::Op::append;
    } else if (peek() == '|') {
      ++pos_;
    } else if (peek() == '&') {
      ++pos_;
      const std::string target = read_target();
      if (target == "-") {
        r.op = Redirection::Op::close;
      } else if (!target.empty() && std::all_of(target.begin(), target.end(), [](char c) {
                   return std::isdigit(static_cast<unsigned char>(c));
                 })) {
        r.op = Redirection::Op::duplicate;
        r.source_fd = std::stoi(target.substr(0, 3));
      } else {
        r.op = Redirection::Op::both_replace;  // bash's `>&FILE`
        r.target = target;
      }
      if (depth_ == 0) current().redirections.push_back(r);
      return;
    }
    r.target = read_target();
    if (depth_ == 0) current().redirections.push_back(r);
  }

  void step() {
    const char c = peek();
    if (c == '\'' || c == '"' || c == '\\') {
      skip_quoted();
      if (depth_ == 0) current().has_words = true;
      return;
    }
    if (c == '`') {
      const std::size_t close = text_.find('`', pos_ + 1);
      pos_ = close == std::string_view::npos ? text_.size() : close + 1;
      if (depth_ == 0) current().has_words = true;
      return;
    }
    if (c == '(') {
      if (depth_ == 0) current().has_words = true;
      ++depth_;
      ++pos_;
      return;
    }
    if (c == ')') {
      if (depth_ > 0) --depth_;
      ++pos_;
      return;
    }
    if (c == '{' && at_word_start() && (is_blank(peek(1)) || peek(1) == '\0')) {
      if (depth_ == 0) current().has_words = true;
      ++depth_;
      ++pos_;
      return;
    }
    if (c == '}' && depth_ > 0 && at_word_start()) {
      --depth_;
      ++pos_;
      return;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) && at_word_start()) {
      std::size_t end = pos_;
      while (end < text_.size() && std::isdigit(static_cast<unsigned char>(text_[end]))) ++end;
      if (end < text_.size() && (text_[end] == '>' || text_[end] == '<')) {
        const int fd =
            std::stoi(std::string(text_.substr(pos_, std::min<std::size_t>(end - pos_, 3))));
        pos_ = end;
        redirect(fd);
        return;
      }
    }
    if (c == '>' || c == '<') {
      redirect(c == '>' ? 1 : 0);
      return;
    }
    if (depth_ > 0) {
      ++pos_;
      return;
    }
    if (c == ';' || c == '\n') {
      ++pos_;
      end_command();
      return;
    }
    if (c == '|') {
      if (peek(1) == '|') {
        pos_ += 2;
        end_command();
        return;
      }
      const bool with_stderr = peek(1) == '&';
      pos_ += with_stderr ? 2 : 1;
      current().stdout_piped = true;
      current().stderr_piped = with_stderr;
      end_command();
      return;
    }
    if (c == '&') {
      if (peek(1) == '&') {
        pos_ += 2;
        end_command();
        return;
      }
      if (peek(1) == '>') {
        if (bash_) {
          pos_ += 2;
          Redirection r;
          r.op = Redirection::Op::both_replace;
          if (peek() == '>') {
            ++pos_;
            r.op = Redirection::Op::both_append;
          }
          r.target = read_target();
          current().redirections.push_back(r);
          return;
        }
        notes_.push_back(
            "with /bin/sh, \"&>\" runs the command in the background and the \">\" that follows "
            "only empties the file; write \">FILE 2>&1\"");
      }
      ++pos_;
      end_command();  // background: the job still writes to cron's pipe
      return;
    }
    if (!is_blank(c)) current().has_words = true;
    ++pos_;
  }

  std::string_view text_;
  bool bash_;
  std::vector<std::string>& notes_;
  std::size_t pos_ = 0;
  int depth_ = 0;
  std::vector<SimpleCommand> commands_;
};

StreamRoute file_route(const std::string& file, bool append) {
  if (file == "/dev/null") return {StreamSink::discarded, {}};
  return {append ? StreamSink::file_appended : StreamSink::file_replaced, file};
}

void add_unique(std::vector<StreamRoute>& routes, const StreamRoute& route) {
  if (std::find(routes.begin(), routes.end(), route) == routes.end()) routes.push_back(route);
}

std::string mail_phrase(const MailTarget& mail) {
  switch (mail.kind) {
    case MailTarget::Kind::owner:
      return mail.who.empty() ? "mailed to the crontab's owner"
                              : fmt::format("mailed to {} (the user it runs as)", mail.who);
    case MailTarget::Kind::address:
      return fmt::format("mailed to {} (MAILTO)", mail.who);
    case MailTarget::Kind::disabled:
      return "discarded (MAILTO is empty)";
    case MailTarget::Kind::unsafe:
      return fmt::format(
          "discarded: cron refuses MAILTO \"{}\" (not a safe address) and sends no mail", mail.who);
  }
  return {};
}

std::string route_phrase(const StreamRoute& route, const MailTarget& mail) {
  switch (route.sink) {
    case StreamSink::captured:
      return mail_phrase(mail);
    case StreamSink::discarded:
      return "discarded";
    case StreamSink::file_appended:
      return "appended to " + route.file;
    case StreamSink::file_replaced:
      return fmt::format("written to {} (emptied at each run)", route.file);
  }
  return {};
}

std::string routes_phrase(const std::vector<StreamRoute>& routes, const MailTarget& mail) {
  std::string text;
  for (std::size_t i = 0; i < routes.size(); ++i) {
    if (i > 0) text += i + 1 == routes.size() ? " or " : ", ";
    text += route_phrase(routes[i], mail);
  }
  return text;
}

}  // namespace

OutputRouting route_output(std::string_view shell_command, bool shell_is_bash) {
  OutputRouting routing;
  Scanner scanner(shell_command, shell_is_bash, routing.notes);
  for (const SimpleCommand& command : scanner.scan()) {
    if (!command.has_words) continue;  // `> file` alone writes nothing
    struct Slot {
      bool piped;
      StreamRoute route;
    };
    std::array<Slot, 3> fds{{{false, {}}, {command.stdout_piped, {}}, {command.stderr_piped, {}}}};
    for (const Redirection& r : command.redirections) {
      const auto set = [&](int fd, Slot slot) {
        if (fd == 1 || fd == 2) fds[static_cast<std::size_t>(fd)] = std::move(slot);
      };
      switch (r.op) {
        case Redirection::Op::replace:
        case Redirection::Op::append:
          set(r.fd, {false, file_route(r.target, r.op == Redirection::Op::append)});
          break;
        case Redirection::Op::both_replace:
        case Redirection::Op::both_append:
          set(1, {false, file_route(r.target, r.op == Redirection::Op::both_append)});
          set(2, {false, file_route(r.target, r.op == Redirection::Op::both_append)});
          break;
        case Redirection::Op::duplicate:
          if (r.source_fd == 1 || r.source_fd == 2) {
            set(r.fd, fds[static_cast<std::size_t>(r.source_fd)]);
          }
          break;
        case Redirection::Op::close:
          set(r.fd, {false, {StreamSink::discarded, {}}});
          break;
      }
    }
    // What goes into a pipe is the next command's input, not the job's output.
    if (!fds[1].piped) add_unique(routing.standard_output, fds[1].route);
    if (!fds[2].piped) add_unique(routing.standard_error, fds[2].route);
  }
  if (routing.standard_output.empty()) routing.standard_output.push_back({});
  if (routing.standard_error.empty()) routing.standard_error.push_back({});
  return routing;
}

std::string describe_output(const OutputRouting& routing, const MailTarget& mail) {
  std::string text;
  const auto& out = routing.standard_output;
  const auto& err = routing.standard_error;
  if (out == err) {
    text = routes_phrase(out, mail);
    if (out.size() == 1 && (out.front().sink == StreamSink::file_appended ||
                            out.front().sink == StreamSink::file_replaced)) {
      text += ", stderr too";
    }
  } else {
    text = fmt::format("stdout {}; stderr {}", routes_phrase(out, mail), routes_phrase(err, mail));
  }
  for (const std::string& note : routing.notes) text += "; " + note;
  return text;
}

}  // namespace cronkit
