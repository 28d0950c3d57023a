#pragma once
// Amazon EventBridge's ScheduleExpression (rules and EventBridge Scheduler), read with the Quartz
// family's grammar (grammar/quartz.hpp): `cron(...)` becomes the sets org.quartz.CronExpression
// would hold (second 0, minutes first, a year last), `rate(...)` an interval and Scheduler's
// `at(...)` one wall-clock time. AWS answers every invalid expression with one message; the
// reading says precisely what is wrong and where.

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "dialect/dialect.hpp"
#include "parse/quartz_expression.hpp"
#include "schedule/quartz_cron.hpp"
#include "schedule/schedule.hpp"

namespace cronkit {

// The last year EventBridge's Year field takes (its field table: 1970-2199).
inline constexpr int last_eventbridge_year = 2199;

struct EventBridgeReading {
  std::optional<QuartzCron> cron;       // cron(...)
  std::chrono::minutes rate{0};         // rate(...): the interval
  std::optional<LocalSecond> one_time;  // at(...): in the schedule's zone
  // Rejected: a lint-rule code, the reason in cronkit's words, and the offsets it is about.
  std::string code;
  std::string reason;
  std::size_t begin = 0;
  std::size_t end = 0;
  // cron(...): minutes, hours, day-of-month, month, day-of-week and year, as offsets.
  std::array<QuartzFieldText, 6> fields{};
  bool ok() const { return reason.empty(); }
};

EventBridgeReading read_eventbridge_expression(std::string_view expression, const Dialect& dialect);

}  // namespace cronkit
