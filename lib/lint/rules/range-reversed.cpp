// range-reversed: `N-M` with N > M selects nothing; there is no wrap-around in cron.

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds ranges `N-M` whose start is greater than their end (after names are turned into numbers),
such as the hours `22-2` or the days `fri-mon`: a wrap-around that cron does not have.

## Why is this bad?
Debian's cron and current cronie install the line without complaint and the range selects
nothing: a reversed minute, hour or month range means the job never runs; in a day field the
day-of-month/day-of-week OR rule may leave only the other field's days. cronie reads an end of
`0` as `7` (`sat-sun` works there, not on Debian); older cronie releases rejected reversed ranges.

## Example
    0 22-2 * * * /opt/jobs/night-batch.sh

## Use instead
    0 22,23,0,1,2 * * * /opt/jobs/night-batch.sh)doc";

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special) return;
  for (const Field& field : entry.fields) {
    for (const FieldItem& item : field.items()) {
      if (item.kind != FieldItem::Kind::range || item.first <= item.last) continue;
      // cronie reads a reversed range ending in 0 as ending in 7 (`sat-sun`).
      if (ctx.dialect.reversed_range_ending_in_zero_means_seven && item.last == 0) continue;
      bool empties_schedule = field.kind == FieldKind::minute || field.kind == FieldKind::hour ||
                              field.kind == FieldKind::month;
      std::string consequence = empties_schedule && field.items().size() == 1
                                    ? "so the job never runs"
                                    : "so it adds nothing to the field (there is no wrap-around)";
      ctx.report(field.span_of(item),
                 fmt::format("{} range '{}' is reversed ({} > {}): cron selects no "
                             "value from it, {}",
                             field_facts(field.kind).name, item.text(), item.first, item.last,
                             consequence));
    }
  }
}

}  // namespace

extern const lint::Rule range_reversed{
    {.id = "range-reversed",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "a range N-M with N > M selects nothing (cron has no wrap-around)",
     .doc = doc},
    nullptr,
    check};

}  // namespace cronkit::rules
