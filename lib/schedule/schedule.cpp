#include "schedule/schedule.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <vector>

namespace cronkit {
namespace {

// The fields as plain machine words: bit i set when value i is allowed. Built once per call; a
// std::bitset of at most 64 bits is a single word, so this costs a few moves.
struct FieldBits {
  std::uint64_t minutes;
  std::uint32_t hours;
  std::uint32_t days_of_month;  // bits 1-31
  std::uint32_t months;         // bits 1-12
  std::uint32_t weekdays;       // bits 0-6, Sunday = 0 (bit 7 folded into bit 0)
  bool both_must_match;
  // gorhill/cronexpr only: the Quartz day items and the year field (null for other schedules).
  const Schedule* cronexpr = nullptr;
};

FieldBits field_bits(const Schedule& s) {
  const auto dow = static_cast<std::uint32_t>(s.days_of_week.to_ulong());
  return FieldBits{
      s.minutes.to_ullong(),
      static_cast<std::uint32_t>(s.hours.to_ulong()),
      static_cast<std::uint32_t>(s.days_of_month.to_ulong()) & 0xFFFF'FFFEu,
      static_cast<std::uint32_t>(s.months.to_ulong()) & 0x1FFEu,
      (dow | (dow >> 7)) & 0x7Fu,
      s.day_rule() == DayRule::both_must_match,
      s.extras().years_limited || s.extras().quartz.any() ? &s : nullptr,
  };
}

constexpr std::uint32_t all_weekdays = 0x7F;
constexpr std::uint32_t days_1_to_29 = 0x3FFF'FFFEu;
constexpr std::uint32_t day_30 = 1u << 30;
constexpr std::uint32_t day_31 = 1u << 31;
// Months with 31 days: January, March, May, July, August, October, December.
constexpr std::uint32_t long_months =
    (1u << 1) | (1u << 3) | (1u << 5) | (1u << 7) | (1u << 8) | (1u << 10) | (1u << 12);
constexpr std::uint32_t february = 1u << 2;

constexpr bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr unsigned days_in_month(int y, unsigned m) {
  constexpr std::array<unsigned char, 13> lengths{0,  31, 28, 31, 30, 31, 30,
                                                  31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29u : lengths[m];
}

// Bits 1..n set.
constexpr std::uint32_t first_days(unsigned n) {
  return static_cast<std::uint32_t>(((std::uint64_t{1} << (n + 1)) - 2));
}

// Days of the month (bits 1-31) that fall on an allowed weekday, for a month whose first day is
// weekday `first` (0 = Sunday).
constexpr std::uint32_t weekday_days(std::uint32_t weekdays, unsigned first) {
  // Bit k of `rotated` says whether day k+1 (weekday (first + k) % 7) is allowed.
  const std::uint32_t rotated = ((weekdays >> first) | (weekdays << (7 - first))) & all_weekdays;
  const std::uint64_t weeks = rotated | (rotated << 7) | (rotated << 14) |
                              (std::uint64_t{rotated} << 21) | (std::uint64_t{rotated} << 28);
  return static_cast<std::uint32_t>(weeks << 1);
}

unsigned weekday_of(date::year_month_day day) {
  return date::weekday{date::sys_days{day}}.c_encoding();
}

// cronexpr's workdayOfMonth: the Monday-to-Friday nearest `day` without leaving the month (a
// Saturday 1st moves to Monday 3rd, a Sunday last day to Friday).
unsigned nearest_weekday(unsigned day, unsigned first_weekday, unsigned last) {
  const unsigned weekday = (first_weekday + day - 1) % 7;
  if (weekday == 6) return day > 1 ? day - 1 : day + 2;
  if (weekday == 0) return day < last ? day + 1 : day - 2;
  return day;
}

// The days (bits 1-31) that cronexpr's Quartz items add to the day-of-month side (`L`, `LW`,
// `nW`) and to the day-of-week side (`nL`, `n#k`) in a month (cronexpr_next.go,
// calculateActualDaysOfMonth).
struct QuartzMonthDays {
  std::uint32_t day_of_month = 0;
  std::uint32_t day_of_week = 0;
};
QuartzMonthDays quartz_days(const QuartzDays& q, int y, unsigned m) {
  QuartzMonthDays out;
  const unsigned last = days_in_month(y, m);
  const unsigned first_weekday =
      weekday_of(date::year_month_day{date::year{y}, date::month{m}, date::day{1}});
  // Quartz's `L-n` / `L-nW`: n days before the last (none in a month shorter than that).
  if (q.last_day_offset < last) {
    const unsigned day = last - q.last_day_offset;
    if (q.last_day) out.day_of_month |= 1u << day;
    if (q.last_weekday) out.day_of_month |= 1u << nearest_weekday(day, first_weekday, last);
  }
  for (unsigned offset = 1; offset < last; ++offset) {
    if (q.last_day_offsets >> offset & 1) out.day_of_month |= 1u << (last - offset);
  }
  for (unsigned day = 1; day <= 31; ++day) {
    if (!(q.nearest_weekday >> day & 1)) continue;
    if (day > last) {
      if (q.nearest_weekday_clamps_to_last_day)
        out.day_of_month |= 1u << nearest_weekday(last, first_weekday, last);
      continue;
    }
    if (q.spring_nearest_weekday && day == last && (first_weekday + day - 1) % 7 == 0) continue;
    out.day_of_month |= 1u << nearest_weekday(day, first_weekday, last);
  }
  const unsigned last_weekday = (first_weekday + last - 1) % 7;
  for (unsigned weekday = 0; weekday < 7; ++weekday) {
    if (q.last_in_month >> weekday & 1) {
      out.day_of_week |= 1u << (last - (last_weekday + 7 - weekday) % 7);
    }
    for (unsigned week = 1; week <= 5; ++week) {
      if (!(q.nth_in_month[week - 1] >> weekday & 1)) continue;
      const unsigned day = 1 + 7 * (week - 1) + (weekday + 7 - first_weekday) % 7;
      if (day <= last) out.day_of_week |= 1u << day;
    }
  }
  return out;
}

// The days (bits 1-31) of month m of year y on which the job fires, by the day rule.
std::uint32_t firing_days(const FieldBits& f, int y, unsigned m) {
  const std::uint32_t valid = first_days(days_in_month(y, m));
  if (f.cronexpr) {
    if (!f.cronexpr->year_allowed(y)) return 0;
    if (f.cronexpr->extras().quartz.any()) {
      const QuartzMonthDays quartz = quartz_days(f.cronexpr->extras().quartz, y, m);
      const date::year_month_day first{date::year{y}, date::month{m}, date::day{1}};
      const std::uint32_t dom = f.days_of_month | quartz.day_of_month;
      const std::uint32_t dow = weekday_days(f.weekdays, weekday_of(first)) | quartz.day_of_week;
      return (f.both_must_match ? (dom & dow) : (dom | dow)) & valid;
    }
  }
  std::uint32_t on_weekday;
  if (f.weekdays == all_weekdays) {
    on_weekday = valid;
  } else if (f.weekdays == 0) {
    on_weekday = 0;
  } else {
    const date::year_month_day first{date::year{y}, date::month{m}, date::day{1}};
    on_weekday = weekday_days(f.weekdays, weekday_of(first));
  }
  const std::uint32_t days =
      f.both_must_match ? (f.days_of_month & on_weekday) : (f.days_of_month | on_weekday);
  return days & valid;
}

// Whether some day ever passes the month, day-of-month and day-of-week fields, given the
// Gregorian facts: every month has days 1-29 (February in leap years), the long months have a
// day 31, and over the 400-year cycle every existing date falls on every weekday.
bool some_day_fires(const FieldBits& f) {
  const std::uint32_t m = f.months;
  std::uint32_t existing = 0;  // days of month that exist in at least one selected month
  if (m != 0) existing |= days_1_to_29;
  if (m & ~february) existing |= day_30;
  if (m & long_months) existing |= day_31;
  const bool dom_exists = (f.days_of_month & existing) != 0;
  if (f.both_must_match) return dom_exists && f.weekdays != 0;
  return dom_exists || (m != 0 && f.weekdays != 0);
}

// cronexpr schedules: whether a day fires in some allowed year, found month by month over the
// years cronexpr knows (at most 130 x 12 steps).
bool some_cronexpr_day_fires(const FieldBits& f) {
  for (int y = first_cronexpr_year; y <= last_cronexpr_year; ++y) {
    if (!f.cronexpr->year_allowed(y)) continue;
    for (unsigned m = 1; m <= 12; ++m) {
      if ((f.months >> m & 1) && firing_days(f, y, m) != 0) return true;
    }
  }
  return false;
}

bool fires_at_all(const FieldBits& f) {
  if (f.minutes == 0 || f.hours == 0 || f.months == 0) return false;
  return f.cronexpr ? some_cronexpr_day_fires(f) : some_day_fires(f);
}

LocalMinute make_minute(int y, unsigned m, unsigned d, unsigned h, unsigned mi) {
  const date::local_days day{date::year{y} / date::month{m} / date::day{d}};
  return LocalMinute{day} + std::chrono::hours{h} + std::chrono::minutes{mi};
}

std::string join_names(const std::vector<std::string>& names, const char* last_separator) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? last_separator : ", ";
    out += names[i];
  }
  return out;
}

constexpr std::array<const char*, 13> month_names{
    "",     "January", "February",  "March",   "April",    "May",     "June",
    "July", "August",  "September", "October", "November", "December"};

// The month field selects months none of which has any of the selected days: say which.
std::string missing_dates(const FieldBits& f) {
  std::vector<std::string> months;
  for (unsigned m = 1; m <= 12; ++m) {
    if (f.months >> m & 1) months.emplace_back(month_names[m]);
  }
  std::vector<std::string> days;
  for (unsigned d = 30; d <= 31; ++d) {
    if (f.days_of_month >> d & 1) days.push_back(std::to_string(d));
  }
  return join_names(months, " and ") + (months.size() == 1 ? " has" : " have") + " no day " +
         join_names(days, " or ");
}

}  // namespace

bool Schedule::matches_day(date::year_month_day day) const {
  if (!day.ok()) return false;
  if (extras().years_limited || extras().quartz.any()) {
    const FieldBits f = field_bits(*this);
    const unsigned m = static_cast<unsigned>(day.month());
    return (f.months >> m & 1) &&
           (firing_days(f, static_cast<int>(day.year()), m) >> static_cast<unsigned>(day.day()) &
            1);
  }
  if (!months[static_cast<unsigned>(day.month())]) return false;
  const bool dom = days_of_month[static_cast<unsigned>(day.day())];
  const unsigned wd = weekday_of(day);
  const bool dow = days_of_week[wd] || (wd == 0 && days_of_week[7]);
  return day_rule() == DayRule::both_must_match ? (dom && dow) : (dom || dow);
}

bool Schedule::matches(LocalMinute minute) const {
  if (at_reboot) return false;
  const auto day = date::floor<date::days>(minute);
  const auto in_day = (minute - day).count();  // 0..1439
  if (!minutes[static_cast<std::size_t>(in_day % 60)]) return false;
  if (!hours[static_cast<std::size_t>(in_day / 60)]) return false;
  return matches_day(date::year_month_day{day});
}

std::optional<LocalMinute> Schedule::next_match(LocalMinute after) const {
  if (at_reboot) return std::nullopt;
  const FieldBits f = field_bits(*this);
  if (!fires_at_all(f)) return std::nullopt;

  const LocalMinute start = after + std::chrono::minutes{1};
  const auto start_day = date::floor<date::days>(start);
  const date::year_month_day ymd{start_day};
  if (!ymd.ok()) return std::nullopt;  // outside the calendar date supports
  const auto in_day = static_cast<unsigned>((start - start_day).count());
  int y = static_cast<int>(ymd.year());
  unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  const unsigned h = in_day / 60;
  const unsigned mi = in_day % 60;

  const auto first_hour = static_cast<unsigned>(std::countr_zero(f.hours));
  const auto first_minute = static_cast<unsigned>(std::countr_zero(f.minutes));

  if (f.months >> m & 1) {
    const std::uint32_t days = firing_days(f, y, m);  // none in a year cronexpr skips
    if (days >> d & 1) {
      // Later today: this hour at a later minute, or a later hour at its first minute.
      if (f.hours >> h & 1) {
        const std::uint64_t later_minutes = f.minutes & (~std::uint64_t{0} << mi);
        if (later_minutes != 0) {
          return make_minute(y, m, d, h, static_cast<unsigned>(std::countr_zero(later_minutes)));
        }
      }
      const std::uint32_t later_hours = f.hours & (~std::uint32_t{0} << (h + 1));
      if (later_hours != 0) {
        return make_minute(y, m, d, static_cast<unsigned>(std::countr_zero(later_hours)),
                           first_minute);
      }
    }
    // A later day of this month, at its first firing minute.
    const std::uint32_t later_days =
        days & static_cast<std::uint32_t>(~std::uint64_t{0} << (d + 1));
    if (later_days != 0) {
      return make_minute(y, m, static_cast<unsigned>(std::countr_zero(later_days)), first_hour,
                         first_minute);
    }
  }

  // The first firing day of a later month. fires_at_all() guarantees one within the 400-year
  // cycle (the longest real gap, a weekday-restricted February 29, is about 40 years); the
  // limit only guards against a broken invariant and the end of the representable calendar.
  const int last_year = f.cronexpr && f.cronexpr->extras().years_limited
                            ? last_cronexpr_year
                            : std::min(y + 401, static_cast<int>(date::year::max()));
  for (;;) {
    const std::uint32_t later_months = f.months & (~std::uint32_t{0} << (m + 1));
    if (later_months != 0 && (!f.cronexpr || f.cronexpr->year_allowed(y))) {
      m = static_cast<unsigned>(std::countr_zero(later_months));
    } else {
      // The first month of the next year that may fire (cronexpr: of its year list).
      do {
        if (++y > last_year) return std::nullopt;
      } while (f.cronexpr && !f.cronexpr->year_allowed(y));
      m = static_cast<unsigned>(std::countr_zero(f.months));
    }
    const std::uint32_t days = firing_days(f, y, m);
    if (days != 0) {
      return make_minute(y, m, static_cast<unsigned>(std::countr_zero(days)), first_hour,
                         first_minute);
    }
  }
}

std::optional<LocalMinute> Schedule::previous_match(LocalMinute before) const {
  if (at_reboot) return std::nullopt;
  const FieldBits f = field_bits(*this);
  if (!fires_at_all(f)) return std::nullopt;

  const LocalMinute start = before - std::chrono::minutes{1};
  const auto start_day = date::floor<date::days>(start);
  const date::year_month_day ymd{start_day};
  if (!ymd.ok()) return std::nullopt;
  const auto in_day = static_cast<unsigned>((start - start_day).count());
  int y = static_cast<int>(ymd.year());
  unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  const unsigned h = in_day / 60;
  const unsigned mi = in_day % 60;

  // The highest set bit of a non-zero word.
  const auto last_bit = [](std::uint64_t bits) {
    return static_cast<unsigned>(std::bit_width(bits) - 1);
  };
  const unsigned last_hour = last_bit(f.hours);
  const unsigned last_minute = last_bit(f.minutes);

  if (f.months >> m & 1) {
    const std::uint32_t days = firing_days(f, y, m);
    if (days >> d & 1) {
      // Earlier today: this hour at an earlier minute, or an earlier hour at its last minute.
      if (f.hours >> h & 1) {
        const std::uint64_t earlier_minutes = f.minutes & ((std::uint64_t{2} << mi) - 1);
        if (earlier_minutes != 0) return make_minute(y, m, d, h, last_bit(earlier_minutes));
      }
      const std::uint32_t earlier_hours = f.hours & ((std::uint32_t{1} << h) - 1);
      if (earlier_hours != 0) return make_minute(y, m, d, last_bit(earlier_hours), last_minute);
    }
    const std::uint32_t earlier_days = days & ((std::uint32_t{1} << d) - 1);
    if (earlier_days != 0) {
      return make_minute(y, m, last_bit(earlier_days), last_hour, last_minute);
    }
  }

  const int first_year = f.cronexpr && f.cronexpr->extras().years_limited
                             ? first_cronexpr_year
                             : std::max(y - 401, static_cast<int>(date::year::min()));
  for (;;) {
    const std::uint32_t earlier_months = f.months & ((std::uint32_t{1} << m) - 1);
    if (earlier_months != 0 && (!f.cronexpr || f.cronexpr->year_allowed(y))) {
      m = last_bit(earlier_months);
    } else {
      do {
        if (--y < first_year) return std::nullopt;
      } while (f.cronexpr && !f.cronexpr->year_allowed(y));
      m = last_bit(f.months);
    }
    const std::uint32_t days = firing_days(f, y, m);
    if (days != 0) return make_minute(y, m, last_bit(days), last_hour, last_minute);
  }
}

std::optional<LocalSecond> Schedule::next_match_second(LocalSecond after) const {
  const auto minute = date::floor<std::chrono::minutes>(after);
  const auto second = static_cast<unsigned>((after - minute).count());
  const std::uint64_t all = extras().seconds.to_ullong();
  if (all == 0) return std::nullopt;
  const std::uint64_t later = second + 1 < 60 ? all & (~std::uint64_t{0} << (second + 1)) : 0;
  if (later != 0 && matches(minute)) {
    return LocalSecond{minute} + std::chrono::seconds{std::countr_zero(later)};
  }
  const std::optional<LocalMinute> next = next_match(minute);
  if (!next) return std::nullopt;
  return LocalSecond{*next} + std::chrono::seconds{std::countr_zero(all)};
}

std::optional<LocalSecond> Schedule::previous_match_second(LocalSecond before) const {
  const auto minute = date::floor<std::chrono::minutes>(before);
  const auto second = static_cast<unsigned>((before - minute).count());
  const std::uint64_t all = extras().seconds.to_ullong();
  if (all == 0) return std::nullopt;
  const auto last_second = [](std::uint64_t bits) { return std::bit_width(bits) - 1; };
  const std::uint64_t earlier = all & ((std::uint64_t{1} << second) - 1);
  if (earlier != 0 && matches(minute)) {
    return LocalSecond{minute} + std::chrono::seconds{last_second(earlier)};
  }
  const std::optional<LocalMinute> previous = previous_match(minute);
  if (!previous) return std::nullopt;
  return LocalSecond{*previous} + std::chrono::seconds{last_second(all)};
}

std::string Schedule::why_never_fires() const {
  // rate() runs from its start on; whether at() is still ahead depends on when one asks.
  if (at_reboot || is_rate_or_one_time()) return {};
  // fugit's days counted from the end and n-th weekdays are not in the sets; and what fugit
  // could never fire it rejects itself (compact_month_days). Its clock decides.
  if (extras().fugit_cron) return {};
  const FieldBits f = field_bits(*this);
  if (extras().seconds.none()) return "the second field selects no second";
  if (f.minutes == 0) return "the minute field selects no minute";
  if (f.hours == 0) return "the hour field selects no hour";
  if (f.months == 0) return "the month field selects no month";
  if (f.cronexpr) {
    if (extras().years_limited && extras().years.none()) return "the year field selects no year";
    if (some_cronexpr_day_fires(f)) return {};
    return "no day in the years 1970-2099 passes the month and day fields";
  }
  if (some_day_fires(f)) return {};
  if (f.both_must_match) {
    if (f.days_of_month == 0) return "the day-of-month field selects no day";
    if (f.weekdays == 0) return "the day-of-week field selects no day";
    return missing_dates(f);
  }
  // Either field may match, yet neither does: the day-of-week set is empty.
  if (f.days_of_month == 0)
    return "neither the day-of-month nor the day-of-week field selects a day";
  return missing_dates(f);
}

}  // namespace cronkit
