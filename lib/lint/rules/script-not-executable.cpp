// script-not-executable: the job's program is missing or lacks the execute bit.

#include <fmt/format.h>

#include <sys/stat.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
With `--check-paths`, finds command words that are absolute paths to a file that does not exist
under `--root`, is a directory, or is not executable by the job's user (the user field of a
system crontab, or the owner of a spool crontab; any execute bit when the user is unknown).

## Why is this bad?
The job fails with "not found" or "Permission denied" at run time, every time, and only mail
tells.

## Example
<!-- cronlint: --check-paths script=/usr/local/bin/backup.sh:0644 -->
    0 2 * * * /usr/local/bin/backup.sh

(with the script at mode 0644)

## Use instead
`chmod 0755 /usr/local/bin/backup.sh`, or run it through its interpreter:
<!-- cronlint: --check-paths script=/usr/local/bin/backup.sh:0644 script=/bin/sh -->

    0 2 * * * /bin/sh /usr/local/bin/backup.sh)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.command.raw.find('/') == std::string_view::npos) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  std::string user_name = lint::job_user_name(ctx.crontab, entry, ctx.options.assumed_path);
  std::optional<lint::PasswdEntry> user;
  std::vector<unsigned> groups;
  if (!user_name.empty()) {
    user = lint::find_user(ctx, user_name);
    if (user) groups = lint::groups_of(ctx, *user);
  }
  for (const lint::SimpleCommand& command : analysis.commands) {
    const lint::Word* word = command.command_word();
    if (!word || word->has_expansion || !word->text.starts_with("/")) continue;
    std::string host = lint::under_root(ctx.options.root, word->text);
    struct stat info {};
    std::string message;
    if (::stat(host.c_str(), &info) != 0) {
      message = fmt::format("`{}` does not exist{}: the job fails with \"not found\"",
                            lint::excerpt(word->text),
                            ctx.options.root == "/" ? "" : " under " + ctx.options.root);
    } else if (S_ISDIR(info.st_mode)) {
      message = fmt::format("`{}` is a directory, not a program", lint::excerpt(word->text));
    } else if (!lint::may_access(host, user, groups, 1)) {
      message = fmt::format(
          "`{}` (mode {:04o}) is not executable{}: the job fails with "
          "\"Permission denied\"; chmod +x it or call its interpreter",
          lint::excerpt(word->text), info.st_mode & 07777,
          user ? fmt::format(" by {}", user->name) : std::string());
    } else {
      continue;
    }
    ctx.report(word->span, std::move(message));
    break;
  }
}

}  // namespace

extern const lint::Rule script_not_executable{
    {.id = "script-not-executable",
     .severity = Severity::error,
     .category = lint::Category::command,
     .summary = "the job's program does not exist or is not executable",
     .doc = doc,
     .needs_filesystem = true},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
