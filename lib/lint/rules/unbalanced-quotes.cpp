// unbalanced-quotes: a quote, backquote or `$(` that is never closed is a shell syntax error.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a `'`, `"` or backquote that is never closed, or a `$(`, `${` or `$((` without its end, in a
job's command (read with `\%` as `%`; quotes inside a shell comment do not count).

## Why is this bad?
cron hands the command to `/bin/sh -c`, which stops with "Unterminated quoted string" (dash) or
"unexpected EOF" (bash): the job never runs, and the error only reaches you if mail works.

## Example
    0 6 * * * /opt/llm/digest.sh --subject "Daily digest >> /var/log/digest.log 2>&1

## Use instead
    0 6 * * * /opt/llm/digest.sh --subject "Daily digest" >> /var/log/digest.log 2>&1)doc";

std::string_view describe(lint::ShellConstruct::Kind kind) {
  using Kind = lint::ShellConstruct::Kind;
  switch (kind) {
    case Kind::unterminated_single_quote:
      return "the single quote";
    case Kind::unterminated_double_quote:
      return "the double quote";
    case Kind::unterminated_backquote:
      return "the backquote";
    case Kind::unterminated_command_substitution:
      return "the `$(` (or `(`)";
    case Kind::unterminated_parameter_expansion:
      return "the `${`";
    case Kind::unterminated_arithmetic:
      return "the `$((`";
    default:
      return {};
  }
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  std::string_view raw = entry.command.raw;
  // Nothing can be left open without one of these bytes.
  if (!ctx.run_cache().command_bytes(entry).has_any(lint::unterminated_construct_bytes) ||
      !lint::may_have_unterminated_construct(raw)) {
    return;
  }
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::ShellConstruct& construct : analysis.constructs) {
    std::string_view what = describe(construct.kind);
    if (what.empty()) continue;
    Span span = construct.span;
    span.end = entry.command.span.end;
    span.end_column = entry.command.span.end_column;
    ctx.report(span, fmt::format("{} at column {} is never closed: the shell stops with a "
                                 "syntax error and the job does not run",
                                 what, construct.span.column));
    break;
  }
}

}  // namespace

extern const lint::Rule unbalanced_quotes{
    {.id = "unbalanced-quotes",
     .severity = Severity::error,
     .category = lint::Category::command,
     .summary = "a quote, backquote or $( in the command is never closed",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
