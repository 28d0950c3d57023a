// env-inline-comment: a `#` after an environment value is part of the value, or (after a quoted
// value) turns the line into a job line that cron rejects.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds comments written after an environment value: an unquoted value with a blank followed by
`#`, or anything other than blanks after a quoted value.

## Why is this bad?
cron has comments only on lines of their own. `MAILTO=ops@example.com  # on-call alias` sets
MAILTO to the whole text, comment included, so mail bounces. After a quoted value only blanks may
follow: `FOO="bar" # note` is not an assignment at all; cron reads it as a job, rejects it
("bad minute"), and Debian's cron then ignores the whole file.

## Example
    MAILTO=ops@example.com  # on-call alias

## Use instead
    # on-call alias
    MAILTO=ops@example.com)doc";

void check(lint::RuleContext& ctx) {
  using Outcome = lint::EnvLineCandidate::Outcome;
  for (const lint::EnvLineView& view : lint::env_lines(ctx)) {
    const lint::EnvLineCandidate& candidate = view.candidate;
    if (candidate.outcome == Outcome::junk_after_quoted_value) {
      std::size_t begin = view.line_begin + candidate.junk_begin;
      std::string message =
          "text after the closing quote makes this a job line for cron, which rejects it";
      message += ctx.dialect.rejects_whole_file_on_error ? ": Debian's cron ignores the whole file"
                                                         : ": cronie skips the line";
      message += "; put the comment on a line of its own";
      ctx.report(ctx.span_at(*view.line, begin, view.line->span.end), std::move(message));
      continue;
    }
    if (!view.assignment || candidate.quote) continue;
    std::string_view value = candidate.value;
    for (std::size_t i = 1; i < value.size(); ++i) {
      if (value[i] != '#' || (value[i - 1] != ' ' && value[i - 1] != '\t')) continue;
      std::size_t blank = i;
      while (blank > 0 && (value[blank - 1] == ' ' || value[blank - 1] == '\t')) --blank;
      std::size_t begin = view.line_begin + candidate.value_begin + blank;
      ctx.report(
          ctx.span_at(*view.line, begin, view.line_begin + candidate.value_end),
          fmt::format("cron keeps the comment in the value: {} is `{}`; put the comment "
                      "on a line of its own",
                      lint::excerpt(view.assignment->name), lint::excerpt(view.assignment->value)));
      break;
    }
  }
}

}  // namespace

extern const lint::Rule env_inline_comment{
    {.id = "env-inline-comment",
     .severity = Severity::error,
     .category = lint::Category::environment,
     .summary = "a comment after an environment value becomes part of it (or breaks the line)",
     .doc = doc},
    check};

}  // namespace cronkit::rules
