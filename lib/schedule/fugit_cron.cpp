#include "schedule/fugit_cron.hpp"

#include <fmt/format.h>

namespace cronkit {
namespace {

using std::chrono::seconds;

constexpr long long day_seconds = 24 * 3600;
constexpr long long week_seconds = 7 * day_seconds;

// An exception next_time lets out: its class and message, as Ruby prints them.
struct RubyError {
  std::string text;
};

long long floor_div(long long a, long long b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// The wall-clock fields of an instant in the cron's zone (what EoTime's accessors read).
struct Wall {
  date::local_seconds local;
  date::year_month_day ymd;
  int hour, minute, second;
  unsigned weekday;  // 0 = Sunday
};

// TimeCursor over one zone: every step adds absolute seconds; the fields are re-read after it.
class Cursor {
 public:
  Cursor(const date::time_zone& zone, date::sys_seconds t) : zone_(zone) { set(t); }

  date::sys_seconds time() const { return t_; }
  const Wall& wall() const { return wall_; }
  void set(date::sys_seconds t) {
    t_ = t;
    const date::local_seconds local = zone_.to_local(t);
    const auto day = date::floor<date::days>(local);
    const date::hh_mm_ss<seconds> hms{local - day};
    wall_ = Wall{local,
                 date::year_month_day{day},
                 static_cast<int>(hms.hours().count()),
                 static_cast<int>(hms.minutes().count()),
                 static_cast<int>(hms.seconds().count()),
                 date::weekday{day}.c_encoding()};
  }
  void inc(long long s) { set(t_ + seconds{s}); }

  // EtOrbi.make(y, m, d, zone): the instant of that wall midnight, through TZInfo's
  // local_to_utc, which raises for a wall time that does not exist or exists twice.
  date::sys_seconds make_midnight(date::year_month_day day) const {
    const date::local_seconds local{date::local_days{day}};
    const date::local_info info = zone_.get_info(local);
    if (info.result == date::local_info::nonexistent) {
      throw RubyError{fmt::format("TZInfo::PeriodNotFound: {} is an invalid local time.",
                                  date::format("%F %T", local))};
    }
    if (info.result == date::local_info::ambiguous) {
      throw RubyError{fmt::format("TZInfo::AmbiguousTime: {} is an ambiguous local time.",
                                  date::format("%F %T", local))};
    }
    return date::sys_seconds{local.time_since_epoch() - info.first.offset};
  }

  // inc_month: midnight on the first of the next month.
  void inc_month() {
    date::year_month ym = wall_.ymd.year() / wall_.ymd.month();
    ym += date::months{1};
    set(make_midnight(ym / date::day{1}));
  }
  // inc_day: to the next midnight by absolute seconds, then back to the day's midnight when a
  // daylight-saving change made the sum miss it.
  void inc_day() {
    inc((24 - wall_.hour) * 3600LL - wall_.minute * 60LL - wall_.second);
    if (wall_.hour == 0) return;
    if (wall_.hour < 12) {
      const date::local_info info =
          zone_.get_info(date::local_seconds{date::local_days{wall_.ymd}});
      if (info.result == date::local_info::nonexistent) {
        inc((24 - wall_.hour) * 3600LL);  // rescue ::TZInfo::PeriodNotFound
      } else {
        set(make_midnight(wall_.ymd));
      }
    } else {
      inc((24 - wall_.hour) * 3600LL);
    }
  }
  void inc_hour() { inc((60 - wall_.minute) * 60LL - wall_.second); }
  void inc_min() { inc(60 - wall_.second); }
  void inc_sec(const FugitCron& cron) {
    for (int s = wall_.second + 1; s < 60; ++s) {
      if (cron.seconds.test(static_cast<std::size_t>(s))) {
        inc(s - wall_.second);
        return;
      }
    }
    int first = 0;
    while (first < 60 && !cron.seconds.test(static_cast<std::size_t>(first))) ++first;
    inc(60 - wall_.second + first);
  }

 private:
  const date::time_zone& zone_;
  date::sys_seconds t_;
  Wall wall_{};
};

class Matcher {
 public:
  Matcher(const FugitCron& cron, const date::time_zone& zone) : cron_(cron), zone_(zone) {}

  bool month(const Wall& w) const {
    return cron_.any_month || cron_.months.test(static_cast<unsigned>(w.ymd.month()));
  }
  bool hour(const Wall& w) const {
    return cron_.any_hour || cron_.hours.test(static_cast<std::size_t>(w.hour));
  }
  bool minute(const Wall& w) const {
    return cron_.any_minute || cron_.minutes.test(static_cast<std::size_t>(w.minute));
  }
  bool second(const Wall& w) const {
    return cron_.any_second || cron_.seconds.test(static_cast<std::size_t>(w.second));
  }

  // day_match?
  bool day(const Cursor& c) const {
    if (!cron_.any_weekday && !cron_.any_month_day) {
      if (cron_.day_and) return weekday(c) && month_day(c);
      return weekday(c) || month_day(c);
    }
    return weekday(c) && month_day(c);
  }

 private:
  // monthday_match?: `last` is one more than the day of (next month's midnight - 24 h), so a
  // daylight-saving change on the month's last day moves what -1 means.
  bool month_day(const Cursor& c) const {
    if (cron_.any_month_day) return true;
    const unsigned day = static_cast<unsigned>(c.wall().ymd.day());
    if (cron_.month_days.test(day)) return true;
    if (cron_.days_from_end.none()) return false;
    Cursor next = c;
    next.inc_month();
    next.inc(-day_seconds);
    const int last = static_cast<int>(static_cast<unsigned>(next.wall().ymd.day())) + 1;
    for (int d = 1; d <= 31; ++d) {
      if (cron_.days_from_end.test(static_cast<std::size_t>(d)) &&
          last - d == static_cast<int>(day))
        return true;
    }
    return false;
  }

  // et-orbi's count_weeks: how many whole weeks (absolute seconds) stay in the month, this one
  // included, going back (-1) or forward (+1).
  static int count_weeks(const Cursor& c, int direction) {
    int count = 0;
    Cursor t = c;
    while (t.wall().ymd.month() == c.wall().ymd.month()) {
      ++count;
      t.inc(direction * week_seconds);
    }
    return count;
  }

  // et-orbi (1.2) rweek: weeks since 2019-01-01 00:00 in the zone, counted from 1.
  long long rweek(const Cursor& c) const {
    const Cursor origin(zone_, date::sys_seconds{});
    const date::sys_seconds start =
        origin.make_midnight(date::year{2019} / date::January / date::day{1});
    return floor_div((c.time() - start).count(), week_seconds) + 1;
  }

  bool weekday(const Cursor& c) const {
    if (cron_.any_weekday) return true;
    const FugitWeekday& rule = cron_.weekdays[c.wall().weekday];
    switch (rule.kind) {
      case FugitWeekday::Kind::unused:
        return false;
      case FugitWeekday::Kind::every:
        return true;
      case FugitWeekday::Kind::nth:
        return rule.nth > 0 ? rule.nth == count_weeks(c, -1) : rule.nth == -count_weeks(c, 1);
      case FugitWeekday::Kind::modulo: {
        if (rule.modulus == 0) throw RubyError{"ZeroDivisionError: divided by 0"};
        const auto m = static_cast<long long>(rule.modulus);
        long long r = rweek(c) % m;
        if (r < 0) r += m;
        return static_cast<std::uint64_t>(r) == rule.remainder % rule.modulus;
      }
    }
    return false;
  }

  const FugitCron& cron_;
  const date::time_zone& zone_;
};

bool same_zone_state(const date::sys_info& a, const date::sys_info& b) {
  return a.offset == b.offset && a.abbrev == b.abbrev;  // strftime('%z|%Z')
}

}  // namespace

FugitNext fugit_next_time(const FugitCron& cron, const date::time_zone& zone,
                          date::sys_seconds from, const date::time_zone& from_zone) {
  // MAX_ITERATION_COUNT.
  constexpr int max_iterations = 2048;
  FugitNext result;
  try {
    date::local_seconds wall_from = from_zone.to_local(from);
    date::sys_seconds instant_from = from;
    Cursor t(zone, from);
    date::sys_info zone_from = zone.get_info(from);
    const Matcher match(cron, zone);
    for (int i = 1;; ++i) {
      if (i > max_iterations) {
        throw RubyError{
            "RuntimeError: too many loops for #next_time, breaking, cron expression most likely "
            "invalid (Feb 30th like?)"};
      }
      if (t.time() == instant_from) {
        t.inc(1);
        continue;
      }
      if (!match.month(t.wall())) {
        t.inc_month();
        continue;
      }
      if (!match.day(t)) {
        t.inc_day();
        continue;
      }
      if (!match.hour(t.wall())) {
        t.inc_hour();
        continue;
      }
      if (!match.minute(t.wall())) {
        t.inc_min();
        continue;
      }
      if (!match.second(t.wall())) {
        t.inc_sec(cron);
        continue;
      }
      // gh-6: the same wall time as `from` (read in from's zone) in another offset is skipped.
      const date::sys_info here = zone.get_info(t.time());
      if (t.wall().local == wall_from && !same_zone_state(here, zone_from)) {
        wall_from = t.wall().local;
        instant_from = t.time();
        zone_from = here;
        continue;
      }
      break;
    }
    result.ok = true;
    result.instant = t.time();
  } catch (const RubyError& e) {
    result.error = e.text;
  }
  return result;
}

}  // namespace cronkit
