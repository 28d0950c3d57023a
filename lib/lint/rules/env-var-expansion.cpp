// env-var-expansion: cron copies an environment line's value literally; `$HOME` stays `$HOME`.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds environment lines whose value refers to a variable (`$NAME`, `${NAME}`) or a command
substitution (`$(...)`), when the value is read: the variable is one that cron, the shell or
programs read by themselves (`PATH`, `SHELL`, `HOME`, `MAILTO`, `TZ`, `LANG`, ...), or a job
below uses it. A job that hands it to a shell again (`sh -c "$CMD"`, `eval`) expands it there on
purpose, and a variable that only commented-out jobs use harms nothing yet: neither is reported.

## Why is this bad?
cron does no substitution in environment lines: `PATH=$HOME/bin:$PATH` sets PATH to the literal
text `$HOME/bin:$PATH`. That PATH names no real directory, so even `date` is "not found".
Debian's crontab(5) says so explicitly. Only cronie expands variables, and only in `MAILTO` and
`MAILFROM`.

## Example
    PATH=$HOME/.local/bin:$PATH

## Use instead
    PATH=/home/alice/.local/bin:/usr/local/bin:/usr/bin:/bin)doc";

bool starts_reference(std::string_view value, std::size_t i) {
  if (value[i] != '$' || i + 1 >= value.size()) return false;
  char c = value[i + 1];
  return c == '{' || c == '(' || c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// Variables that cron, the shell or every program reads from the environment by themselves: a
// literal `$` in them matters even when no job names them.
constexpr auto read_by_everyone = std::to_array<std::string_view>(
    {"PATH", "SHELL", "HOME", "MAILTO", "MAILFROM", "CRON_TZ", "TZ", "LANG", "LANGUAGE", "LC_ALL",
     "LOGNAME", "USER", "BASH_ENV", "ENV", "TMPDIR", "PYTHONPATH", "LD_LIBRARY_PATH"});

bool names_variable(std::string_view command, std::string_view name) {
  for (std::size_t at = command.find('$'); at != std::string_view::npos;
       at = command.find('$', at + 1)) {
    std::string_view rest = command.substr(at + 1);
    if (rest.starts_with('{')) rest.remove_prefix(1);
    if (!rest.starts_with(name)) continue;
    if (rest.size() == name.size()) return true;
    char next = rest[name.size()];
    if (!(std::isalnum(static_cast<unsigned char>(next)) || next == '_')) return true;
  }
  return false;
}

// A command that hands its text to a shell again (`sh -c "$CMD"`, `eval`), which expands what
// cron left literal: such a value is written for that second expansion on purpose.
bool expands_again(std::string_view command) {
  for (std::string_view shell : {"sh -c", "bash -c", "dash -c", "zsh -c", "eval "}) {
    if (command.find(shell) != std::string_view::npos) return true;
  }
  return false;
}

// Whether the literal value reaches something that reads it: a well-known variable, or a job
// below the line whose command uses it without expanding it again. A value that only
// commented-out jobs (or none) use does no harm yet.
bool value_is_used(const Crontab& crontab, const lint::EnvLineView& view) {
  std::string_view name = view.assignment->name;
  if (std::find(read_by_everyone.begin(), read_by_everyone.end(), name) != read_by_everyone.end())
    return true;
  for (const Entry& entry : crontab.entries) {
    if (entry.span.line <= view.line->number) continue;
    if (names_variable(entry.command.raw, name) && !expands_again(entry.command.raw)) return true;
  }
  return false;
}

void check(lint::RuleContext& ctx) {
  for (const lint::EnvLineView& view : lint::env_lines(ctx)) {
    if (!view.assignment) continue;
    const EnvAssignment& assignment = *view.assignment;
    if (!value_is_used(ctx.crontab, view)) continue;
    if (ctx.dialect.expands_mail_variables &&
        (assignment.name == "MAILTO" || assignment.name == "MAILFROM")) {
      continue;  // cronie expands these two itself
    }
    std::string_view written = view.candidate.value;
    for (std::size_t i = 0; i < written.size(); ++i) {
      if (!starts_reference(written, i)) continue;
      std::size_t end = i + 2;
      if (written[i + 1] == '{' || written[i + 1] == '(') {
        char close = written[i + 1] == '{' ? '}' : ')';
        std::size_t found = written.find(close, i + 2);
        end = found == std::string_view::npos ? written.size() : found + 1;
      } else {
        while (end < written.size() &&
               (std::isalnum(static_cast<unsigned char>(written[end])) || written[end] == '_')) {
          ++end;
        }
      }
      std::string_view reference = written.substr(i, end - i);
      std::size_t begin = view.line_begin + view.candidate.value_begin + i;
      std::string message = fmt::format(
          "cron does not expand `{}` in an environment line: {} is set to the literal text `{}`",
          lint::excerpt(reference), lint::excerpt(assignment.name),
          lint::excerpt(assignment.value));
      if (assignment.name == "PATH") {
        message += ", so commands are looked up in directories that do not exist";
      }
      ctx.report(ctx.span_at(*view.line, begin, begin + reference.size()), std::move(message));
      break;
    }
  }
}

}  // namespace

extern const lint::Rule env_var_expansion{
    {.id = "env-var-expansion",
     .severity = Severity::warning,
     .category = lint::Category::environment,
     .summary = "an environment value uses $VAR, which cron does not expand",
     .doc = doc},
    check};

}  // namespace cronkit::rules
