// directive-invalid: a `# cronlint:` comment that cronlint cannot follow (a rule about
// cronlint's own comments, so that a typo does not silently disable
// nothing).

#include <fmt/format.h>

#include "lint/directives.hpp"
#include "lint/registry.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `# cronlint:` comments that cronlint does not understand: an unknown key (`disabel=`), a
rule id in a `disable=` / `disable-file=` list that no rule has (`dom-dow-xor`), or a `dialect=`
that names a scheduler which reads no crontab file (`dialect=kubernetes`: the controller is handed
one expression, so the directive is ignored and the file is read as a crontab).

## Why is this bad?
The comment was meant to silence a finding or to say what the file is; as written it does
nothing, and the finding it was meant for comes back, or the file is read with the wrong format.

## Example
    # cronlint: disable=dom-dow-xor
    0 9 1-7 * mon /opt/llm/board-report.sh

## Use instead
    # cronlint: disable=dom-dow-or
    0 9 1-7 * mon /opt/llm/board-report.sh)doc";

bool known_id(std::string_view id) {
  return id == "all" || id == "shellcheck" || id.starts_with("shellcheck/SC") ||
         lint::find_rule(id) != nullptr;
}

void check(lint::RuleContext& ctx) {
  if (!ctx.directives) return;
  for (const lint::DirectiveProblem& problem : ctx.directives->problems) {
    ctx.report(problem.span, problem.message);
  }
  for (const lint::RuleMention& mention : ctx.directives->mentions) {
    if (known_id(mention.id)) continue;
    std::string suggestion = lint::closest_rule_id(mention.id);
    ctx.report(
        mention.span,
        suggestion.empty()
            ? fmt::format("no rule is called '{}' (cronlint --list-rules shows them)", mention.id)
            : fmt::format("no rule is called '{}'; did you mean '{}'?", mention.id, suggestion));
  }
}

}  // namespace

extern const lint::Rule directive_invalid{
    {.id = "directive-invalid",
     .severity = Severity::warning,
     .category = lint::Category::meta,
     .summary = "a `# cronlint:` comment with an unknown key or rule id: it does nothing",
     .doc = doc},
    check};

}  // namespace cronkit::rules
