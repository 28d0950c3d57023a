#pragma once
// What a schedule means: the set of values each field allows, cron's day rule and the flags cron
// keeps from the field text. Answers "does it fire at this minute?" and "when next?" in local
// wall-clock time, jumping field by field instead of walking minutes.

#include <array>
#include <bitset>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <date/date.h>

#include "schedule/fugit_cron.hpp"
#include "schedule/quartz_cron.hpp"

namespace cronkit {

// A minute of local wall-clock time ("2026-03-08 02:30" with no zone attached): the clock cron
// matches against. Daylight-saving gaps and repeats are the simulator's business, not this one's.
using LocalMinute = date::local_time<std::chrono::minutes>;
// A second of local wall-clock time, for gorhill/cronexpr's seconds field.
using LocalSecond = date::local_time<std::chrono::seconds>;

// gorhill/cronexpr's Quartz-style day items (supercronic), as sets. The days they name depend on
// the month, so they are kept apart from the plain day sets and resolved month by month.
struct QuartzDays {
  std::uint32_t nearest_weekday = 0;  // `15W`: bits 1-31, the days whose nearest weekday fires
  std::uint8_t last_in_month = 0;     // `5L`: bits 0-6, weekdays whose last one in a month fires
  std::array<std::uint8_t, 5> nth_in_month{};  // `5#3`: [2] bit 5; weeks 1-5, weekdays 0-6
  bool last_day = false;                       // `L`
  bool last_weekday = false;                   // `LW`
  // Quartz's `L-3` and `L-3W`: the last day (or its nearest weekday) moved back this many days.
  std::uint8_t last_day_offset = 0;
  // Spring's `L-n` items (any number of them in one field): bit n, the day n days before the
  // last day of the month (none in a month shorter than that).
  std::uint32_t last_day_offsets = 0;
  // Spring's weekdayNearestTo() (QuartzCronField): an `nW` whose day is a Sunday and the last day
  // of its month moves to the next month's 1st, which its next round rejects, so that month has
  // no such day (Quartz and cronexpr take the Friday before).
  bool spring_nearest_weekday = false;
  // croniter's `31W`: a day beyond the month's last is read as the last (_get_nearest_weekday
  // clamps it); gorhill/cronexpr skips such a month.
  bool nearest_weekday_clamps_to_last_day = false;
  bool any() const {
    return nearest_weekday != 0 || last_in_month != 0 || last_day || last_weekday ||
           last_day_offsets != 0 || nth_in_month != std::array<std::uint8_t, 5>{};
  }
};

// gorhill/cronexpr's year field: the years it knows, 1970-2099.
inline constexpr int first_cronexpr_year = 1970;
inline constexpr int last_cronexpr_year = 2099;

// What only some schedulers' schedules have. Every Vixie-style cron starts jobs at second 0 of a
// minute, in any year, and has no Quartz day items, intervals or single times; a Schedule keeps
// these members in a separate block that only such schedules allocate.
struct ScheduleExtras {
  // gorhill/cronexpr (supercronic) and the second-resolution schedulers.
  std::bitset<60> seconds = 1;  // second 0 unless a seconds field says otherwise
  // Bit i: year 1970 + i. Only consulted when `years_limited`: cronexpr knows no year outside
  // 1970-2099, even for a schedule without a year field.
  std::bitset<last_cronexpr_year - first_cronexpr_year + 1> years;
  bool years_limited = false;
  QuartzDays quartz;
  // Quartz (org.quartz.CronExpression) only: the expression exactly as that class holds it, from
  // which its clock computes the firings. The Schedule's sets describe the same schedule for the
  // explanations and the lint rules.
  std::shared_ptr<const QuartzCron> quartz_cron;
  // GitLab (fugit's Fugit::Cron) only, like quartz_cron: the exact reading its clock and its
  // explanations use (negative month days, `#-2`, `%n+k` have no place in the members above).
  std::shared_ptr<const FugitCron> fugit_cron;
  // Amazon EventBridge's rate(value unit): a fixed interval counted from the schedule's start,
  // not a calendar (the Schedule's sets stay empty); zero for every other schedule.
  std::chrono::minutes rate{0};
  // EventBridge Scheduler's at(yyyy-mm-ddThh:mm:ss): the one wall-clock time it runs at.
  std::optional<LocalSecond> one_time;
};

// Owns a Schedule's ScheduleExtras, if it has any, and copies them with the schedule.
class ScheduleExtrasBlock {
 public:
  ScheduleExtrasBlock() = default;
  ScheduleExtrasBlock(const ScheduleExtrasBlock& other)
      : extras_(other.extras_ ? std::make_unique<ScheduleExtras>(*other.extras_) : nullptr) {}
  ScheduleExtrasBlock(ScheduleExtrasBlock&&) noexcept = default;
  ScheduleExtrasBlock& operator=(const ScheduleExtrasBlock& other) {
    if (this != &other) *this = ScheduleExtrasBlock(other);
    return *this;
  }
  ScheduleExtrasBlock& operator=(ScheduleExtrasBlock&&) noexcept = default;

  const ScheduleExtras& get() const { return extras_ ? *extras_ : defaults; }
  ScheduleExtras& get_or_create() {
    if (!extras_) extras_ = std::make_unique<ScheduleExtras>();
    return *extras_;
  }

 private:
  static inline const ScheduleExtras defaults{};
  std::unique_ptr<ScheduleExtras> extras_;
};

// How the day-of-month and day-of-week fields combine. cron ORs them when both fields are
// restricted, and ANDs them when either field's text starts with `*` (so `*/2` counts as `*`).
enum class DayRule { both_must_match, either_may_match };

struct Schedule {
  std::bitset<60> minutes;
  std::bitset<24> hours;
  // Bits 1-31. Bit 0 is no date; busybox crond's table has that slot, set by `*` and `0`, and
  // it decides whether the field counts as restricted.
  std::bitset<32> days_of_month;
  std::bitset<13> months;       // bits 1-12; bit 0 unused
  std::bitset<8> days_of_week;  // bits 0-7; 0 and 7 are both Sunday and always set together

  // Set when the field's text starts with `*` (the @-specials set them as cron does). For the
  // day fields: set when the daemon counts the field as unrestricted (busybox crond decides from
  // the values, not the text).
  bool minute_star = false;
  bool hour_star = false;
  bool day_of_month_star = false;
  bool day_of_week_star = false;
  // croniter only: its expansion of the hour field is exactly ['*'] (a bare `*`, or 24 distinct
  // entries: `0-23`, `*/1`, an equal range, not `*,3`), which is what Airflow's
  // _covers_every_hour tests.
  bool croniter_hour_expanded_star = false;
  // systemd-cron: both day fields go into one OnCalendar= date, so both must always match.
  bool both_day_fields_must_match = false;

  bool at_reboot = false;  // `@reboot`: not time-based at all

  // What only some schedulers' schedules have (see ScheduleExtras), or nothing: a crontab entry
  // for a Vixie-style cron then stays a few dozen bytes instead of a few hundred.
  const ScheduleExtras& extras() const { return extras_.get(); }
  // The same for filling in; creates the block on first use, so call it only to write.
  ScheduleExtras& writable_extras() { return extras_.get_or_create(); }
  // Whether the schedule is an interval or a single time rather than sets of calendar values.
  bool is_rate_or_one_time() const { return extras().rate.count() > 0 || extras().one_time; }

  DayRule day_rule() const {
    return both_day_fields_must_match || day_of_month_star || day_of_week_star
               ? DayRule::both_must_match
               : DayRule::either_may_match;
  }
  // cron's daylight-saving logic treats jobs whose minute or hour field starts with `*` (and
  // `@hourly`) as "wildcard jobs": they are not caught up after a forward jump and keep running
  // in a repeated hour. All others are "fixed-time jobs".
  bool is_wildcard_job() const { return minute_star || hour_star; }

  // Whether cron runs the job at this local minute. Always false for @reboot.
  bool matches(LocalMinute minute) const;
  // Whether the date passes the month, day-of-month and day-of-week fields and the day rule.
  bool matches_day(date::year_month_day day) const;
  // The first local minute strictly after `after` at which the job fires; nothing when it never
  // fires (or is @reboot). Jumps by month, day, hour and minute: a handful of steps per call.
  std::optional<LocalMinute> next_match(LocalMinute after) const;
  // The last local minute strictly before `before` at which the job fires; nothing when it never
  // fires (or is @reboot). The mirror image of next_match(), at the same cost.
  std::optional<LocalMinute> previous_match(LocalMinute before) const;
  // Second resolution (gorhill/cronexpr's seconds field): the first local second strictly after
  // `after` at which the job fires, jumping like next_match().
  std::optional<LocalSecond> next_match_second(LocalSecond after) const;
  // The last local second strictly before `before` at which the job fires.
  std::optional<LocalSecond> previous_match_second(LocalSecond before) const;
  // Whether the job fires in this year (always true unless extras().years_limited).
  bool year_allowed(int year) const {
    const ScheduleExtras& e = extras();
    return !e.years_limited || (year >= first_cronexpr_year && year <= last_cronexpr_year &&
                                e.years[static_cast<std::size_t>(year - first_cronexpr_year)]);
  }

  // Whether no calendar minute ever matches (e.g. `0 0 31 2 *`, an empty reversed range in the
  // minute field), decided from the sets alone, without searching. False for @reboot, which is
  // not time-based: check at_reboot before asking next_match().
  bool never_fires() const { return !why_never_fires().empty(); }
  // Why it never fires, as a sentence fragment ("February has no day 31"): lower-case start, no
  // final period. Empty when it fires, and for @reboot (which fires at boot, not by the calendar).
  std::string why_never_fires() const;

 private:
  ScheduleExtrasBlock extras_;
};

}  // namespace cronkit
