// stderr-not-captured: stdout goes to a log but errors still go to (often missing) mail.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds commands whose standard output is redirected to a file (not `/dev/null`) while standard
error is not (`2>`, `2>&1`, `&>`), when no non-empty `MAILTO` is in force. A command where
redirect-order applies is left to that rule.

## Why is this bad?
Python tracebacks, `curl` errors and most diagnostics go to stderr, that is to cron's mail,
which nobody receives: the log shows only the happy path.

## Example
    0 6 * * * /srv/llm/.venv/bin/python /srv/llm/digest.py >> /var/log/llm/digest.log

## Use instead
    0 6 * * * /srv/llm/.venv/bin/python /srv/llm/digest.py >> /var/log/llm/digest.log 2>&1

## Notes
Silent where the daemon logs what a job does not redirect (busybox crond without `MAILTO`,
supercronic, systemd-cron's journal): the errors are kept there.)doc";

bool has_stderr_dup_before_stdout(const lint::SimpleCommand& command) {
  bool dup = false;
  for (const lint::Redirection& r : command.redirections) {
    if (r.fd == 2 && r.op == ">&" && r.target && r.target->text == "1") dup = true;
    if (dup && r.fd == 1 && r.writes_file() && !r.is_dev_null()) return true;
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!lint::command_contains(ctx, entry, ">")) return;
  const EnvAssignment* mailto = lint::assignment_in_force(ctx.crontab, entry, "MAILTO");
  // A host declared to have no mail transfer agent (cronkit.toml) delivers no MAILTO either.
  const bool no_mta = ctx.options.mail_transfer_agent == false;
  if (mailto && !mailto->value.empty() && !no_mta) return;
  // busybox crond without MAILTO, supercronic and systemd-cron log standard error themselves
  // (the daemon's log, the journal): the errors are not lost to mail.
  const lint::UnredirectedOutput unredirected =
      lint::unredirected_output(ctx.crontab, entry, ctx.dialect);
  if (!unredirected.mailed && !unredirected.discarded) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  // `exec 2>>log` (or any stderr redirection of the whole list) covers every command.
  bool list_redirects_stderr = false;
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (command.list == 0 && !command.command_word() && command.redirects_stderr()) {
      list_redirects_stderr = true;
    }
    if (command.command_name() == "exec" && command.redirects_stderr()) {
      list_redirects_stderr = true;
    }
  }
  if (list_redirects_stderr) return;
  // redirect-order reports `2>&1 >> file`; it supersedes this rule for the line.
  bool order_problem = false;
  for (const lint::SimpleCommand& command : analysis.commands) {
    order_problem = order_problem || has_stderr_dup_before_stdout(command);
  }
  if (order_problem) return;
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (command.list != 0 || command.redirects_stderr()) continue;
    const lint::Redirection* out = nullptr;
    for (const lint::Redirection& r : command.redirections) {
      if ((r.fd == 1) && r.writes_file() && !r.is_dev_null()) out = &r;
    }
    if (!out) continue;
    Span insert = out->span;
    insert.begin = insert.end;
    insert.column = insert.end_column;
    ctx.report(out->span,
               fmt::format("stdout goes to {} but stderr still goes to cron's mail{}, so errors "
                           "and tracebacks are not in the log; add `2>&1` after it",
                           lint::excerpt(out->target->text),
                           no_mta ? ", which this host cannot deliver (cronkit.toml)" : ""),
               lint::Fix{insert, " 2>&1"});
    break;
  }
}

}  // namespace

extern const lint::Rule stderr_not_captured{
    {.id = "stderr-not-captured",
     .severity = Severity::info,
     .category = lint::Category::output,
     .summary = "stdout is logged to a file but stderr still goes to mail",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
