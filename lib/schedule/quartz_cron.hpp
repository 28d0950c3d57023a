#pragma once
// org.quartz.CronExpression (Quartz 2.3.2) as that class holds an expression after parsing it: a
// sorted set of values per field, the two "no specific value" markers of `?` and the flags its
// parser sets for `L`, `W` and `#`, which apply to the whole field (a `W` anywhere in the
// day-of-month field changes how its first value is read). quartz_time_after() is the class's
// getTimeAfter(), stepping a lenient java.util.GregorianCalendar field by field, so it makes the
// same choices around daylight-saving changes and has the same quirks.

#include <bitset>
#include <chrono>
#include <optional>

#include <date/tz.h>

namespace cronkit {

// Quartz never looks at a year past 2999 (getTimeAfter's "prevent endless loop" guard).
inline constexpr int first_quartz_year = 1970;
inline constexpr int last_quartz_year = 2999;

struct QuartzCron {
  std::bitset<60> seconds;
  std::bitset<60> minutes;
  std::bitset<24> hours;
  // Bits 0-31: day 0 can get in through `0W` (checkNext adds a W value unchecked).
  std::bitset<32> days_of_month;
  std::bitset<13> months;  // 1-12
  // Quartz's numbering, 1 = Sunday .. 7 = Saturday; up to 9 through `9#2` or `9L` (checkNext
  // adds those values unchecked).
  std::bitset<10> days_of_week;
  std::bitset<last_quartz_year - first_quartz_year + 1> years;  // bit i: year 1970 + i
  bool day_of_month_unspecified = false;                        // the field holds `?` (NO_SPEC)
  bool day_of_week_unspecified = false;

  bool last_day_of_month = false;  // `L`, `LW`, `L-n`
  int last_day_offset = 0;         // `L-n`
  bool nearest_weekday = false;    // `W` anywhere in day-of-month, `LW`
  bool last_day_of_week = false;   // `5L`
  int nth_day_of_week = 0;         // `5#3`: 3

  // Which rule getTimeAfter() picks the day by: day-of-month when day-of-week is `?`.
  bool by_day_of_month() const { return !day_of_month_unspecified && day_of_week_unspecified; }
};

// What getTimeAfter() gives.
struct QuartzNext {
  enum class Kind {
    time,   // the next firing
    none,   // null: no firing up to the year limit (or the year list ran out)
    error,  // it threw (a field left empty by `L` outside the day fields): no firing either
  };
  Kind kind = Kind::none;
  date::sys_seconds instant;
};

// The first firing strictly after `after` (whole seconds) in `zone`. `max_year` is Quartz's
// MAX_YEAR, the year the class was loaded in plus 100 (quartz_max_year()).
QuartzNext quartz_time_after(const QuartzCron& cron, const date::time_zone& zone,
                             date::sys_seconds after, int max_year);

// Quartz's MAX_YEAR for a process running now: this year (UTC) plus 100.
int quartz_max_year();

}  // namespace cronkit
