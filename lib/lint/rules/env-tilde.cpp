// env-tilde: `~` in an environment value is a literal character for cron.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a `~` at the start of an environment value or right after a `:` in it.

## Why is this bad?
cron does no tilde expansion in environment lines: `PATH=~/bin:/usr/bin:/bin` puts a directory
literally named `~/bin` on the PATH. bash happens to expand `~` in PATH entries when it looks a
command up, but dash (Debian's and Ubuntu's `/bin/sh`, which cron uses) does not, so the job
"works sometimes".

## Example
    PATH=~/bin:/usr/bin:/bin

## Use instead
    PATH=/home/alice/bin:/usr/bin:/bin)doc";

void check(lint::RuleContext& ctx) {
  for (const lint::EnvLineView& view : lint::env_lines(ctx)) {
    if (!view.assignment) continue;
    std::string_view written = view.candidate.value;
    std::size_t first = view.candidate.quote ? 1 : 0;
    for (std::size_t i = first; i < written.size(); ++i) {
      if (written[i] != '~' || (i != first && written[i - 1] != ':')) continue;
      std::size_t begin = view.line_begin + view.candidate.value_begin + i;
      std::string message =
          fmt::format("cron does not expand `~` in an environment line: {} holds a literal `~`",
                      lint::excerpt(view.assignment->name));
      if (view.assignment->name == "PATH") {
        message += "; dash (/bin/sh) then searches a directory named `~`";
      }
      ctx.report(ctx.span_at(*view.line, begin, begin + 1), std::move(message));
      break;
    }
  }
}

}  // namespace

extern const lint::Rule env_tilde{
    {.id = "env-tilde",
     .severity = Severity::warning,
     .category = lint::Category::environment,
     .summary = "an environment value starts with ~, which cron does not expand",
     .doc = doc},
    check};

}  // namespace cronkit::rules
