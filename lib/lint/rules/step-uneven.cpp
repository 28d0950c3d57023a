// step-uneven: a step that does not divide the field's cycle restarts early (`*/7` minutes).

#include <fmt/format.h>

#include <set>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds `*/S` (or `N-max/S`) where the step does not divide the field's cycle: minutes `*/7`,
`*/8`, `*/9`, `*/11`, `*/25`, `*/45` (60 is not a multiple), hours `*/5`, `*/7`, `*/9`, `*/10`
(24), months `*/5` (12), days of the week `*/2`, `*/3` (7), and any day-of-month step (months have
28 to 31 days). Steps that yield a single value are `step-exceeds-range` instead.

## Why is this bad?
The step restarts at the start of the range every hour, day, year or week. `*/7` minutes fires
at :00, :07, ..., :56 and again at :00: a 4-minute gap. `*/5` hours fires at 0, 5, 10, 15, 20
and again at 0 (a 4-hour gap); day-of-month `*/2` fires on the 31st and again on the 1st.

## Example
    */7 * * * * /opt/llm/queue-drain.sh

## Use instead
    */5 * * * * /opt/llm/queue-drain.sh

(or `*/6`, `*/10`), or accept the irregular gap knowingly and suppress the finding.)doc";

std::string value_name(FieldKind kind, int value) {
  switch (kind) {
    case FieldKind::minute:
      return fmt::format(":{:02}", value);
    case FieldKind::hour:
      return fmt::format("{:02}:00", value);
    default:
      return std::to_string(value);
  }
}

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  for (const Field& field : entry.fields) {
    const FieldFacts& facts = field_facts(field.kind);
    bool dow = field.kind == FieldKind::day_of_week;
    for (const FieldItem& item : field.items()) {
      if (!item.step() || *item.step() <= 1 || item.kind == FieldItem::Kind::value) continue;
      int first = item.kind == FieldItem::Kind::star ? facts.low : item.first;
      int last = item.kind == FieldItem::Kind::star ? facts.high : item.last;
      // Only a step that runs to the end of the field restarts "early"; `0-30/7` is what it says.
      bool to_the_end = last == facts.high || (dow && last == 6);
      if (!to_the_end || first > last) continue;
      int step = *item.step();
      std::set<int> values;
      int last_value = first;
      for (int v = first; v <= last; v += step) {
        values.insert(dow && v == 7 ? 0 : v);
        if (!(dow && v == 7)) last_value = v;
      }
      if (values.size() <= 1) continue;  // step-exceeds-range
      if (field.kind == FieldKind::day_of_month) {
        ctx.report(field.span_of(item),
                   fmt::format("day-of-month step '{}' restarts every month: months have 28 to "
                               "31 days, so the gap after day {} is not {} days",
                               item.text(), last_value, step));
        continue;
      }
      int gap = first + facts.cycle - last_value;
      if (gap == step) continue;
      ctx.report(field.span_of(item),
                 fmt::format("{} step '{}' does not divide {}: it fires at {}, ..., {} and then "
                             "at {} again, a gap of {} instead of {}",
                             facts.name, item.text(), facts.cycle, value_name(field.kind, first),
                             value_name(field.kind, last_value), value_name(field.kind, first), gap,
                             step));
    }
  }
}

}  // namespace

extern const lint::Rule step_uneven{
    {.id = "step-uneven",
     .severity = Severity::info,
     .category = lint::Category::schedule,
     .summary = "a step that does not divide the field's cycle (`*/7` minutes: a 4-minute gap)",
     .doc = doc},
    nullptr,
    check};

}  // namespace cronkit::rules
