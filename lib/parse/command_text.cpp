#include "parse/command_text.hpp"

namespace cronkit {
namespace {

// The job's standard input, translated as cron's child process writes it to the pipe.
std::string translate_standard_input(std::string_view input) {
  std::string out;
  out.reserve(input.size() + 1);
  bool escaped = false;
  bool needs_newline = false;
  for (char c : input) {
    if (escaped) {
      if (c != '%') out += '\\';
    } else if (c == '%') {
      c = '\n';
    }
    escaped = c == '\\';
    if (!escaped) {
      out += c;
      needs_newline = c != '\n';
    }
  }
  if (escaped) out += '\\';
  if (needs_newline) out += '\n';
  return out;
}

}  // namespace

Command split_command(std::string_view raw, const Dialect& dialect) {
  Command command;
  command.raw = raw;
  command.shell_command.reserve(raw.size());
  bool escaped = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (escaped) {
      escaped = false;
      if (c == '%' || (c == '\\' && dialect.unescapes_double_backslash)) {
        command.shell_command.back() = c;  // the escape itself disappears
        continue;
      }
    } else if (c == '\\') {
      escaped = true;
    } else if (c == '%') {
      command.first_unescaped_percent = i;
      // cron writes standard input only when there is text after the `%`.
      if (i + 1 < raw.size()) command.standard_input = translate_standard_input(raw.substr(i + 1));
      break;
    }
    command.shell_command += c;
  }
  return command;
}

}  // namespace cronkit
