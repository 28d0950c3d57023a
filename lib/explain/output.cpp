#include "explain/output.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "shell/syntax.hpp"

namespace cronkit {
namespace {

// What a redirection does to the job's standard output and error.
struct OutputRedirection {
  enum class Op { replace, append, duplicate, close, both_replace, both_append };
  int fd = 1;
  Op op = Op::replace;
  std::string target;  // file name for replace/append
  int source_fd = 1;   // for duplicate
};

// One command of the top-level list or pipeline (groups `( ... )` and `{ ...; }` count as one
// command; redirections inside them are not followed).
struct Unit {
  std::vector<OutputRedirection> redirections;
  bool has_words = false;
  bool stdout_piped = false;  // followed by `|` or `|&`
  bool stderr_piped = false;  // followed by `|&`
};

// The output redirections of `command`, in order. Under sh, `&>FILE` is `&` (the command goes to
// the background) then `>FILE` on an empty command: what follows it redirects nothing.
void add_redirections(const shell::SimpleCommand& command, bool bash, Unit& unit,
                      std::vector<std::string>& notes) {
  using Op = OutputRedirection::Op;
  for (const shell::Redirection& r : command.redirections) {
    if (r.op.front() == '<') continue;  // input: not about output
    std::string target = r.target ? r.target->text : std::string();
    if (r.op == "&>" || r.op == "&>>") {
      if (!bash) {
        notes.push_back(
            "with /bin/sh, \"&>\" runs the command in the background and the \">\" that follows "
            "only empties the file; write \">FILE 2>&1\"");
        return;
      }
      unit.redirections.push_back({-1, r.op == "&>>" ? Op::both_append : Op::both_replace, target});
      continue;
    }
    OutputRedirection out;
    out.fd = r.fd;
    if (r.op == ">>") {
      out.op = Op::append;
    } else if (r.op == ">&") {
      if (target == "-") {
        out.op = Op::close;
      } else if (r.duplicates_descriptor()) {
        out.op = Op::duplicate;
        out.source_fd = std::stoi(target.substr(0, 3));
      } else {
        out.op = Op::both_replace;  // bash's `>&FILE`
      }
    }
    out.target = std::move(target);
    unit.redirections.push_back(std::move(out));
  }
}

// The top-level commands of `text` as sh runs them, each `{ ...; }` group folded into one.
std::vector<Unit> top_level_units(std::string_view text, bool bash,
                                  std::vector<std::string>& notes) {
  shell::Script script = shell::parse(std::string(text));
  std::vector<Unit> units;
  int open_groups = 0;
  for (const shell::SimpleCommand& command : script.commands) {
    if (command.list != 0) continue;
    bool in_group = open_groups > 0;
    if (!in_group) units.emplace_back();
    Unit& unit = units.back();
    for (const std::string& keyword : command.keywords) {
      if (keyword == "{") ++open_groups;
      if (keyword == "}" && open_groups > 0) --open_groups;
    }
    bool subshell = command.words.empty() && command.begin < script.text.size() &&
                    script.text[command.begin] == '(';
    if (!command.words.empty() || !command.assignments.empty() || !command.keywords.empty() ||
        subshell) {
      unit.has_words = true;
    }
    // Inside a group only the redirections after its `}` count, which the command holding the
    // `}` carries once the group is closed.
    if (open_groups == 0) {
      add_redirections(command, bash, unit, notes);
      unit.stdout_piped =
          command.after == shell::Connector::pipe || command.after == shell::Connector::pipe_stderr;
      unit.stderr_piped = command.after == shell::Connector::pipe_stderr;
    }
  }
  return units;
}

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
    case MailTarget::Kind::logged:
      return fmt::format("written to {}'s own output or log (not mailed)", mail.daemon);
    case MailTarget::Kind::journal:
      return "written to the systemd journal (not mailed)";
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
  for (const Unit& command : top_level_units(shell_command, shell_is_bash, routing.notes)) {
    if (!command.has_words) continue;  // `> file` alone writes nothing
    struct Slot {
      bool piped;
      StreamRoute route;
    };
    std::array<Slot, 3> fds{{{false, {}}, {command.stdout_piped, {}}, {command.stderr_piped, {}}}};
    for (const OutputRedirection& r : command.redirections) {
      const auto set = [&](int fd, Slot slot) {
        if (fd == 1 || fd == 2) fds[static_cast<std::size_t>(fd)] = std::move(slot);
      };
      switch (r.op) {
        case OutputRedirection::Op::replace:
        case OutputRedirection::Op::append:
          set(r.fd, {false, file_route(r.target, r.op == OutputRedirection::Op::append)});
          break;
        case OutputRedirection::Op::both_replace:
        case OutputRedirection::Op::both_append:
          set(1, {false, file_route(r.target, r.op == OutputRedirection::Op::both_append)});
          set(2, {false, file_route(r.target, r.op == OutputRedirection::Op::both_append)});
          break;
        case OutputRedirection::Op::duplicate:
          if (r.source_fd == 1 || r.source_fd == 2) {
            set(r.fd, fds[static_cast<std::size_t>(r.source_fd)]);
          }
          break;
        case OutputRedirection::Op::close:
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
