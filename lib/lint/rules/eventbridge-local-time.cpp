// eventbridge-local-time: an EventBridge schedule that runs in UTC next to words that mean a
// local time, which moves against UTC twice a year.

#include <fmt/format.h>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"
#include "lint/stated_time.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds an EventBridge schedule that runs in UTC (a scheduled rule, which has no zone setting, or
a Scheduler schedule without `ScheduleExpressionTimezone`) whose comment (the lines directly
above it, or at the end of its line) or description states a time of day in a local zone that
observes daylight saving time: "9am Eastern time", "07:00 PST", "CET", "local time".

## Why is this bad?
EventBridge rules run in UTC only ("All scheduled events use UTC+0 time zone"), and a Scheduler
schedule without a zone is UTC too. A local time written as a fixed UTC hour is right for half
the year: `cron(0 14 * * ? *)` is 9:00 in New York in winter and 10:00 in summer. EventBridge
Scheduler (`AWS::Scheduler::Schedule`, SAM's `ScheduleV2`, `aws_scheduler_schedule`) takes
`ScheduleExpressionTimezone` and keeps the local time all year.

Where the words name a zone ("Eastern", `CET`; not "local time"), the message gives the UTC
time of the schedule's first run of the day in that zone in winter and in summer.

It is advice: the UTC hour may be what is wanted, and the comment only explains it for one
season. A schedule that runs every hour, and a rate(), do not depend on the hour and are not
reported.

## Example
<!-- cronlint: --kind=cloudformation -->
    Resources:
      Report:
        Type: AWS::Events::Rule
        Properties:
          # 9am Eastern time
          ScheduleExpression: cron(0 14 ? * MON-FRI *)

## Use instead
<!-- cronlint: --kind=cloudformation -->
    Resources:
      Report:
        Type: AWS::Scheduler::Schedule
        Properties:
          # 9am Eastern time
          ScheduleExpression: cron(0 9 ? * MON-FRI *)
          ScheduleExpressionTimezone: America/New_York)doc";

void check(lint::FoundContext& ctx) {
  const embedded::FoundSchedule& found = ctx.found;
  const bool rule = found.dialect == DialectId::eventbridge;
  const bool scheduler = found.dialect == DialectId::eventbridge_scheduler;
  if ((!rule && !scheduler) || found.zone || !ctx.parsed.ok()) return;
  const Schedule& schedule = ctx.parsed.schedule;
  if (schedule.is_rate_or_one_time() || schedule.hours.count() == 24) return;
  const std::vector<lint::FoundContext::NearbyText> texts = ctx.nearby_texts();
  for (const auto& [where, text] : texts) {
    const lint::StatedTimes stated = lint::read_stated_times(text);
    if (!stated.local_zone || stated.times.empty() || stated.says_utc) continue;
    const std::string fix =
        rule ? "an EventBridge Scheduler schedule with ScheduleExpressionTimezone keeps the local "
               "time all year"
             : "set ScheduleExpressionTimezone to the zone meant";
    const std::string where_dst =
        stated.local_zone->starts_with("local") ? " (where it has daylight saving time)" : "";
    // The evidence, where the text names a zone: the UTC time in it in both seasons.
    std::string seasons;
    const std::optional<int> first = lint::first_minute_of_day(schedule);
    if (stated.local_zone_id && first) {
      if (const std::optional<std::string> both =
              lint::utc_time_in_both_seasons(*first, *stated.local_zone_id))
        seasons = fmt::format(" ({:02}:{:02} UTC is {} in {})", *first / 60, *first % 60, *both,
                              *stated.local_zone_id);
    }
    ctx.report(0, found.expression.value.size(),
               fmt::format("the {} says `{}`, a local time ({}), but `{}` runs in UTC{}: {}{} "
                           "moves an hour against UTC when daylight saving time starts and ends, "
                           "so the job runs an hour off that local time for part of the year{}; "
                           "{}",
                           where, text, *stated.local_zone, found.expression.value,
                           rule ? " (EventBridge rules have no zone)" : " (no zone given)",
                           *stated.local_zone, where_dst, seasons, fix));
    return;
  }
}

}  // namespace

extern const lint::Rule eventbridge_local_time{
    {.id = "eventbridge-local-time",
     .severity = Severity::info,
     .category = lint::Category::dst,
     .summary = "an EventBridge schedule in UTC next to a comment that states a local time",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
