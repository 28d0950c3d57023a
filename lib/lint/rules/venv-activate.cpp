// venv-activate: calling the virtualenv's interpreter directly is simpler than `activate`.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds jobs that source a virtualenv's `bin/activate`.

## Why is this bad?
It is not needed under cron: running `<venv>/bin/python` directly gives the same `sys.path`.
`activate` is meant for interactive shells, needs `source` or `.` (and `source` is a bashism
under `/bin/sh`), and breaks when the virtualenv is recreated elsewhere.

## Example
    0 6 * * * . /srv/llm/.venv/bin/activate && python /srv/llm/run.py

## Use instead
    0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py)doc";

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!lint::command_contains(ctx, entry, "activate")) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::SimpleCommand& command : analysis.commands) {
    const lint::Word* file = lint::sourced_file(command);
    if (!file || !(file->text.ends_with("/bin/activate") || file->text == "bin/activate")) {
      continue;
    }
    std::string venv = file->text.substr(0, file->text.size() - std::string("activate").size());
    ctx.report(command.span, fmt::format("no need to activate the virtualenv under cron: run its "
                                         "interpreter directly ({}python ...)",
                                         lint::excerpt(venv)));
    break;
  }
}

}  // namespace

extern const lint::Rule venv_activate{
    {.id = "venv-activate",
     .severity = Severity::info,
     .category = lint::Category::command,
     .summary = "the job sources a virtualenv's activate instead of calling its python",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
