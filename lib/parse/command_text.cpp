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

std::string unescape_command(std::string_view raw, const Dialect& dialect,
                             std::vector<std::uint32_t>* source_offsets) {
  if (raw.find('\\') == std::string_view::npos) return std::string(raw);
  std::string text;
  text.reserve(raw.size());
  if (source_offsets) source_offsets->reserve(raw.size());
  auto keep = [&](char c, std::size_t from) {
    text += c;
    if (source_offsets) source_offsets->push_back(static_cast<std::uint32_t>(from));
  };
  for (std::size_t i = 0; i < raw.size(); ++i) {
    bool pair = raw[i] == '\\' && i + 1 < raw.size();
    if (pair && (raw[i + 1] == '%' || (raw[i + 1] == '\\' && dialect.unescapes_double_backslash))) {
      keep(raw[i + 1], i);  // the escape disappears; the byte keeps the escape's position
      ++i;
      continue;
    }
    if (pair && raw[i + 1] == '\\') {
      // cronie keeps `\\`, and its second backslash escapes nothing for cron.
      keep('\\', i);
      keep('\\', i + 1);
      ++i;
      continue;
    }
    keep(raw[i], i);
  }
  return text;
}

std::vector<std::size_t> unescaped_percents(std::string_view raw) {
  std::vector<std::size_t> result;
  bool escaped = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (escaped) {
      escaped = false;
    } else if (raw[i] == '\\') {
      escaped = true;
    } else if (raw[i] == '%') {
      result.push_back(i);
    }
  }
  return result;
}

}  // namespace cronkit
