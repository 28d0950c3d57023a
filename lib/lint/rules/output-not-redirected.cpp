// output-not-redirected: job output goes to mail, which often goes nowhere.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds jobs whose standard output is not redirected (`>`, `>>`, `&>`, `| logger`,
`| systemd-cat`, `| tee`) when no `MAILTO` line is in force, or the last one is `MAILTO=""`.

## Why is this bad?
cron mails a job's output to the crontab's owner. On a host without a mail server Debian's cron
discards it ("No MTA installed, discarding output"), and `MAILTO=""` discards it on purpose:
either way tracebacks and error messages vanish.

## Example
    15 * * * * /srv/llm/.venv/bin/python /srv/llm/triage.py

## Use instead
    15 * * * * /srv/llm/.venv/bin/python /srv/llm/triage.py >> /var/log/llm/triage.log 2>&1

## Notes
Where the daemon does not mail output the rule is silent: busybox crond without `MAILTO` leaves
it to its own log (or standard error), supercronic logs every line of it, systemd-cron writes it
to the journal.)doc";

bool is_output_sink(std::string_view name) {
  return name == "logger" || name == "systemd-cat" || name == "tee" || name == "mail" ||
         name == "mailx" || name == "sendmail" || name == "s-nail" || name == "ts";
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  const EnvAssignment* mailto = lint::assignment_in_force(ctx.crontab, entry, "MAILTO");
  // A host declared to have no mail transfer agent (cronkit.toml) delivers no MAILTO either.
  const bool no_mta = ctx.options.mail_transfer_agent == false;
  if (mailto && !mailto->value.empty() && !no_mta) return;
  // The output is not lost to mail: the daemon logs it, or the journal keeps it.
  if (ctx.dialect.output_without_mailto != JobOutput::mailed_to_owner &&
      !(mailto && !mailto->value.empty() && ctx.dialect.mails_output_to_mailto)) {
    return;
  }
  if (entry.command.raw.find_first_not_of(" \t") == std::string_view::npos) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  bool handled = false;
  bool runs_something = false;
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (command.list != 0) continue;
    if (command.command_word()) runs_something = true;
    if (command.redirects_stdout() ||
        (command.before == lint::Connector::pipe && is_output_sink(command.command_name())) ||
        (command.before == lint::Connector::pipe_stderr &&
         is_output_sink(command.command_name()))) {
      handled = true;
      break;
    }
  }
  if (handled || !runs_something) return;
  std::string message =
      mailto ? "the job's output is not redirected and MAILTO=\"\" discards it, so its errors "
               "vanish"
             : fmt::format(
                   "the job's output is not redirected: {} mails it to {} and, without a mail "
                   "server, discards it, so its errors usually vanish",
                   ctx.dialect.daemon,
                   ctx.crontab.format == CrontabFormat::system && entry.user
                       ? fmt::format("{} (the job's user)", *entry.user)
                       : std::string("the crontab's owner"));
  if (no_mta) {
    message = fmt::format(
        "the job's output is not redirected: {} mails it, but this host has no mail transfer "
        "agent (cronkit.toml), so its errors are lost",
        ctx.dialect.daemon);
  }
  message += "; append `>> /var/log/NAME.log 2>&1` or pipe it to `logger`";
  ctx.report(lint::trimmed_command_span(entry), std::move(message));
}

}  // namespace

extern const lint::Rule output_not_redirected{
    {.id = "output-not-redirected",
     .severity = Severity::warning,
     .category = lint::Category::output,
     .summary = "the job's output goes to mail, which often goes nowhere",
     .doc = doc,
     .default_enabled = false},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
