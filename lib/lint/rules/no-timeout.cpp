// no-timeout: with `flock -n`, one hung run blocks every later run.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds locked jobs (`flock -n`, `run-one`, ...) that call network or LLM tooling (`curl`, `wget`,
scripts, `python`, `node`) without `timeout N` (curl's own `--max-time`/`-m` counts). Off by
default: enable it with `--enable no-timeout`.

## Why is this bad?
The lock keeps runs from piling up, but when one run hangs on an HTTP call that never answers,
it holds the lock forever and every later run is skipped: the job silently stops working.

## Example
    */10 * * * * flock -n /run/lock/x.lock /srv/llm/poll.sh

## Use instead
    */10 * * * * flock -n /run/lock/x.lock timeout 540 /srv/llm/poll.sh)doc";

bool is_lock(std::string_view name) {
  return name == "flock" || name == "run-one" || name == "lockrun" || name == "setlock" ||
         name == "solo" || name == "lckdo" || name == "run-this-one";
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  std::string_view raw = entry.command.raw;
  if (raw.find("flock") == std::string_view::npos && raw.find("run-") == std::string_view::npos &&
      raw.find("lock") == std::string_view::npos && raw.find("solo") == std::string_view::npos) {
    return;
  }
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  const lint::Word* lock = nullptr;
  bool limited = false;
  bool network = false;
  for (const lint::SimpleCommand& command : analysis.commands) {
    for (const lint::Wrapper& wrapper : command.wrappers) {
      if (is_lock(wrapper.name) && !lock) lock = &command.words[wrapper.word];
      if (wrapper.name == "timeout") limited = true;
    }
    std::string_view name = command.command_name();
    if (name == "timeout") limited = true;
    if (name == "curl") {
      for (const lint::Word& a : command.arguments()) {
        if (a.text == "-m" || a.text == "--max-time" || a.text.starts_with("--max-time=")) {
          limited = true;
        }
      }
    }
    const lint::Word* word = command.command_word();
    if (lock && word && !is_lock(name) &&
        (name == "curl" || name == "wget" || lint::is_interpreter(name) ||
         word->text.find('/') != std::string::npos)) {
      network = true;
    }
  }
  if (!lock || limited || !network) return;
  ctx.report(lock->span,
             "a locked job without `timeout`: if one run hangs (an HTTP call that never "
             "answers), it keeps the lock and every later run is skipped; put `timeout N` in "
             "front of the command");
}

}  // namespace

extern const lint::Rule no_timeout{{.id = "no-timeout",
                                    .severity = Severity::info,
                                    .category = lint::Category::hardening,
                                    .summary = "a locked job has no timeout, so one hang "
                                               "blocks every later run",
                                    .doc = doc,
                                    .default_enabled = false},
                                   lint::check_rejected_jobs<check_job>,
                                   lint::check_job_of<check_job>};

}  // namespace cronkit::rules
