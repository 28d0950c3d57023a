#pragma once
// Saying sets of values in English: runs ("Monday through Friday"), progressions ("every 15
// minutes"), lists joined with "and"/"or", ordinals and labels, and the day items of the
// schedulers that have them (gorhill/cronexpr's and Quartz's `L`, `W`, `#`; fugit's days from
// the end of the month). The parts explain.cpp builds its sentences from.

#include <fmt/format.h>

#include <bitset>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "schedule/schedule.hpp"

namespace cronkit::value_phrases {

using Values = std::vector<int>;

template <std::size_t N>
Values values_of(const std::bitset<N>& bits, int low, int high) {
  Values values;
  for (int v = low; v <= high; ++v) {
    if (bits.test(static_cast<std::size_t>(v))) values.push_back(v);
  }
  return values;
}

// cron keeps bits 0 and 7 both set for Sunday; a reader wants each weekday once.
Values weekdays_of(const Schedule& schedule);

struct Run {
  int first;
  int last;
  int length() const { return last - first + 1; }
};

// Maximal runs of consecutive values, in order.
std::vector<Run> runs_of(const Values& values);

struct Progression {
  int first;
  int last;
  int step;
};

// The values as first, first+step, ... last, when there are at least three of them and they are
// evenly spaced by more than one.
std::optional<Progression> progression_of(const Values& values);

// "a", "a and b", "a, b and c" (or "or" as the conjunction).
std::string join(const std::vector<std::string>& parts, std::string_view conjunction);

// Runs of three or more read "X through Y"; shorter ones are listed value by value.
template <class Label>
std::vector<std::string> pieces_of(const Values& values, Label label) {
  std::vector<std::string> pieces;
  for (const Run& run : runs_of(values)) {
    if (run.length() >= 3) {
      pieces.push_back(fmt::format("{} through {}", label(run.first), label(run.last)));
    } else {
      for (int v = run.first; v <= run.last; ++v) pieces.push_back(label(v));
    }
  }
  return pieces;
}

std::string ordinal(int n);

std::string minute_mark(int minute);

std::string day_number(int day);

std::string month_label(int month);

// Weekdays read best around the week as people think of it: start at the first named day whose
// previous day is not named (trying Monday first), so `sat,sun` is "Saturday and Sunday" and
// `0-2` is "Sunday through Tuesday".
std::vector<std::string> weekday_pieces(const Values& days);

// Each weekday by name, for "if that day is also a Monday or Friday".
std::vector<std::string> weekday_each(const Values& days);

// "day 13 of the month", "days 1 and 15 of January", "odd-numbered days of the month".
std::string day_of_month_phrase(const Values& days, std::string_view of_what);

// ---- gorhill/cronexpr (supercronic): seconds, years, Quartz day items -----------------------

// "the last day of the month", "the weekday nearest the 15th": the day-of-month side.
std::vector<std::string> quartz_day_of_month_pieces(const QuartzDays& quartz);

// "the third Friday of the month", "the last Friday of the month": the day-of-week side.
std::vector<std::string> quartz_day_of_week_pieces(const QuartzDays& quartz);

// ---- fugit (GitLab): days from the end of the month, n-th weekdays, week modulo
// ------------------

// The day-of-month side of a fugit schedule: plain days, then days counted from the end.
std::vector<std::string> fugit_day_of_month_pieces(const FugitCron& cron);

// The day-of-week side: every such weekday, the n-th (from the start or the end of the month),
// or the weeks whose number (fugit's rweek, counted from 2019-01-01) has a given remainder.
std::vector<std::string> fugit_day_of_week_pieces(const FugitCron& cron);

// " on day 1 of the month or on Monday", " on ... if that day is also ...", "" for every day.
std::string fugit_day_text(const FugitCron& cron);

// "only in 2027", "only in 2026 through 2028"; empty when every year cronexpr knows is allowed.
std::string years_phrase(const Schedule& schedule);

// The seconds of a minute as a phrase: "at second 15", "every 20 seconds", "every second".
std::string seconds_phrase(const std::bitset<60>& seconds);

std::string capitalised(std::string text);
std::string uncapitalised(std::string text);

}  // namespace cronkit::value_phrases
