// minute-wildcard-fixed-hour: `* 3 * * *` runs 60 times between 03:00 and 03:59.

#include <fmt/format.h>

#include <array>

#include "lint/expression.hpp"
#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds entries whose minute field is `*` (or `*/1`) while the hour field is restricted.

## Why is this bad?
`* 3 * * *` runs every minute from 03:00 to 03:59, sixty times, not once at 3 am. For a report
that calls a paid LLM API that is sixty runs and sixty e-mails.

## Example
    * 3 * * * /opt/llm/nightly-summary.sh

## Use instead
    0 3 * * * /opt/llm/nightly-summary.sh

## Notes
The schedulers' expressions (`cronlint --dialect X --expr`, and the schedules of workflows,
manifests and templates) get the same check in their own field layout: `* 1 * * *` in a GitHub
workflow, `cron(* 1 * * ? *)` in EventBridge, and `0 * 1 * * ?` in Quartz, Spring and Azure,
whose first field is the second and whose minute is the second field. A seconds field that
takes every second (`* * 1 * * ?`) is `fires-every-second`'s finding, not this one.)doc";

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special || !ctx.schedule_is_trusted(entry)) return;
  const Field& minute = entry.fields[0];
  const Field& hour = entry.fields[1];
  if (minute.text() != "*" && minute.text() != "*/1") return;
  std::size_t hours = entry.schedule.hours.count();
  if (hours == 0 || hours == 24) return;
  ctx.report(
      lint::join_spans(minute.span(), hour.span()),
      fmt::format("minute '{}' with hour '{}': the job runs every minute of {} ({} times "
                  "a day), not once at the start of the hour",
                  minute.text(), hour.text(), hours == 1 ? "that hour" : "those hours", 60 * hours),
      lint::Fix{minute.span(), "0"});
}

// "first", "second", ...: a field's place in the expression, for messages.
std::string_view ordinal(std::size_t place) {
  constexpr std::array<std::string_view, 7> words = {"first", "second", "third",  "fourth",
                                                     "fifth", "sixth",  "seventh"};
  return place < words.size() ? words[place] : "next";
}

// A scheduler's expression: the minute and hour fields wherever its dialect puts them.
void check_expression(lint::ExpressionContext& ctx) {
  const ParsedSchedule& parsed = ctx.parsed;
  if (parsed.special || parsed.schedule.is_rate_or_one_time()) return;
  const Field& minute = parsed.fields[0];
  const Field& hour = parsed.fields[1];
  if (minute.text() != "*" && minute.text() != "*/1") return;
  const Schedule& schedule = parsed.schedule;
  const std::size_t hours = schedule.hours.count();
  if (hours == 0 || hours == 24) return;
  const Field* second = find_field(parsed.second_and_year, FieldKind::second);
  const std::size_t seconds = schedule.extras().seconds.count();
  // Every second of those minutes: fires-every-second's mistake, which comes first.
  if (second && seconds == 60) return;
  const std::string_view text = parsed.text();
  const Span minute_span = minute.span();
  // Where the minute field is: after a seconds field in Quartz, Spring and six-field Azure.
  std::string place;
  if (second && second->span().begin < minute_span.begin) {
    std::size_t before = 0;  // the fields written before the minute
    for (const Field& field : parsed.second_and_year)
      before += field.span().begin < minute_span.begin;
    place = fmt::format(" (the {} field: in {}, the first field is the second)", ordinal(before),
                        ctx.dialect.daemon);
  }
  const std::string once =
      fmt::format("{}0{}", text.substr(0, minute_span.begin), text.substr(minute_span.end));
  const std::size_t runs = 60 * hours * seconds;
  // A system with a shortest interval (GitHub's five minutes) does not run what is asked for:
  // the message says what the expression asks, and too-frequent says what the system does.
  const std::string does =
      ctx.dialect.min_interval_minutes > 1
          ? fmt::format("asks {} to run the job every minute of {} ({} times a day)",
                        ctx.dialect.daemon, hours == 1 ? "that hour" : "those hours", runs)
          : fmt::format("{} runs the job every minute of {} ({} times a day)", ctx.dialect.daemon,
                        hours == 1 ? "that hour" : "those hours", runs);
  ctx.report(
      minute_span.begin, hour.span().end,
      fmt::format("minute '{}'{} with hour '{}': {}, not once at the start of {}; `{}` "
                  "runs once{}",
                  minute.text(), place, hour.text(), does, hours == 1 ? "the hour" : "each hour",
                  once, hours == 1 ? "" : " an hour"));
}

}  // namespace

extern const lint::Rule minute_wildcard_fixed_hour{
    {.id = "minute-wildcard-fixed-hour",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "minute `*` with a fixed hour runs 60 times in that hour",
     .doc = doc},
    nullptr,
    check,
    nullptr,
    check_expression};

}  // namespace cronkit::rules
