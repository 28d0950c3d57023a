#pragma once
// A crontab entry's schedule as the five fields a scheduler reads (a Kubernetes CronJob's
// `.spec.schedule`, a GitHub Actions workflow's `on.schedule[].cron`), written from the expanded
// sets so that the scheduler matches exactly the minutes cron does.
//
// The day fields are where cron and the schedulers part: cron ANDs them when either field's text
// starts with `*` (`*/2` too), robfig/cron only when a field is `*` or `?`. So a field is written
// `*` only when cron lets it match every day; every other set is written as values and ranges,
// never starting with `*`. A schedule cron reads as "both day fields must match" while both are
// restricted (`*/2 * 1`: odd days that are Mondays) has no five-field form such a scheduler
// reads the same way.

#include <string>
#include <string_view>

#include "schedule/schedule.hpp"

namespace cronkit::exporter {

struct FiveFields {
  std::string expression;  // "0 3 1-7,15 * 1-5"; empty when impossible
  std::string impossible;  // why no five fields say this schedule (a sentence fragment)
};

// `daemon` names the cron the schedule comes from ("Debian's cron"), `target` the scheduler
// ("Kubernetes"), both for the reason when there is no such expression.
FiveFields five_field_expression(const Schedule& schedule, std::string_view daemon,
                                 std::string_view target);

// The shortest time between two consecutive minutes the schedule matches within a day, or
// between the last minute of an hour and the first of the next when both hours match, in
// minutes; 1440 when it matches at most once a day. GitHub Actions runs a schedule at most once
// every 5 minutes.
int shortest_interval_minutes(const Schedule& schedule);

}  // namespace cronkit::exporter
