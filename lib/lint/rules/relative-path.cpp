// relative-path: cron jobs start in $HOME, not in the directory you tested from.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds, in a job that does not `cd` somewhere first: a command word that is a relative path
(`./run.sh`, `scripts/x.sh`); an interpreter (`python3`, `node`, `bash`, `php`, ...) whose script
is a relative path (`python3 report.py`); a redirection to a relative path (`>> logs/job.log`).

## Why is this bad?
cron starts jobs in the user's home directory, not in the project directory you tested from, so
the script is not found or the log ends up in `$HOME`.

## Example
    0 7 * * * python3 scripts/daily_report.py >> logs/report.log 2>&1

## Use instead
    0 7 * * * cd /srv/llm-report && ./.venv/bin/python scripts/daily_report.py >> /srv/llm-report/logs/report.log 2>&1)doc";

bool is_relative(const lint::Word& word) {
  std::string_view text = word.text;
  if (text.empty() || word.has_expansion) return false;
  char first = text.front();
  return first != '/' && first != '~' && first != '-';
}

bool looks_like_script(std::string_view text) {
  if (text.find('/') != std::string_view::npos) return true;
  for (std::string_view extension :
       {".py", ".js", ".mjs", ".cjs", ".ts", ".sh", ".bash", ".php", ".rb", ".pl", ".R", ".lua"}) {
    if (text.ends_with(extension)) return true;
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!lint::may_have_relative_path(ctx.text(entry.command.span)) &&
      !(ctx.crontab.format == CrontabFormat::system && entry.user &&
        lint::looks_like_command_token(*entry.user))) {
    return;
  }
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::SimpleCommand& command : analysis.commands) {
    if (command.command_name() == "cd" || command.command_name() == "pushd") break;
    std::optional<std::pair<Span, std::string>> found;
    const lint::Word* word = command.command_word();
    if (word && is_relative(*word) && word->text.find('/') != std::string::npos &&
        command.command_name() != "." && command.command_name() != "source") {
      found = {word->span, fmt::format("`{}` is a relative path: cron starts the job in the "
                                       "home directory, not in your project; use an absolute "
                                       "path or `cd /path && ...`",
                                       lint::excerpt(word->text))};
    }
    if (!found) {
      const lint::Word* script = lint::interpreter_script(command);
      if (script && is_relative(*script) && looks_like_script(script->text)) {
        found = {script->span,
                 fmt::format("`{} {}` looks for {} in the job's home directory, not in your "
                             "project; use an absolute path or `cd /path && ...`",
                             lint::excerpt(command.command_name()), lint::excerpt(script->text),
                             lint::excerpt(script->text))};
      }
    }
    if (!found) {
      for (const lint::Redirection& r : command.redirections) {
        if (!r.target || r.duplicates_descriptor() || r.op == "<<" || r.op == "<<-") continue;
        if (!is_relative(*r.target)) continue;
        found = {r.target->span, fmt::format("the redirection to `{}` is relative: cron "
                                             "starts the job in the home directory, so the "
                                             "file is looked for there",
                                             lint::excerpt(r.target->text))};
        break;
      }
    }
    if (found) {
      ctx.report(found->first, std::move(found->second));
      break;
    }
  }
}

}  // namespace

extern const lint::Rule relative_path{
    {.id = "relative-path",
     .severity = Severity::warning,
     .category = lint::Category::command,
     .summary = "a relative path in a job, which cron starts in the home directory",
     .doc = doc,
     .default_enabled = false},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
