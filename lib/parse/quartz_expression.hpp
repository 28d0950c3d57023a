#pragma once
// How org.quartz.CronExpression (Quartz 2.3.2) reads an expression: the constructor upper-cases
// it, buildExpression() cuts it into at most seven fields at spaces and tabs and each field into
// items at commas, and storeExpressionVals() / checkNext() / addToSet() read each item character
// by character. Their quirks are Quartz's behaviour and are kept: text after a complete item is
// ignored (`5X` is 5), only the first three letters of a name count (`MONDAY`, `MONXYZ`), a `W`
// or `#` applies to the whole field, reversed ranges wrap, years are not range-checked, and
// fields after the seventh are ignored. Errors carry Quartz's own message and error offset.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "schedule/quartz_cron.hpp"
#include "schedule/schedule.hpp"

namespace cronkit {

struct QuartzFieldText {
  std::size_t begin = 0;  // offsets into the expression
  std::size_t end = 0;
};

struct QuartzReading {
  std::optional<QuartzCron> cron;  // nothing: rejected
  // ParseException's message and getErrorOffset() (-1 for Quartz's range errors). A Java
  // exception the parser lets out is wrapped as Quartz does: "Illegal cron expression format
  // (java.lang.NumberFormatException: For input string: "X")", offset 0.
  std::string message;
  int offset = 0;
  // The fields as Quartz cut them: second, minute, hour, day-of-month, month, day-of-week, year;
  // `count` of them were present (6 or 7 when accepted).
  std::array<QuartzFieldText, 7> fields{};
  std::size_t count = 0;
};

// `max_year` is Quartz's MAX_YEAR (quartz_max_year()): where `*` in the year field ends.
QuartzReading read_quartz_expression(std::string_view expression, int max_year);

// The schedule an accepted expression stands for, in the terms the explanations and lint rules
// read (Sunday = 0; the day field getTimeAfter() does not consult marked unrestricted; a `W` or
// `#` on the field's first value only, as Quartz applies it), with the exact reading attached
// (Schedule::quartz_cron) for the clock.
Schedule quartz_schedule(const QuartzCron& cron, bool has_year_field, int max_year);

}  // namespace cronkit
