// sudo-in-cron: sudo in a cron job needs a password or a TTY, or hides privilege.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `sudo` as a command word in a job, except (under the debian dialect) in a system crontab's
jobs that run as root: root's `sudo -u www-data cmd` asks for no password, and Debian's sudoers
has no `requiretty`.

## Why is this bad?
sudo may ask for a password or need a terminal (`requiretty` on RHEL), so the job hangs or fails
with "no tty present"; it also hides a privileged job in a user's crontab. Put the job in root's
crontab or in an /etc/cron.d file with the right user field.

## Example
    0 3 * * * sudo /usr/bin/certbot renew

## Use instead
<!-- cronlint: --stdin-filename=/etc/cron.d/certbot -->
    # /etc/cron.d/certbot
    0 3 * * * root /usr/bin/certbot renew -q)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!lint::command_contains(ctx, entry, "sudo")) return;
  // sudo run by root asks for no password (`root sudo -u www-data cmd` in /etc/cron.d), and
  // Debian's sudoers has no `requiretty` (RHEL's, which cronie serves, has had it).
  if (ctx.dialect.id == DialectId::debian && ctx.crontab.format == CrontabFormat::system &&
      entry.user && *entry.user == "root") {
    return;
  }
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::SimpleCommand& command : analysis.commands) {
    // `sudo -u www-data cmd` runs cmd (sudo is a wrapper); `sudo -l` is the command itself.
    const lint::Wrapper* wrapper = command.wrapper("sudo");
    const lint::Word* sudo = wrapper                            ? &command.words[wrapper->word]
                             : command.command_name() == "sudo" ? command.command_word()
                                                                : nullptr;
    if (!sudo) continue;
    ctx.report(sudo->span,
               "sudo in a cron job may wait for a password or a terminal (\"no tty present\"); "
               "run the job from root's crontab or an /etc/cron.d file with the right user");
    break;
  }
}

}  // namespace

extern const lint::Rule sudo_in_cron{
    {.id = "sudo-in-cron",
     .severity = Severity::warning,
     .category = lint::Category::command,
     .summary = "sudo in a cron job needs a password or a terminal",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
