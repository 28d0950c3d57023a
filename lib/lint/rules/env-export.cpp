// env-export: `export NAME=value` is shell syntax; for cron it is a broken job line.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds environment lines written as `export NAME=value`.

## Why is this bad?
A crontab's environment lines are not shell: the name would be `export`, which is not followed
by `=`, so cron reads the line as a job and rejects it ("bad minute"). Debian's cron then ignores
the whole file; cronie skips the line. Every line cron accepts as an assignment is exported to
the job anyway.

## Example
    export OPENAI_MODEL=gpt-4o-mini

## Use instead
    OPENAI_MODEL=gpt-4o-mini)doc";

void check(lint::RuleContext& ctx) {
  for (const lint::EnvLineView& view : lint::env_lines(ctx)) {
    const lint::EnvLineCandidate& candidate = view.candidate;
    if (candidate.outcome != lint::EnvLineCandidate::Outcome::export_prefix) continue;
    std::size_t begin = view.line_begin + candidate.export_begin;
    Span word = ctx.span_at(*view.line, begin, begin + 6);
    std::string message = fmt::format(
        "`export` is shell syntax: cron reads this line as a job and rejects it{}; write "
        "{}=... without `export`",
        ctx.dialect.rejects_whole_file_on_error ? ", and Debian's cron ignores the whole file"
                                                : " (cronie skips the line)",
        lint::excerpt(candidate.name));
    ctx.report(
        word, std::move(message),
        lint::Fix{ctx.span_at(*view.line, begin, view.line_begin + candidate.export_end), ""});
  }
}

}  // namespace

extern const lint::Rule env_export{
    {.id = "env-export",
     .severity = Severity::error,
     .category = lint::Category::environment,
     .summary = "export NAME=value is not an environment line for cron",
     .doc = doc},
    check};

}  // namespace cronkit::rules
