#include "schedule/quartz_cron.hpp"

#include <optional>

namespace cronkit {
namespace {

using std::chrono::seconds;

long long floor_div(long long a, long long b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// A java.util.GregorianCalendar in lenient mode, reduced to what getTimeAfter() uses: fields can
// be set out of range (`set(DAY_OF_MONTH, 32)`) and are only turned into an instant, and back
// into fields, when one is read. That round trip is where daylight-saving changes act: a wall
// time is resolved by ZoneInfo.getOffsetsByWall(), which takes a wall time in a forward gap with
// the offset before the gap and a repeated wall time with the offset after the change ("we
// assume standard time", GregorianCalendar.computeTime).
class LenientCalendar {
 public:
  explicit LenientCalendar(const date::time_zone& zone) : zone_(zone) {}

  void set_time(date::sys_seconds instant) {
    instant_ = instant;
    compute_fields();
  }
  // Any set() leaves the fields to be resolved at the next read, as Calendar does.
  void set_year(long long v) { year_ = v, dirty_ = true; }
  void set_month(long long v) { month_ = v, dirty_ = true; }  // 0-based, as in Calendar
  void set_day(long long v) { day_ = v, dirty_ = true; }
  void set_hour(long long v) { hour_ = v, dirty_ = true; }
  void set_minute(long long v) { minute_ = v, dirty_ = true; }
  void set_second(long long v) { second_ = v, dirty_ = true; }
  void touch() { dirty_ = true; }  // set(MILLISECOND, 0)

  long long year() { return complete().year_; }
  long long month() { return complete().month_; }
  long long day() { return complete().day_; }
  long long hour() { return complete().hour_; }
  long long minute() { return complete().minute_; }
  long long second() { return complete().second_; }
  // Calendar.DAY_OF_WEEK: 1 = Sunday .. 7 = Saturday.
  int day_of_week() {
    complete();
    const date::weekday wd{date::local_days{date::year_month_day{
        date::year{static_cast<int>(year_)}, date::month{static_cast<unsigned>(month_ + 1)},
        date::day{static_cast<unsigned>(day_)}}}};
    return static_cast<int>(wd.c_encoding()) + 1;
  }
  date::sys_seconds time() { return complete().instant_; }

  // Calendar.add(YEAR, n): resolve, move the year, keep the day inside the month.
  void add_years(long long n) {
    complete();
    year_ += n;
    const unsigned length =
        static_cast<unsigned>((date::year{static_cast<int>(year_)} /
                               date::month{static_cast<unsigned>(month_ + 1)} / date::last)
                                  .day());
    if (day_ > length) day_ = length;
    dirty_ = true;
  }

 private:
  LenientCalendar& complete() {
    if (dirty_) {
      const long long y = year_ + floor_div(month_, 12);
      const long long m = month_ - floor_div(month_, 12) * 12;
      const date::local_days first{date::year{static_cast<int>(y)} /
                                   date::month{static_cast<unsigned>(m + 1)} / 1};
      const date::local_seconds wall{first.time_since_epoch() + date::days{day_ - 1} +
                                     std::chrono::hours{hour_} + std::chrono::minutes{minute_} +
                                     seconds{second_}};
      instant_ = date::sys_seconds{wall.time_since_epoch() - offset_by_wall(wall)};
      compute_fields();
    }
    return *this;
  }

  seconds offset_by_wall(date::local_seconds wall) const {
    const date::local_info info = zone_.get_info(wall);
    return info.result == date::local_info::ambiguous ? info.second.offset : info.first.offset;
  }

  void compute_fields() {
    const date::local_seconds wall = zone_.to_local(instant_);
    const date::local_days day = date::floor<date::days>(wall);
    const date::year_month_day ymd{day};
    const date::hh_mm_ss<seconds> time{wall - day};
    year_ = static_cast<int>(ymd.year());
    month_ = static_cast<unsigned>(ymd.month()) - 1;
    day_ = static_cast<unsigned>(ymd.day());
    hour_ = time.hours().count();
    minute_ = time.minutes().count();
    second_ = time.seconds().count();
    dirty_ = false;
  }

  const date::time_zone& zone_;
  date::sys_seconds instant_{};
  long long year_ = 1970, month_ = 0, day_ = 1, hour_ = 0, minute_ = 0, second_ = 0;
  bool dirty_ = false;
};

// TreeSet.tailSet(v).first(): the smallest member >= v.
template <std::size_t N>
std::optional<long long> first_from(const std::bitset<N>& set, long long v, long long base = 0) {
  for (long long i = std::max<long long>(v - base, 0); i < static_cast<long long>(N); ++i) {
    if (set.test(static_cast<std::size_t>(i))) return i + base;
  }
  return std::nullopt;
}

// TreeSet.first() on an empty set throws NoSuchElementException; getTimeAfter() lets it out.
struct EmptySet {};
template <std::size_t N>
long long first_of(const std::bitset<N>& set, long long base = 0) {
  if (auto v = first_from(set, 0, 0)) return *v + base;
  throw EmptySet{};
}

long long last_day_of_month(long long month, long long year) {
  if (month < 1 || month > 12) throw EmptySet{};  // IllegalArgumentException("Illegal month")
  return static_cast<unsigned>(
      (date::year{static_cast<int>(year)} / date::month{static_cast<unsigned>(month)} / date::last)
          .day());
}

// CronExpression.setCalendarHour(): if the hour does not stick (it is in a forward gap), the
// next one.
void set_calendar_hour(LenientCalendar& cl, long long hour) {
  cl.set_hour(hour);
  if (cl.hour() != hour && hour != 24) cl.set_hour(hour + 1);
}

void start_of_day(LenientCalendar& cl) {
  cl.set_second(0);
  cl.set_minute(0);
  cl.set_hour(0);
}

// The nearest-weekday test of getTimeAfter()'s `W` branches: a fresh calendar set to midnight
// of `day`, moved to the weekday Quartz picks, then given the time of day; true (and `day`
// moved) unless that instant is before `base`.
bool nearest_weekday_not_before(const date::time_zone& zone, long long& day, long long mon,
                                long long year, long long sec, long long min, long long hr,
                                date::sys_seconds base) {
  LenientCalendar tcal(zone);
  tcal.set_time(base);
  start_of_day(tcal);
  tcal.set_day(day);
  tcal.set_month(mon - 1);
  tcal.set_year(year);
  const long long ldom = last_day_of_month(mon, year);
  const int dow = tcal.day_of_week();
  if (dow == 7 && day == 1) {
    day += 2;
  } else if (dow == 7) {
    day -= 1;
  } else if (dow == 1 && day == ldom) {
    day -= 2;
  } else if (dow == 1) {
    day += 1;
  }
  tcal.set_second(sec);
  tcal.set_minute(min);
  tcal.set_hour(hr);
  tcal.set_day(day);
  tcal.set_month(mon - 1);
  return !(tcal.time() < base);
}

// Days from the current weekday to the wanted one, forward (0-6).
long long days_to(long long wanted, long long current) {
  if (current < wanted) return wanted - current;
  if (current > wanted) return wanted + (7 - current);
  return 0;
}

}  // namespace

int quartz_max_year() {
  const auto today = date::floor<date::days>(std::chrono::system_clock::now());
  return static_cast<int>(date::year_month_day{today}.year()) + 100;
}

QuartzNext quartz_time_after(const QuartzCron& cron, const date::time_zone& zone,
                             date::sys_seconds after, int max_year) {
  LenientCalendar cl(zone);
  // "move ahead one second, since we're computing the time *after* the given time"
  const date::sys_seconds base = after + seconds{1};
  cl.set_time(base);
  cl.touch();
  try {
    // Every pass either finishes or moves the calendar forward; the year guards end it. The
    // bound only protects against a broken invariant.
    for (long pass = 0; pass < 10'000'000; ++pass) {
      if (cl.year() > last_quartz_year) return {};

      long long sec = cl.second();
      long long min = cl.minute();
      if (auto s = first_from(cron.seconds, sec)) {
        sec = *s;
      } else {
        sec = first_of(cron.seconds);
        ++min;
        cl.set_minute(min);
      }
      cl.set_second(sec);

      min = cl.minute();
      long long hr = cl.hour();
      long long t = -1;
      if (auto m = first_from(cron.minutes, min)) {
        t = min;
        min = *m;
      } else {
        min = first_of(cron.minutes);
        ++hr;
      }
      if (min != t) {
        cl.set_second(0);
        cl.set_minute(min);
        set_calendar_hour(cl, hr);
        continue;
      }
      cl.set_minute(min);

      hr = cl.hour();
      long long day = cl.day();
      t = -1;
      if (auto h = first_from(cron.hours, hr)) {
        t = hr;
        hr = *h;
      } else {
        hr = first_of(cron.hours);
        ++day;
      }
      if (hr != t) {
        cl.set_second(0);
        cl.set_minute(0);
        cl.set_day(day);
        set_calendar_hour(cl, hr);
        continue;
      }
      cl.set_hour(hr);

      day = cl.day();
      long long mon = cl.month() + 1;
      t = -1;
      long long tmon = mon;
      const bool day_of_month_spec = !cron.day_of_month_unspecified;
      const bool day_of_week_spec = !cron.day_of_week_unspecified;
      if (day_of_month_spec && !day_of_week_spec) {
        const std::optional<long long> later_day = first_from(cron.days_of_month, day);
        if (cron.last_day_of_month) {
          t = day;
          day = last_day_of_month(mon, cl.year()) - cron.last_day_offset;
          if (!cron.nearest_weekday) {
            if (t > day) {
              ++mon;
              if (mon > 12) {
                mon = 1;
                tmon = 3333;  // getTimeAfter's way of forcing the month test below to fail
                cl.add_years(1);
              }
              day = 1;
            }
          } else if (!nearest_weekday_not_before(zone, day, mon, cl.year(), sec, min, hr, base)) {
            day = 1;
            ++mon;
          }
        } else if (cron.nearest_weekday) {
          t = day;
          day = first_of(cron.days_of_month);
          if (!nearest_weekday_not_before(zone, day, mon, cl.year(), sec, min, hr, base)) {
            day = first_of(cron.days_of_month);
            ++mon;
          }
        } else if (later_day) {
          t = day;
          day = *later_day;
          if (day > last_day_of_month(mon, cl.year())) {
            day = first_of(cron.days_of_month);
            ++mon;
          }
        } else {
          day = first_of(cron.days_of_month);
          ++mon;
        }
        if (day != t || mon != tmon) {
          start_of_day(cl);
          cl.set_day(day);
          cl.set_month(mon - 1);
          continue;
        }
      } else if (day_of_week_spec && !day_of_month_spec) {
        if (cron.last_day_of_week) {
          const long long dow = first_of(cron.days_of_week);
          long long add = days_to(dow, cl.day_of_week());
          const long long last_day = last_day_of_month(mon, cl.year());
          if (day + add > last_day) {
            start_of_day(cl);
            cl.set_day(1);
            cl.set_month(mon);
            continue;
          }
          while (day + add + 7 <= last_day) add += 7;
          day += add;
          if (add > 0) {
            start_of_day(cl);
            cl.set_day(day);
            cl.set_month(mon - 1);
            continue;
          }
        } else if (cron.nth_day_of_week != 0) {
          const long long dow = first_of(cron.days_of_week);
          long long add = days_to(dow, cl.day_of_week());
          const bool day_shifted = add > 0;
          day += add;
          long long week_of_month = day / 7;
          if (day % 7 > 0) ++week_of_month;
          add = (cron.nth_day_of_week - week_of_month) * 7;
          day += add;
          if (add < 0 || day > last_day_of_month(mon, cl.year())) {
            start_of_day(cl);
            cl.set_day(1);
            cl.set_month(mon);
            continue;
          }
          if (add > 0 || day_shifted) {
            start_of_day(cl);
            cl.set_day(day);
            cl.set_month(mon - 1);
            continue;
          }
        } else {
          const long long current = cl.day_of_week();
          long long dow = first_of(cron.days_of_week);
          if (auto later = first_from(cron.days_of_week, current)) dow = *later;
          const long long add = days_to(dow, current);
          const long long last_day = last_day_of_month(mon, cl.year());
          if (day + add > last_day) {
            start_of_day(cl);
            cl.set_day(1);
            cl.set_month(mon);
            continue;
          }
          if (add > 0) {
            start_of_day(cl);
            cl.set_day(day + add);
            cl.set_month(mon - 1);
            continue;
          }
        }
      } else {
        // UnsupportedOperationException: the parser never lets this through.
        return {QuartzNext::Kind::error, {}};
      }
      cl.set_day(day);

      mon = cl.month() + 1;
      long long year = cl.year();
      t = -1;
      if (year > max_year) return {};
      if (auto m = first_from(cron.months, mon)) {
        t = mon;
        mon = *m;
      } else {
        mon = first_of(cron.months);
        ++year;
      }
      if (mon != t) {
        start_of_day(cl);
        cl.set_day(1);
        cl.set_month(mon - 1);
        cl.set_year(year);
        continue;
      }
      cl.set_month(mon - 1);

      year = cl.year();
      t = -1;
      if (auto y = first_from(cron.years, year, first_quartz_year)) {
        t = year;
        year = *y;
      } else {
        return {};  // "ran out of years..."
      }
      if (year != t) {
        start_of_day(cl);
        cl.set_day(1);
        cl.set_month(0);
        cl.set_year(year);
        continue;
      }
      cl.set_year(year);
      return {QuartzNext::Kind::time, cl.time()};
    }
  } catch (const EmptySet&) {
    return {QuartzNext::Kind::error, {}};
  }
  return {};
}

}  // namespace cronkit
