// env-trailing-whitespace: blanks after an unquoted value are kept by some crons.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds unquoted environment values followed by spaces or tabs.

## Why is this bad?
What happens to them depends on the cron: Debian's cron and cronie drop them, but supercronic
and older crons keep them, and then `SHELL=/bin/bash ` cannot be executed, `MAILTO=ops@x.org `
is refused and the last PATH entry does not exist. They are invisible in most editors.

## Example
    SHELL=/bin/bash··

## Use instead
    SHELL=/bin/bash)doc";

void check(lint::RuleContext& ctx) {
  for (const lint::EnvLineView& view : lint::env_lines(ctx)) {
    if (!view.assignment || view.candidate.quote) continue;
    std::string_view value = view.candidate.value;
    std::size_t end = value.size();
    if (end > 0 && value[end - 1] == '\r') --end;  // crlf-line-endings reports that one
    std::size_t begin = end;
    while (begin > 0 && (value[begin - 1] == ' ' || value[begin - 1] == '\t')) --begin;
    if (begin == end || begin == 0) continue;
    std::size_t file_begin = view.line_begin + view.candidate.value_begin + begin;
    std::size_t file_end = view.line_begin + view.candidate.value_begin + end;
    Span span = ctx.span_at(*view.line, file_begin, file_end);
    ctx.report(span,
               fmt::format("{} blank(s) after the value of {}: Debian's cron and cronie drop "
                           "them, but supercronic and older crons keep them in the value",
                           end - begin, view.assignment->name),
               lint::Fix{.span = span, .replacement = "", .safe = true});
  }
}

}  // namespace

extern const lint::Rule env_trailing_whitespace{
    {.id = "env-trailing-whitespace",
     .severity = Severity::warning,
     .category = lint::Category::environment,
     .summary = "an unquoted environment value ends in blanks that some crons keep",
     .doc = doc},
    check};

}  // namespace cronkit::rules
