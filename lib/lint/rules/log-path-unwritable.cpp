// log-path-unwritable: a failed redirection stops the job before it starts.

#include <fmt/format.h>

#include <sys/stat.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
With `--check-paths`, finds output redirections (`>`, `>>`, `&>`) to an absolute path (or `~/...`
when the job's user is known) whose directory does not exist under `--root`, or that the job's
user may not write (the user field of a system crontab, or the owner of a spool crontab).

## Why is this bad?
The shell sets up redirections before it runs the command: when that fails, the command does not
run at all, and the error goes to mail.

## Example
<!-- cronlint: --check-paths --stdin-filename=/var/spool/cron/crontabs/alice user=alice dir=/var/log:0755 -->
    0 6 * * * /home/alice/bin/digest.sh >> /var/log/digest.log 2>&1

(in alice's crontab; /var/log is writable by root only)

## Use instead
<!-- cronlint: --check-paths --stdin-filename=/var/spool/cron/crontabs/alice user=alice dir=/var/log:0755 dir=/home/alice/logs:0777 -->
    0 6 * * * /home/alice/bin/digest.sh >> /home/alice/logs/digest.log 2>&1

or create the log file once with the right owner.)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.command.raw.find('>') == std::string_view::npos) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  std::string user_name = lint::job_user_name(ctx.crontab, entry, ctx.options.assumed_path);
  std::optional<lint::PasswdEntry> user;
  std::vector<unsigned> groups;
  if (!user_name.empty()) {
    user = lint::find_user(ctx, user_name);
    if (user) groups = lint::groups_of(ctx, *user);
  }
  bool reported = false;
  for (const lint::SimpleCommand& command : analysis.commands) {
    for (const lint::Redirection& r : command.redirections) {
      if (!r.writes_file() || r.op == "<>" || !r.target || r.target->has_expansion) continue;
      std::string path = r.target->text;
      if (path.starts_with("~/") && user) path = user->home + path.substr(1);
      if (!path.starts_with("/") || path.starts_with("/dev/") || path.starts_with("/proc/")) {
        continue;
      }
      std::string host = lint::under_root(ctx.options.root, path);
      std::string directory = host.substr(0, host.rfind('/'));
      if (directory.empty()) directory = "/";
      std::string shown_directory = path.substr(0, path.rfind('/'));
      if (shown_directory.empty()) shown_directory = "/";
      struct stat info {};
      std::string message;
      if (::stat(host.c_str(), &info) == 0) {
        if (S_ISDIR(info.st_mode)) {
          message = fmt::format(
              "`{}` is a directory: the redirection fails and the job does "
              "not run",
              lint::excerpt(path));
        } else if (user && !lint::may_access(host, user, groups, 2)) {
          message = fmt::format(
              "{} may not write `{}`: the redirection fails and the job "
              "does not run",
              user->name, lint::excerpt(path));
        }
      } else if (::stat(directory.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
        message = fmt::format(
            "the directory {} does not exist: the redirection fails and the "
            "job does not run",
            lint::excerpt(shown_directory));
      } else if (user && !lint::may_access(directory, user, groups, 3)) {
        message = fmt::format(
            "{} may not create files in {}: the redirection fails and the "
            "job does not run",
            user->name, lint::excerpt(shown_directory));
      }
      if (message.empty()) continue;
      ctx.report(r.target->span, std::move(message));
      reported = true;
      break;
    }
    if (reported) break;
  }
}

}  // namespace

extern const lint::Rule log_path_unwritable{
    {.id = "log-path-unwritable",
     .severity = Severity::error,
     .category = lint::Category::output,
     .summary = "the job writes to a file its user cannot create or write",
     .doc = doc,
     .needs_filesystem = true},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
