#pragma once
// NCrontab's CrontabSchedule.TryParse as Azure Functions' CronSchedule.TryCreate calls it
// (grammar/ncrontab.hpp): six fields, seconds first, unless the expression has exactly five;
// Sunday = 0 .. Saturday = 6; names as prefixes of the English month and weekday names; errors
// in CrontabException's words, behind the Functions host's own sentence.

#include "parse/parse.hpp"

namespace cronkit {

// Fills `result` (its buffer holds the expression) as parse_schedule() does for other dialects.
void read_ncrontab_schedule(ParsedSchedule& result);

}  // namespace cronkit
