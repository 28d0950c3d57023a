// step-exceeds-range: a step so large that it yields one value (`*/90` minutes = :00 only).

#include <fmt/format.h>

#include <set>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a step that selects exactly one value from its range: minutes `*/60` or `*/90`, hours
`*/24` or `*/36`, `0-30/45`, and day-of-week `*/7` (0 and 7 are both Sunday).

## Why is this bad?
cron accepts it and fires once per hour (or day, or week), not "every 90 minutes": a step never
carries over into the next hour or day. Cron cannot express intervals that do not fit in one
field.

## Example
    */90 * * * * /opt/llm/refresh-embeddings.sh

## Use instead
    0 0,3,6,9,12,15,18,21 * * * /opt/llm/refresh-embeddings.sh
    30 1,4,7,10,13,16,19,22 * * * /opt/llm/refresh-embeddings.sh

(two lines), or a systemd timer with `OnUnitActiveSec=90min`.)doc";

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  for (const Field& field : entry.fields) {
    const FieldFacts& facts = field_facts(field.kind);
    for (const FieldItem& item : field.items()) {
      if (!item.step() || *item.step() <= 1 || item.kind == FieldItem::Kind::value) continue;
      int first = item.kind == FieldItem::Kind::star ? facts.low : item.first;
      int last = item.kind == FieldItem::Kind::star ? facts.high : item.last;
      if (first > last) continue;  // range-reversed
      std::set<int> values;
      for (int v = first; v <= last; v += *item.step()) {
        values.insert(field.kind == FieldKind::day_of_week && v == 7 ? 0 : v);
      }
      if (values.size() != 1) continue;
      std::string_view unit = field.kind == FieldKind::minute        ? "hour"
                              : field.kind == FieldKind::hour        ? "day"
                              : field.kind == FieldKind::day_of_week ? "week"
                              : field.kind == FieldKind::month       ? "year"
                                                                     : "month";
      std::string value = field.kind == FieldKind::day_of_week && *values.begin() == 0
                              ? std::string("0 (Sunday)")
                              : std::to_string(*values.begin());
      ctx.report(field.span_of(item),
                 fmt::format("{} step '{}' selects only {}: it fires once per {}, not every {} "
                             "{}s (a step never carries over into the next {})",
                             facts.name, item.text(), value, unit, *item.step(),
                             field.kind == FieldKind::day_of_month  ? std::string("day")
                             : field.kind == FieldKind::day_of_week ? std::string("day")
                                                                    : std::string(facts.name),
                             unit));
    }
  }
}

}  // namespace

extern const lint::Rule step_exceeds_range{
    {.id = "step-exceeds-range",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "a step that yields a single value (`*/90` minutes fires at :00 only)",
     .doc = doc},
    nullptr,
    check};

}  // namespace cronkit::rules
