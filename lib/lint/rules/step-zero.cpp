// step-zero: `/0` is rejected by cron.

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a step of zero: `*/0`, `0-59/0`.

## Why is this bad?
Both Debian's cron and cronie reject the line (old Vixie cron looped forever on it); Debian's cron
then ignores the whole file.

## Example
    */0 * * * * /opt/jobs/poll.sh

## Use instead
    * * * * * /opt/jobs/poll.sh

or a real step such as `*/5`.)doc";

void check_file(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
}

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special) return;
  for (const Field& field : entry.fields) {
    for (const FieldItem& item : field.items()) {
      if (item.step() && *item.step() == 0) {
        ctx.report(field.span_of(item), fmt::format("{} step of 0 in '{}': cron rejects the line",
                                                    field_facts(field.kind).name, item.text()));
      }
    }
  }
}

}  // namespace

extern const lint::Rule step_zero{{.id = "step-zero",
                                   .severity = Severity::error,
                                   .category = lint::Category::syntax,
                                   .summary = "a step of 0 (`*/0`): cron rejects the line",
                                   .doc = doc},
                                  check_file,
                                  check};

}  // namespace cronkit::rules
