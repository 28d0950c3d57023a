// local-time-without-zone: a GitHub Actions schedule without `timezone`, or a Kubernetes CronJob
// without spec.timeZone, next to words that state a time in a zone with daylight saving time.

#include <fmt/format.h>

#include <set>
#include <utility>

#include "lint/embedded_file.hpp"
#include "lint/rule.hpp"
#include "lint/stated_time.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a GitHub Actions schedule without `timezone`, or a Kubernetes CronJob without
`spec.timeZone` (and without a `CRON_TZ=` prefix), whose comment (the lines directly above it,
or at the end of its line) or description states a time of day in a named zone that observes
daylight saving time: "6am Pacific", "9:00 CET", "at 7pm Eastern time". The message gives the
hour written, and what it is in the named zone in winter and in summer.

## Why is this bad?
A GitHub Actions schedule without `timezone` runs in UTC, so a local time written as a fixed
UTC hour is right for half the year only: `0 13 * * 1-5` is 05:00 in Los Angeles in winter and
06:00 in summer. A CronJob without `spec.timeZone` runs in the zone of the
kube-controller-manager, which the manifest does not name; a comment's local time then holds
only where the control plane happens to run in that zone (and a control plane in UTC moves the
run against it twice a year). GitHub's `timezone` and `spec.timeZone` keep the local time all
year.

A comment that gives the UTC time too ("14:00 UTC (9am EST)"), an offset ("UTC-5"), both
seasons ("9am EST / 10am EDT", "summer", "winter", "DST"), or only "local time" (whose?) is not
reported: it shows the fixed UTC hour is meant, or names no zone to compare with. Nor is a schedule that
runs every hour, or one restricted to some months (a pair of schedules for summer and winter is
the usual way round the missing zone).

## Example
<!-- cronlint: --kind=github-workflow -->
    on:
      schedule:
        - cron: '0 13 * * 1-5' # 6am Pacific, weekdays

## Use instead
<!-- cronlint: --kind=github-workflow -->
    on:
      schedule:
        - cron: '0 6 * * 1-5' # 6am Pacific, weekdays
          timezone: America/Los_Angeles)doc";

void check(lint::FoundContext& ctx) {
  const embedded::FoundSchedule& found = ctx.found;
  const bool github = found.dialect == DialectId::github_actions;
  const bool kubernetes = found.dialect == DialectId::kubernetes;
  if ((!github && !kubernetes) || found.zone || !ctx.parsed.ok() || ctx.parsed.zone_name) return;
  const Schedule& schedule = ctx.parsed.schedule;
  if (schedule.is_rate_or_one_time() || schedule.at_reboot) return;
  // Every hour: no hour to move. Some months only: the usual pair of summer and winter schedules.
  if (schedule.hours.count() == 24 || schedule.months.count() < 12) return;
  const std::optional<int> first = lint::first_minute_of_day(schedule);
  if (!first) return;
  const std::string written = fmt::format("{:02}:{:02}", *first / 60, *first % 60);
  const std::string first_run = schedule.hours.count() * schedule.minutes.count() > 1
                                    ? fmt::format(" (its first run of the day)")
                                    : std::string();

  const std::vector<lint::FoundContext::NearbyText> texts = ctx.nearby_texts();
  for (const auto& [where, text] : texts) {
    const lint::StatedTimes stated = lint::read_stated_times(text);
    // A UTC time or an offset next to the local one: the fixed UTC hour is what is meant.
    if (!stated.local_zone_id || stated.times.empty() || stated.says_utc || stated.other_zone)
      continue;
    std::set<std::pair<int, int>> distinct;
    for (const lint::TimeOfDay& time : stated.times) distinct.emplace(time.hour, time.minute);
    // "9am EST / 10am EDT", "9am Eastern (summer)": the seasons are dealt with.
    if (distinct.size() > 1 || stated.mentions_seasons) continue;
    const std::string& zone = *stated.local_zone_id;
    const std::optional<std::string> seasons = lint::utc_time_in_both_seasons(*first, zone);
    if (!seasons) continue;
    const std::string_view expression = found.expression.value;
    if (github) {
      ctx.report(0, expression.size(),
                 fmt::format("the {} says `{}`, a time in {} ({}), but `{}` runs in UTC (the "
                             "schedule has no timezone): {} UTC{} is {}, so the run moves an hour "
                             "against that local time when daylight saving time starts and ends; "
                             "add `timezone: {}` to the schedule and write the hour in that zone",
                             where, text, *stated.local_zone, zone, expression, written, first_run,
                             *seasons, zone));
    } else {
      ctx.report(0, expression.size(),
                 fmt::format("the {} says `{}`, a time in {} ({}), but {} has no spec.timeZone: "
                             "`{}` runs at {}{} in the zone of the kube-controller-manager, which "
                             "the manifest does not name, not in {} (a controller in UTC runs it "
                             "at {}); set spec.timeZone: {} and write the hour in that zone",
                             where, text, *stated.local_zone, zone, found.owner, expression,
                             written, first_run, *stated.local_zone, *seasons, zone));
    }
    return;
  }
}

}  // namespace

extern const lint::Rule local_time_without_zone{
    {.id = "local-time-without-zone",
     .severity = Severity::info,
     .category = lint::Category::dst,
     .summary = "a GitHub Actions or CronJob schedule without a zone next to a comment that states "
                "a local time",
     .doc = doc},
    nullptr,
    nullptr,
    check};

}  // namespace cronkit::rules
