// env-empty-unquoted: `NAME=` with nothing after it is not an assignment for Debian's cron.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds environment lines with nothing (or only blanks) after the `=`, such as `MAILTO=`.

## Why is this bad?
Debian's cron does not accept an empty unquoted value as an assignment: it reads the line as a
job, rejects it ("bad minute") and therefore ignores the whole file, so the intended "no mail"
never happens and no job runs. cronie accepts it as an empty value. Quotes work in every cron.

## Example
    MAILTO=

## Use instead
    MAILTO="")doc";

void check(lint::RuleContext& ctx) {
  for (const lint::EnvLineView& view : lint::env_lines(ctx)) {
    const lint::EnvLineCandidate& candidate = view.candidate;
    if (candidate.outcome != lint::EnvLineCandidate::Outcome::empty_unquoted_value) continue;
    std::size_t equals = view.line_begin + candidate.value_begin;  // just past the `=`
    Span span = ctx.span_at(*view.line, view.line_begin + candidate.name_begin, equals);
    lint::Fix fix{.span = ctx.span_at(*view.line, equals, view.line->span.end),
                  .replacement = "\"\"",
                  .safe = true};
    if (view.assignment) {
      ctx.report(Severity::warning, span,
                 fmt::format("cronie reads `{0}=` as an empty value, but Debian's cron rejects "
                             "the line and ignores the whole file; write {0}=\"\"",
                             lint::excerpt(candidate.name)),
                 std::move(fix));
    } else {
      ctx.report(span,
                 fmt::format("`{0}=` with nothing after `=` is not an assignment for Debian's "
                             "cron: it reads the line as a job, rejects it and ignores the whole "
                             "file; write {0}=\"\"",
                             lint::excerpt(candidate.name)),
                 std::move(fix));
    }
  }
}

}  // namespace

extern const lint::Rule env_empty_unquoted{
    {.id = "env-empty-unquoted",
     .severity = Severity::error,
     .category = lint::Category::environment,
     .summary = "NAME= with an empty unquoted value: Debian's cron rejects the line",
     .doc = doc},
    check};

}  // namespace cronkit::rules
