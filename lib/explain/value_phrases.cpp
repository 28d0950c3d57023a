#include "explain/value_phrases.hpp"

#include <algorithm>
#include <array>

#include "explain/explain.hpp"

namespace cronkit {
namespace {

constexpr std::array<std::string_view, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 7> weekday_names = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

}  // namespace

std::string_view month_name(int month) {
  return month >= 1 && month <= 12 ? month_names[static_cast<std::size_t>(month - 1)] : "";
}

std::string_view weekday_name(int weekday) {
  return weekday >= 0 && weekday <= 7 ? weekday_names[static_cast<std::size_t>(weekday % 7)] : "";
}

namespace value_phrases {

Values weekdays_of(const Schedule& schedule) {
  Values values;
  for (int d = 0; d < 7; ++d) {
    if (schedule.days_of_week.test(static_cast<std::size_t>(d)) ||
        (d == 0 && schedule.days_of_week.test(7))) {
      values.push_back(d);
    }
  }
  return values;
}

std::vector<Run> runs_of(const Values& values) {
  std::vector<Run> runs;
  for (int v : values) {
    if (!runs.empty() && runs.back().last + 1 == v) {
      runs.back().last = v;
    } else {
      runs.push_back({v, v});
    }
  }
  return runs;
}

std::optional<Progression> progression_of(const Values& values) {
  if (values.size() < 3) return std::nullopt;
  const int step = values[1] - values[0];
  if (step < 2) return std::nullopt;
  for (std::size_t i = 2; i < values.size(); ++i) {
    if (values[i] - values[i - 1] != step) return std::nullopt;
  }
  return Progression{values.front(), values.back(), step};
}

std::string join(const std::vector<std::string>& parts, std::string_view conjunction) {
  std::string text;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) {
      text += i + 1 == parts.size() ? fmt::format(" {} ", conjunction) : std::string(", ");
    }
    text += parts[i];
  }
  return text;
}

std::string ordinal(int n) {
  const int tens = n % 100;
  std::string_view suffix = "th";
  if (tens < 11 || tens > 13) {
    if (n % 10 == 1) suffix = "st";
    if (n % 10 == 2) suffix = "nd";
    if (n % 10 == 3) suffix = "rd";
  }
  return fmt::format("{}{}", n, suffix);
}

std::string minute_mark(int minute) {
  return fmt::format(":{:02}", minute);
}

std::string day_number(int day) {
  return std::to_string(day);
}

std::string month_label(int month) {
  return std::string(month_name(month));
}

std::vector<std::string> weekday_pieces(const Values& days) {
  std::array<bool, 7> named{};
  for (int d : days) named[static_cast<std::size_t>(d)] = true;
  int start = -1;
  for (int d : {1, 2, 3, 4, 5, 6, 0}) {
    if (named[static_cast<std::size_t>(d)] && !named[static_cast<std::size_t>((d + 6) % 7)]) {
      start = d;
      break;
    }
  }
  std::vector<std::string> pieces;
  if (start < 0) return pieces;  // no day, or all seven (callers handle both)
  std::vector<Run> runs;         // in positions from `start`, not weekday numbers
  for (int i = 0; i < 7; ++i) {
    if (!named[static_cast<std::size_t>((start + i) % 7)]) continue;
    if (!runs.empty() && runs.back().last + 1 == i) {
      runs.back().last = i;
    } else {
      runs.push_back({i, i});
    }
  }
  for (const Run& run : runs) {
    if (run.length() >= 3) {
      pieces.push_back(fmt::format("{} through {}", weekday_name((start + run.first) % 7),
                                   weekday_name((start + run.last) % 7)));
    } else {
      for (int i = run.first; i <= run.last; ++i) {
        pieces.emplace_back(weekday_name((start + i) % 7));
      }
    }
  }
  return pieces;
}

std::vector<std::string> weekday_each(const Values& days) {
  std::vector<std::string> names;
  for (int d : {1, 2, 3, 4, 5, 6, 0}) {
    if (std::find(days.begin(), days.end(), d) != days.end()) names.emplace_back(weekday_name(d));
  }
  return names;
}

std::string day_of_month_phrase(const Values& days, std::string_view of_what) {
  if (days.size() == 1) return fmt::format("day {} of {}", days.front(), of_what);
  if (auto p = progression_of(days); p && p->step == 2 && days.size() >= 5) {
    if (p->first == 1 && p->last == 31) return fmt::format("odd-numbered days of {}", of_what);
    if (p->first == 2 && p->last == 30) return fmt::format("even-numbered days of {}", of_what);
  }
  if (auto p = progression_of(days); p && days.size() >= 5) {
    return fmt::format("every {} day of {} from day {} through day {}", ordinal(p->step), of_what,
                       p->first, p->last);
  }
  return fmt::format("days {} of {}", join(pieces_of(days, day_number), "and"), of_what);
}

std::vector<std::string> quartz_day_of_month_pieces(const QuartzDays& quartz) {
  std::vector<std::string> pieces;
  if (quartz.last_day_offset != 0) {
    // Quartz's `L-3` and `L-3W`.
    const std::string day =
        fmt::format("the day {} day{} before the last day of the month", quartz.last_day_offset,
                    quartz.last_day_offset == 1 ? "" : "s");
    if (quartz.last_day) pieces.push_back(day);
    if (quartz.last_weekday) pieces.push_back("the weekday (Monday to Friday) nearest " + day);
  } else {
    if (quartz.last_day) pieces.emplace_back("the last day of the month");
    if (quartz.last_weekday)
      pieces.emplace_back("the last weekday (Monday to Friday) of the month");
  }
  for (int offset = 1; offset <= 31; ++offset) {
    if (quartz.last_day_offsets >> offset & 1) {
      pieces.push_back(fmt::format("the day {} day{} before the last day of the month", offset,
                                   offset == 1 ? "" : "s"));
    }
  }
  for (int day = 1; day <= 31; ++day) {
    if (quartz.nearest_weekday >> day & 1) {
      pieces.push_back(fmt::format("the weekday (Monday to Friday) nearest the {} within the month",
                                   ordinal(day)));
    }
  }
  return pieces;
}

std::vector<std::string> quartz_day_of_week_pieces(const QuartzDays& quartz) {
  static constexpr std::array<std::string_view, 5> nth = {"first", "second", "third", "fourth",
                                                          "fifth"};
  std::vector<std::string> pieces;
  for (int week = 1; week <= 5; ++week) {
    for (int d : {1, 2, 3, 4, 5, 6, 0}) {
      if (quartz.nth_in_month[static_cast<std::size_t>(week - 1)] >> d & 1) {
        pieces.push_back(fmt::format("the {} {} of the month{}", nth[week - 1], weekday_name(d),
                                     week == 5 ? " (in months that have one)" : ""));
      }
    }
  }
  for (int d : {1, 2, 3, 4, 5, 6, 0}) {
    if (quartz.last_in_month >> d & 1) {
      pieces.push_back(fmt::format("the last {} of the month", weekday_name(d)));
    }
  }
  return pieces;
}

std::vector<std::string> fugit_day_of_month_pieces(const FugitCron& cron) {
  std::vector<std::string> pieces;
  Values days;
  for (int d = 1; d <= 31; ++d) {
    if (cron.month_days.test(static_cast<std::size_t>(d))) days.push_back(d);
  }
  if (!days.empty()) pieces.push_back(day_of_month_phrase(days, "the month"));
  for (int d = 1; d <= 31; ++d) {
    if (!cron.days_from_end.test(static_cast<std::size_t>(d))) continue;
    if (d == 1) {
      pieces.emplace_back("the last day of the month");
    } else {
      pieces.push_back(fmt::format("the day {} day{} before the last day of the month", d - 1,
                                   d == 2 ? "" : "s"));
    }
  }
  return pieces;
}

std::vector<std::string> fugit_day_of_week_pieces(const FugitCron& cron) {
  static constexpr std::array<std::string_view, 5> nth = {"first", "second", "third", "fourth",
                                                          "fifth"};
  Values every;
  std::vector<std::string> special;
  for (int d : {1, 2, 3, 4, 5, 6, 0}) {
    const FugitWeekday& rule = cron.weekdays[static_cast<std::size_t>(d)];
    switch (rule.kind) {
      case FugitWeekday::Kind::unused:
        break;
      case FugitWeekday::Kind::every:
        every.push_back(d);
        break;
      case FugitWeekday::Kind::nth:
        if (rule.nth > 0) {
          special.push_back(
              fmt::format("the {} {} of the month{}", nth[static_cast<std::size_t>(rule.nth - 1)],
                          weekday_name(d), rule.nth == 5 ? " (in months that have one)" : ""));
        } else if (rule.nth == -1) {
          special.push_back(fmt::format("the last {} of the month", weekday_name(d)));
        } else {
          special.push_back(fmt::format("the {} {} counting from the end of the month{}",
                                        nth[static_cast<std::size_t>(-rule.nth - 1)],
                                        weekday_name(d),
                                        rule.nth == -5 ? " (in months that have one)" : ""));
        }
        break;
      case FugitWeekday::Kind::modulo:
        if (rule.modulus == 0) {
          special.push_back(fmt::format(
              "{} (never: fugit raises ZeroDivisionError for '%0' when it checks that day)",
              weekday_name(d)));
          break;
        }
        special.push_back(fmt::format(
            "{} in weeks whose number modulo {} is {} (fugit counts weeks from 2019-01-01 as 1)",
            weekday_name(d), rule.modulus, rule.remainder % rule.modulus));
        break;
    }
  }
  std::vector<std::string> pieces;
  if (!every.empty()) pieces.push_back(join(weekday_pieces(every), "and"));
  pieces.insert(pieces.end(), special.begin(), special.end());
  return pieces;
}

std::string fugit_day_text(const FugitCron& cron) {
  const std::vector<std::string> dom = fugit_day_of_month_pieces(cron);
  const std::vector<std::string> dow = fugit_day_of_week_pieces(cron);
  if (cron.any_month_day && cron.any_weekday) return {};
  if (cron.any_weekday) return " on " + join(dom, "or on");
  if (cron.any_month_day) return " on " + join(dow, "or on");
  if (cron.day_and) {
    return fmt::format(" on {} if that day is also {}", join(dom, "or"), join(dow, "or"));
  }
  return " on " + join(dom, "or on") + " or on " + join(dow, "or on");
}

std::string years_phrase(const Schedule& schedule) {
  if (!schedule.extras().years_limited || schedule.extras().years.all()) return {};
  Values years;
  for (int y = first_cronexpr_year; y <= last_cronexpr_year; ++y) {
    if (schedule.year_allowed(y)) years.push_back(y);
  }
  return "only in " + join(pieces_of(years, [](int y) { return std::to_string(y); }), "and");
}

std::string seconds_phrase(const std::bitset<60>& seconds) {
  Values values = values_of(seconds, 0, 59);
  if (values.size() == 60) return "every second";
  if (values.size() == 1) return fmt::format("at second {}", values.front());
  if (auto p = progression_of(values);
      p && p->first == 0 && 60 % p->step == 0 && static_cast<int>(values.size()) == 60 / p->step) {
    return fmt::format("every {} seconds", p->step);
  }
  return "at seconds " + join(pieces_of(values, [](int v) { return std::to_string(v); }), "and");
}

std::string capitalised(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  return text;
}

std::string uncapitalised(std::string text) {
  if (text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z'))
    text[0] = static_cast<char>(text[0] + 32);
  return text;
}

}  // namespace value_phrases
}  // namespace cronkit
