// env-var-expansion: cron copies an environment line's value literally; `$HOME` stays `$HOME`.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds environment lines whose value refers to a variable (`$NAME`, `${NAME}`) or a command
substitution (`$(...)`).

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

void check(lint::RuleContext& ctx) {
  for (const lint::EnvLineView& view : lint::env_lines(ctx.crontab)) {
    if (!view.assignment) continue;
    const EnvAssignment& assignment = *view.assignment;
    if (ctx.dialect.id == DialectId::cronie &&
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
