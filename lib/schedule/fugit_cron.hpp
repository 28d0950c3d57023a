#pragma once
// Fugit::Cron (the Ruby gem fugit, 1.11.x, which GitLab's Gitlab::Ci::CronParser uses) as it
// holds an expression after parsing it (cron.rb `init`, `determine_*`): one sorted set per field,
// nothing for a field that means "every value", month days that may count from the end of the
// month, and per weekday the rule that decides it (every one, the n-th in its month, or a week
// modulo). fugit_next_time() is cron.rb `next_time` with its TimeCursor: it steps through absolute
// seconds and reads the wall time in the schedule's zone at every step, so it makes fugit's
// choices around daylight-saving changes and has its quirks.

#include <array>
#include <bitset>
#include <chrono>
#include <cstdint>
#include <string>

#include <date/tz.h>

namespace cronkit {

// What decides one weekday (cron.rb `weekday_match?` uses the first entry for the weekday in
// the sorted list, so one rule per weekday is all that matters).
struct FugitWeekday {
  enum class Kind : std::uint8_t {
    unused,  // the weekday is not in the field
    every,   // `1`: every Monday
    nth,     // `1#2`, `1#-1`, `1#L`: weekday_hash_match?
    modulo,  // `1%2`, `1%2+1`: weekday_modulo_match? on et-orbi's rweek
  };
  Kind kind = Kind::unused;
  int nth = 0;                  // 1..5 from the start of the month, -1..-5 from its end
  std::uint64_t modulus = 0;    // `%m`
  std::uint64_t remainder = 0;  // `+k`
};

struct FugitCron {
  // A field's `any` flag is fugit's nil: `*`, `*/1`, or a range covering the field (1.7 on).
  std::bitset<60> seconds = 1;
  bool any_second = false;
  std::bitset<60> minutes;
  bool any_minute = false;
  std::bitset<24> hours;
  bool any_hour = false;
  // Month days: bit d for day d, and bit d of `days_from_end` for -d (-1 = the last day).
  std::bitset<32> month_days;
  std::bitset<32> days_from_end;
  bool any_month_day = false;
  std::bitset<13> months;  // bits 1-12
  bool any_month = false;
  std::array<FugitWeekday, 7> weekdays{};  // 0 = Sunday
  bool any_weekday = false;
  // `&` anywhere in the expression (fugit 1.7 on): both day fields must match.
  bool day_and = false;
};

// What next_time gives: the next firing, or the exception it raises.
struct FugitNext {
  bool ok = false;
  date::sys_seconds instant;
  std::string error;  // "RuntimeError: too many loops ...", "ZeroDivisionError: divided by 0"
};

// cron.rb `next_time(from)`: the first firing strictly after `from`, computed in `zone`.
// `from_zone` is the zone of the `from` time: its wall time is what the guard against yielding
// the same wall time twice compares (gh-6); GitLab passes a UTC time.
FugitNext fugit_next_time(const FugitCron& cron, const date::time_zone& zone,
                          date::sys_seconds from, const date::time_zone& from_zone);

}  // namespace cronkit
