// inverted-existence-guard: `test -x PROG || PROG` runs PROG only when it is missing.

#include <fmt/format.h>

#include <algorithm>

#include "lint/command_analysis.hpp"
#include "lint/jobs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds an existence test joined with `||` to a command that runs the very file tested:
`test -x /srv/backup || /srv/backup`, `[ -f /opt/x/run ] || ( /opt/x/run --all )`. Only the
plain tests `-e`, `-f`, `-x`, `-s` and `-r` count, only when the program run is the tested path
itself, and not when the test is negated (`[ ! -f /var/lock/x ] || ( ... )` runs the commands when
a lock or flag file exists, on purpose).

## Why is this bad?
`A || B` runs B only when A fails: the program runs exactly when the test says it is missing
(and then fails with "not found"), and never when it is installed. The usual guard, which keeps a
job quiet after its package is removed, is `test -x PROG && PROG`.

## Example
    0 2 * * * test -x /usr/local/sbin/backup || /usr/local/sbin/backup --full

## Use instead
    0 2 * * * test -x /usr/local/sbin/backup && /usr/local/sbin/backup --full)doc";

// The path an existence test (`test -x P`, `[ -f P ]`) checks, or nullptr for anything else.
const lint::Word* tested_path(const lint::SimpleCommand& test) {
  std::string_view name = test.command_name();
  auto arguments = test.arguments();
  std::size_t count = arguments.size();
  if (name == "[") {
    if (count != 3 || arguments[2].text != "]") return nullptr;
  } else if (name == "test") {
    if (count != 2) return nullptr;
  } else {
    return nullptr;
  }
  const std::string& option = arguments[0].text;
  if (option != "-e" && option != "-f" && option != "-x" && option != "-s" && option != "-r") {
    return nullptr;
  }
  const lint::Word& path = arguments[1];
  if (!path.is_literal() || path.text.empty()) return nullptr;
  return &path;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  if (!lint::command_contains(ctx, entry, "||")) return;
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  const auto& commands = analysis.commands;
  for (std::size_t i = 0; i + 1 < commands.size(); ++i) {
    const lint::SimpleCommand& test = commands[i];
    if (test.after != lint::Connector::or_if || !test.wrappers.empty()) continue;
    // `! test -x P || P` is the usual guard written the other way round.
    if (std::find(test.keywords.begin(), test.keywords.end(), "!") != test.keywords.end()) {
      continue;
    }
    const lint::Word* path = tested_path(test);
    if (!path) continue;
    // What `||` runs: the next command of the list, or the first one inside the subshell or
    // group that follows. A subshell is a command of the list without words of its own, listed
    // before the commands inside it (which are one level deeper).
    const lint::SimpleCommand* runs = &commands[i + 1];
    bool same_list = runs->list == test.list && runs->depth == test.depth;
    if (same_list && runs->words.empty() && i + 2 < commands.size() &&
        commands[i + 2].depth > test.depth) {
      runs = &commands[i + 2];
      same_list = false;
    }
    bool opens_compound = runs->depth > test.depth && runs->before == lint::Connector::none;
    if (!same_list && !opens_compound) continue;
    const lint::Word* program = runs->command_word();
    if (!program || !program->is_literal() || program->text != path->text) continue;
    std::string test_text(analysis.text.substr(test.begin, test.end - test.begin));
    ctx.report(test.span,
               fmt::format("`{} || {}` runs {} only when the test fails, that is when it is "
                           "missing, and never when it is there; the guard is `&&`",
                           lint::excerpt(test_text), lint::excerpt(program->text),
                           lint::excerpt(path->text)));
    return;
  }
}

}  // namespace

extern const lint::Rule inverted_existence_guard{
    {.id = "inverted-existence-guard",
     .severity = Severity::warning,
     .category = lint::Category::command,
     .summary = "test -x PROG || PROG runs PROG only when it is missing",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
