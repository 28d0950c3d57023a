#pragma once
// Spring Framework's CronExpression.parse (5.3 and later; grammar/spring.hpp): six fields,
// seconds first, read by CronField, BitsCronField and QuartzCronField, with Spring's own error
// messages ("Cron expression must consist of 6 fields (found 5 in "0 9 * * 1")", "Invalid value
// for MinuteOfHour (valid values 0 - 59): 60 '60' in cron expression "0 60 9 * * *"").

#include "parse/parse.hpp"

namespace cronkit {

// Fills `result` (its buffer holds the expression) as parse_schedule() does for other dialects:
// the fields, the schedule (Sunday = 0 and 7, both day fields must match, Spring's day items as
// QuartzDays) and, when Spring rejects the expression, one error carrying Spring's message.
void read_spring_schedule(ParsedSchedule& result);

}  // namespace cronkit
