// step-without-range: `5/15` is Quartz syntax; Vixie-family crons reject it.

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a step after a single value, `N/S` (e.g. `5/15`), instead of after `*` or a range `N-M`.

## Why is this bad?
Debian's cron and cronie only allow a step after `*` or a range, so they reject the line (and
Debian's cron ignores the whole file). Quartz and Go's cronexpr (supercronic) read `5/15` as
"from 5, every 15", so such a crontab moves badly between runners.

## Example
    5/15 * * * * /opt/jobs/sync.sh

## Use instead
    5-59/15 * * * * /opt/jobs/sync.sh)doc";

void check_file(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special) return;
  for (const Field& field : entry.fields) {
    const FieldFacts& facts = field_facts(field.kind);
    for (const FieldItem& item : field.items()) {
      if (item.kind != FieldItem::Kind::value || !item.step()) continue;
      std::string replacement = fmt::format("{}-{}/{}", item.first, facts.high, *item.step());
      ctx.report(field.span_of(item),
                 fmt::format("{} '{}' has a step without a range: cron rejects the line; write "
                             "'{}'",
                             facts.name, item.text(), replacement),
                 lint::Fix{field.span_of(item), replacement});
    }
  }
}

}  // namespace

extern const lint::Rule step_without_range{
    {.id = "step-without-range",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a step after a single value (`5/15`): cron rejects the line",
     .doc = doc},
    check_file,
    check};

}  // namespace cronkit::rules
