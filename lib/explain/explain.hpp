#pragma once
// A schedule in plain English: one sentence built from the sets cron expands the fields to, a
// phrase per part (time of day, days, months) joined by rules, plus the facts as numbers so that
// a test or a JSON consumer can check the sentence against the schedule model.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.hpp"
#include "dialect/dialect.hpp"
#include "schedule/schedule.hpp"

namespace cronkit {

struct ExplainOptions {
  DialectId dialect = DialectId::debian;
  bool twelve_hour = false;  // "2:30 AM" instead of "02:30"
};

struct ScheduleExplanation {
  std::string summary;  // one sentence, capitalised, ending with a full stop
  bool at_reboot = false;
  bool never = false;
  std::string never_reason;  // "February has no day 31"; empty unless `never`
  // What the fields expand to. Days of the week are 0-6 with Sunday as 0 (cron's 7 is folded in).
  std::vector<int> minutes;
  std::vector<int> hours;
  std::vector<int> days_of_month;
  std::vector<int> months;
  std::vector<int> days_of_week;
  DayRule day_rule = DayRule::both_must_match;
};

// Explains a schedule. `fields` are the fields as written (ignored when `special` is set); they
// are read only for what the sets cannot tell: reversed ranges and text cron skipped.
ScheduleExplanation explain_schedule(std::optional<Special> special,
                                     const std::array<Field, 5>& fields, const Schedule& schedule,
                                     const ExplainOptions& options);

// "January" for 1; "Sunday" for 0 and 7.
std::string_view month_name(int month);
std::string_view weekday_name(int weekday);

// "02:30" or, with twelve_hour, "2:30 AM".
std::string clock_time(int hour, int minute, bool twelve_hour);

}  // namespace cronkit
