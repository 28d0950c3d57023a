// parse(), the accessors of the syntax types, and the shared queries.

#include "shell/queries.hpp"

#include <algorithm>
#include <array>

#include "shell/chars.hpp"
#include "shell/reader.hpp"
#include "shell/wrappers.hpp"

namespace cronkit::shell {

using namespace chars;

Script parse(std::string text, SourceMap source) {
  Script script;
  script.text = std::move(text);
  script.source = std::move(source);
  // Without a map the text is its own source: offsets are positions on line 1.
  if (script.source.offsets.empty()) {
    script.source.base.end = script.source.base.begin + script.text.size();
  }
  if (script.source.base.line == 0) {
    script.source.base.line = 1;
    script.source.base.column = 1;
  }
  detail::Reader reader(script);
  reader.run();
  return script;
}

bool Redirection::duplicates_descriptor() const {
  if (op != ">&" && op != "<&") return false;
  return target && (is_all_digits(target->text) || target->text == "-");
}

bool Redirection::writes_file() const {
  // Without a target (`cmd >` at the end of the line) the shell reports a syntax error and
  // writes nothing.
  if (op == ">" || op == ">>" || op == ">|" || op == "&>" || op == "&>>" || op == "<>") {
    return target.has_value();
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

std::size_t Script::file_offset(std::size_t offset) const {
  std::size_t raw_offset;
  if (source.offsets.empty()) {
    raw_offset = offset;
  } else if (offset < source.offsets.size()) {
    raw_offset = source.offsets[offset];
  } else {
    raw_offset = source.base.end - source.base.begin;
  }
  return source.base.begin + raw_offset;
}

Span Script::span(std::size_t begin, std::size_t end) const {
  const Span& base = source.base;
  Span result;
  result.line = base.line;
  result.begin = file_offset(begin);
  result.end = static_cast<std::uint32_t>(std::max<std::size_t>(result.begin, file_offset(end)));
  result.column = static_cast<std::uint32_t>(base.column + (result.begin - base.begin));
  result.end_column = static_cast<std::uint32_t>(base.column + (result.end - base.begin));
  return result;
}

const Construct* Script::find(Construct::Kind kind) const {
  for (const Construct& construct : constructs) {
    if (construct.kind == kind) return &construct;
  }
  return nullptr;
}

std::vector<const SimpleCommand*> Script::top_level() const {
  std::vector<const SimpleCommand*> result;
  for (const SimpleCommand& command : commands) {
    if (command.list == 0) result.push_back(&command);
  }
  return result;
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
  bool shell = is_shell_name(program);
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

}  // namespace cronkit::shell
