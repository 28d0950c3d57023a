#include "parse/command_text.hpp"

#include <algorithm>
#include <cstring>
#include <string>

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

std::string_view store(std::string_view text, std::pmr::memory_resource* memory) {
  if (text.empty()) return {};
  auto* bytes = static_cast<char*>(memory->allocate(text.size(), 1));
  std::memcpy(bytes, text.data(), text.size());
  return {bytes, text.size()};
}

}  // namespace

Command split_command(std::string_view raw, const Dialect& dialect,
                      std::pmr::memory_resource* memory) {
  Command command;
  command.raw = raw;
  if (!dialect.percent_is_special) {
    // busybox, systemd-cron: the shell gets the text unchanged and the job no standard input.
    command.shell_command = raw;
    if (dialect.collapses_command_blanks &&
        (raw.find("  ") != std::string_view::npos || raw.find('\t') != std::string_view::npos ||
         raw.find_last_of(" ") == raw.size() - 1)) {
      // systemd-cron: ' '.join(line.split()[5:]).
      std::string joined;
      for (std::size_t i = 0; i < raw.size();) {
        while (i < raw.size() && (raw[i] == ' ' || raw[i] == '\t')) ++i;
        std::size_t end = i;
        while (end < raw.size() && raw[end] != ' ' && raw[end] != '\t') ++end;
        if (end > i) {
          if (!joined.empty()) joined += ' ';
          joined.append(raw.substr(i, end - i));
        }
        i = end;
      }
      command.shell_command = store(joined, memory);
    }
    return command;
  }
  // Most commands hold no `%` and no backslash pair cron rewrites: the shell command is then the
  // raw text itself, and nothing is copied.
  // Two memchr scans (vectorised) rather than find_first_of, which tests the two-byte set once
  // per byte.
  const void* percent = raw.empty() ? nullptr : std::memchr(raw.data(), '%', raw.size());
  const void* backslash = raw.empty() ? nullptr : std::memchr(raw.data(), '\\', raw.size());
  if (!percent && !backslash) {
    command.shell_command = raw;
    return command;
  }
  const char* first_special = static_cast<const char*>(!percent     ? backslash
                                                       : !backslash ? percent
                                                                    : std::min(percent, backslash));
  const auto special = static_cast<std::size_t>(first_special - raw.data());
  char* rewritten = nullptr;   // the shell command, once it differs from `raw`
  std::size_t size = special;  // bytes of the shell command so far
  bool escaped = false;
  for (std::size_t i = special; i < raw.size(); ++i) {
    char c = raw[i];
    if (escaped) {
      escaped = false;
      if (c == '%' || (c == '\\' && dialect.unescapes_double_backslash)) {
        if (!rewritten) {
          rewritten = static_cast<char*>(memory->allocate(raw.size(), 1));
          std::memcpy(rewritten, raw.data(), size);
        }
        rewritten[size - 1] = c;  // the escape itself disappears
        continue;
      }
    } else if (c == '\\') {
      escaped = true;
    } else if (c == '%') {
      command.set_first_unescaped_percent(static_cast<std::uint32_t>(i));
      // cron writes standard input only when there is text after the `%`.
      if (i + 1 < raw.size()) {
        command.standard_input = store(translate_standard_input(raw.substr(i + 1)), memory);
      }
      break;
    }
    if (rewritten) rewritten[size] = c;
    ++size;
  }
  // Until the first rewrite the shell command is a prefix of `raw`.
  command.shell_command = rewritten ? std::string_view(rewritten, size) : raw.substr(0, size);
  return command;
}

std::string unescape_command(std::string_view raw, const Dialect& dialect,
                             std::vector<std::uint32_t>* source_offsets) {
  // busybox and systemd-cron pass backslashes to the shell as written.
  if (!dialect.percent_is_special || raw.find('\\') == std::string_view::npos) {
    return std::string(raw);
  }
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
