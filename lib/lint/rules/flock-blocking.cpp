// flock-blocking: without -n or -w, flock queues runs behind a stuck one.

#include <fmt/format.h>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `flock` used without `-n`/`--nonblock` or `-w`/`--wait`/`--timeout`.

## Why is this bad?
A blocking flock makes the next runs wait in a queue behind a stuck one instead of skipping:
the pile-up of processes just moves into `flock`.

## Example
    */5 * * * * flock /run/lock/sync.lock /opt/jobs/sync.sh

## Use instead
    */5 * * * * flock -n /run/lock/sync.lock /opt/jobs/sync.sh)doc";

bool gives_up(std::string_view option) {
  if (option == "--nonblock" || option == "--nb" || option == "--wait" || option == "--timeout" ||
      option.starts_with("--wait=") || option.starts_with("--timeout=")) {
    return true;
  }
  if (option.size() >= 2 && option[0] == '-' && option[1] != '-') {
    return option.find_first_of("nw") != std::string_view::npos;
  }
  return false;
}

// Whether some `flock` in the text is not directly followed by an option that gives up.
bool blocking_flock_possible(std::string_view raw) {
  for (std::size_t at = raw.find("flock"); at != std::string_view::npos;
       at = raw.find("flock", at + 1)) {
    std::size_t begin = raw.find_first_not_of(" \t", at + 5);
    if (begin == std::string_view::npos || begin == at + 5) return true;
    std::size_t end = raw.find_first_of(" \t", begin);
    if (!gives_up(raw.substr(begin, end == std::string_view::npos ? end : end - begin))) {
      return true;
    }
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!blocking_flock_possible(entry.command.raw)) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::SimpleCommand& command : analysis.commands) {
    std::size_t first = command.words.size();
    std::size_t end = command.words.size();
    if (const lint::Wrapper* wrapper = command.wrapper("flock")) {
      first = wrapper->word;
      end = wrapper->end;
    } else if (command.command_name() == "flock") {
      first = command.command_index;
    } else {
      continue;
    }
    bool nonblocking = false;
    for (std::size_t i = first + 1; i < end; ++i) {
      std::string_view option = command.words[i].text;
      if (option == "-c" || option == "--command") break;
      if (!option.starts_with("-")) break;
      nonblocking = nonblocking || gives_up(option);
    }
    if (nonblocking) continue;
    const lint::Word& word = command.words[first];
    Span insert = word.span;
    insert.begin = insert.end;
    insert.column = insert.end_column;
    ctx.report(word.span,
               "flock without -n or -w waits for the lock: when a run hangs, the next runs "
               "queue up behind it; use `flock -n` to skip instead",
               lint::Fix{insert, " -n"});
    break;
  }
}

}  // namespace

extern const lint::Rule flock_blocking{
    {.id = "flock-blocking",
     .severity = Severity::info,
     .category = lint::Category::hardening,
     .summary = "flock without -n or -w makes later runs queue up",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
