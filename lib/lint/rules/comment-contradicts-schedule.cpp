// comment-contradicts-schedule: a comment, a description or a name next to a schedule in a
// workflow, manifest, template or Terraform file says a time or a frequency the schedule does not
// have.

#include <fmt/format.h>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"
#include "lint/stated_time.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
In a file that is not a crontab (a workflow, a manifest, a CloudFormation or Serverless template,
a Terraform file, a Prefect deployment, Airflow, Dagster, Spring or Azure code), compares the
schedule with what is written right next to it: the comment lines directly above the schedule's
line and a comment at the end of it, the `Description` / `description`, and the job's name (a
workflow's `name`, a CronJob's `metadata.name`, a Prefect deployment's or Dagster schedule's
`name`, an Airflow DAG's id, the method a Spring `@Scheduled` is on, the Python function an Azure
`@app.timer_trigger` is on, the resource, function or event name, `Name`, `name`). It reports:

- a comment or description that states one time of day as the time the job runs ("At 11pm
  every day", "daily at 23:00", "# 9:30 AM") while the schedule runs once a day at another time
  (in the schedule's own zone; a text that names another zone is left to other rules);
- a name, comment or description that says "hourly" on a schedule that runs more than once an
  hour or once a day, or "daily" / "nightly" on one that runs every hour.

## Why is this bad?
One of the two is wrong, and the reader of the file believes the words. The commonest cause is
field order: EventBridge's `cron(23 0 * * ? *)` is minute 23 of hour 0, 00:23, not 23:00; a job
called `hourly-...` on `*/30` runs twice an hour.

A time counts only when the text states it without doubt: a clock time with `am`/`pm` or a
colon (or `midnight`, `noon`) at the start of the text or after "at", "runs", "daily",
"nightly"; one such time and no second one; and no relative word ("after", "before", "until",
"between", "was", ...). A schedule with several hours or minutes is not compared with a time.

## Example
<!-- cronlint: --kind=cloudformation -->
    Resources:
      Nightly:
        Type: AWS::Events::Rule
        Properties:
          # At 11pm every day
          ScheduleExpression: cron(23 0 * * ? *)

## Use instead
<!-- cronlint: --kind=cloudformation -->
    Resources:
      Nightly:
        Type: AWS::Events::Rule
        Properties:
          # At 11pm every day
          ScheduleExpression: cron(0 23 * * ? *))doc";

using Frequency = lint::StatedTimes::Frequency;

// " UTC", " (Europe/Berlin)" or "": the zone the schedule's times are in, for messages; nothing
// when the file leaves it to the system (a CronJob without spec.timeZone).
std::optional<std::string> zone_of(const embedded::FoundSchedule& found) {
  if (found.zone) return found.zone->value;
  switch (found.dialect) {
    case DialectId::eventbridge:
    case DialectId::eventbridge_scheduler:
    case DialectId::github_actions:
    case DialectId::cloud_scheduler:
      return "UTC";
    default:
      return std::nullopt;
  }
}

bool is_utc(std::string_view zone) {
  return zone == "UTC" || zone == "Etc/UTC" || zone == "GMT" || zone == "Etc/GMT" ||
         zone == "Universal" || zone == "Zulu";
}

std::string clock(int hour, int minute) {
  return fmt::format("{:02}:{:02}", hour, minute);
}

// A time that contradicts a schedule running once a day at hour:minute.
std::optional<std::string> time_contradiction(const lint::FoundContext& ctx, std::string_view text,
                                              std::string_view where) {
  const Schedule& schedule = ctx.parsed.schedule;
  if (schedule.minutes.count() != 1 || schedule.hours.count() != 1 ||
      schedule.extras().seconds != 1)
    return std::nullopt;
  const lint::StatedTimes stated = lint::read_stated_times(text);
  if (stated.times.empty() || stated.local_zone || stated.other_zone) return std::nullopt;
  for (const lint::TimeOfDay& time : stated.times) {
    if (time.hour != stated.times[0].hour || time.minute != stated.times[0].minute)
      return std::nullopt;  // two different times: not one stated time
  }
  const std::optional<std::string> zone = zone_of(ctx.found);
  if (stated.says_utc && !(zone && is_utc(*zone))) return std::nullopt;
  const std::optional<int> first = lint::first_minute_of_day(schedule);
  if (!first) return std::nullopt;
  const int hour = *first / 60, minute = *first % 60;
  const lint::TimeOfDay& time = stated.times[0];
  if (time.hour == hour && time.minute == minute) return std::nullopt;
  std::string hint;
  if (time.hour == minute && time.minute == hour) {
    hint = fmt::format(
        "; the minute and the hour look swapped: the minute comes first, so {} is "
        "minute {} and hour {}",
        time.written, time.minute, time.hour);
  } else if (time.minute == minute && (time.hour + 12) % 24 == hour) {
    hint = "; the hour is 12 hours off (am and pm)";
  }
  return fmt::format("the {} says `{}` ({}), but `{}` runs once a day at {}{}{}", where, text,
                     clock(time.hour, time.minute), ctx.found.expression.value, clock(hour, minute),
                     zone ? " " + *zone : std::string(), hint);
}

// How often the schedule runs, when it contradicts `frequency`.
std::optional<std::string> frequency_contradiction(const lint::FoundContext& ctx,
                                                   Frequency frequency) {
  const Schedule& schedule = ctx.parsed.schedule;
  if (schedule.extras().one_time || schedule.at_reboot) return std::nullopt;
  const long rate = schedule.extras().rate.count();
  if (rate > 0) {
    const long wanted = frequency == Frequency::hourly ? 60 : 24 * 60;
    if (rate == wanted) return std::nullopt;
    auto every = [](long count, std::string_view unit) {
      return count == 1 ? fmt::format("every {}", unit) : fmt::format("every {} {}s", count, unit);
    };
    if (rate % (24 * 60) == 0) return every(rate / (24 * 60), "day");
    if (rate % 60 == 0) return every(rate / 60, "hour");
    return every(rate, "minute");
  }
  if (schedule.extras().seconds != 1) return std::nullopt;
  const std::size_t minutes = schedule.minutes.count(), hours = schedule.hours.count();
  if (frequency == Frequency::hourly) {
    if (minutes > 1) return fmt::format("{} times an hour", minutes);
    if (const std::optional<int> first = lint::first_minute_of_day(schedule); hours == 1 && first)
      return "once a day, at " + clock(*first / 60, *first % 60);
    return std::nullopt;
  }
  if (hours == 24) return minutes == 1 ? "every hour" : fmt::format("{} times an hour", minutes);
  return std::nullopt;
}

void check(lint::FoundContext& ctx) {
  if (!ctx.parsed.ok()) return;
  const std::size_t size = ctx.found.expression.value.size();
  const std::vector<lint::FoundContext::NearbyText> texts = ctx.nearby_texts();
  for (const auto& [where, text] : texts) {
    if (std::optional<std::string> message = time_contradiction(ctx, text, where)) {
      ctx.report(0, size, *message);
      return;
    }
  }
  auto word = [](Frequency frequency) {
    return frequency == Frequency::hourly ? "hourly" : "daily";
  };
  for (const auto& [where, text] : texts) {
    const std::optional<Frequency> frequency = lint::read_stated_times(text).frequency;
    if (!frequency) continue;
    if (std::optional<std::string> runs = frequency_contradiction(ctx, *frequency)) {
      ctx.report(0, size,
                 fmt::format("the {} says `{}` ({}), but `{}` runs {}", where, text,
                             word(*frequency), ctx.found.expression.value, *runs));
      return;
    }
  }
  for (const embedded::FoundLabel& label : ctx.found.labels) {
    if (label.key == "Description" || label.key == "description") continue;
    const std::optional<Frequency> frequency = lint::frequency_in_name(label.value);
    if (!frequency) continue;
    if (std::optional<std::string> runs = frequency_contradiction(ctx, *frequency)) {
      ctx.report(0, size,
                 fmt::format("the {} name `{}` says {}, but `{}` runs {}", label.key, label.value,
                             word(*frequency), ctx.found.expression.value, *runs));
      return;
    }
  }
}

}  // namespace

extern const lint::Rule comment_contradicts_schedule{
    {.id = "comment-contradicts-schedule",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "a comment, description or name next to a schedule states another time or "
                "frequency",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
