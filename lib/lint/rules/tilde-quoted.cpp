// tilde-quoted: `~` inside quotes is not expanded by the shell.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a `~` at the start of a word (or right after `=`) inside single or double quotes in a
job's command.

## Why is this bad?
An unquoted `~` works in a cron job: the job runs under `/bin/sh -c`, and the shell expands a
word-initial `~` to `$HOME`, which cron sets from the passwd entry. Inside quotes there is no
tilde expansion, so `"~/notes/"` names a directory literally called `~` in the job's working
directory. (In environment lines `~` is never expanded: see env-tilde.)

## Example
    0 1 * * * /usr/bin/rsync -a "~/notes/" /backups/notes/

## Use instead
    0 1 * * * /usr/bin/rsync -a ~/notes/ /backups/notes/

or `"$HOME/notes/"`.)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  std::string_view source = ctx.crontab.source();
  if (!lint::command_contains(ctx, entry, "~")) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  const lint::ShellConstruct* tilde = analysis.find(lint::ShellConstruct::Kind::quoted_tilde);
  if (!tilde) return;
  const Span& span = tilde->span;
  char quote = span.begin > 0 ? source[span.begin - 1] : '\0';
  char after = span.end < source.size() ? source[span.end] : '\0';
  std::optional<lint::Fix> fix;
  if (after == '/' || after == quote) {
    if (quote == '"') {
      fix = lint::Fix{span, "$HOME"};
    } else if (quote == '\'') {
      Span with_quote = span;
      with_quote.begin -= 1;
      with_quote.column -= 1;
      fix = lint::Fix{with_quote, "\"$HOME\"'"};
    }
  }
  ctx.report(span,
             "the shell does not expand `~` inside quotes: this names a directory called `~`; "
             "leave the `~` unquoted or write `$HOME`",
             std::move(fix));
}

}  // namespace

extern const lint::Rule tilde_quoted{{.id = "tilde-quoted",
                                      .severity = Severity::warning,
                                      .category = lint::Category::command,
                                      .summary = "a ~ inside quotes is not expanded",
                                      .doc = doc},
                                     lint::check_rejected_jobs<check_job>,
                                     lint::check_job_of<check_job>};

}  // namespace cronkit::rules
