#pragma once
// Test helper: a Schedule built from five field strings in the common crontab subset (`*`, `*/n`,
// `a`, `a-b`, `a-b/n`, comma lists, three-letter month and weekday names), the way cron expands
// them: a reversed range selects nothing, DOW 0 and 7 are both Sunday, and a field whose text
// starts with `*` sets its star flag. Throws std::invalid_argument on anything else, so that a
// typo in a test fails loudly instead of testing a different schedule.

#include <algorithm>
#include <array>
#include <cctype>
#include <stdexcept>
#include <string>
#include <string_view>

#include "schedule/schedule.hpp"

namespace cronkit::testing {

namespace detail {

inline int field_number(std::string_view text, int low, int high,
                        const std::array<const char*, 12>* names, int first_name_value) {
  if (text.empty()) throw std::invalid_argument("empty value");
  if (std::isalpha(static_cast<unsigned char>(text[0]))) {
    if (names == nullptr) throw std::invalid_argument("name in a numeric field");
    std::string lower(text);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t i = 0; i < names->size() && (*names)[i] != nullptr; ++i) {
      if (lower == (*names)[i]) return first_name_value + static_cast<int>(i);
    }
    throw std::invalid_argument("unknown name " + lower);
  }
  int value = 0;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) throw std::invalid_argument("not a number");
    value = value * 10 + (c - '0');
    if (value > 1000) throw std::invalid_argument("number too large");
  }
  if (value < low || value > high) throw std::invalid_argument("value out of range");
  return value;
}

// Sets bit v of `bits` for every v the field text selects.
template <std::size_t N>
void expand_field(std::string_view text, int low, int high, std::bitset<N>& bits,
                  const std::array<const char*, 12>* names = nullptr, int first_name_value = 0) {
  if (text.empty()) throw std::invalid_argument("empty field");
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t comma = std::min(text.find(',', pos), text.size());
    std::string_view item = text.substr(pos, comma - pos);
    pos = comma + 1;
    int step = 1;
    if (const auto slash = item.find('/'); slash != std::string_view::npos) {
      step = field_number(item.substr(slash + 1), 1, high, nullptr, 0);
      item = item.substr(0, slash);
      if (item != "*" && item.find('-') == std::string_view::npos) {
        throw std::invalid_argument("step after a single value");
      }
    }
    int first = low;
    int last = high;
    if (item != "*") {
      const auto dash = item.find('-');
      first = field_number(item.substr(0, dash), low, high, names, first_name_value);
      last = dash == std::string_view::npos
                 ? first
                 : field_number(item.substr(dash + 1), low, high, names, first_name_value);
    }
    for (int v = first; v <= last; v += step) bits.set(static_cast<std::size_t>(v));
  }
}

inline const std::array<const char*, 12> month_names{"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};
inline const std::array<const char*, 12> weekday_names{"sun", "mon", "tue", "wed",
                                                       "thu", "fri", "sat", nullptr};

}  // namespace detail

inline Schedule schedule_from_fields(std::string_view minute, std::string_view hour,
                                     std::string_view day_of_month, std::string_view month,
                                     std::string_view day_of_week) {
  Schedule s;
  detail::expand_field(minute, 0, 59, s.minutes);
  detail::expand_field(hour, 0, 23, s.hours);
  detail::expand_field(day_of_month, 1, 31, s.days_of_month);
  detail::expand_field(month, 1, 12, s.months, &detail::month_names, 1);
  detail::expand_field(day_of_week, 0, 7, s.days_of_week, &detail::weekday_names, 0);
  if (s.days_of_week[0] || s.days_of_week[7]) s.days_of_week.set(0).set(7);
  s.minute_star = minute.front() == '*';
  s.hour_star = hour.front() == '*';
  s.day_of_month_star = day_of_month.front() == '*';
  s.day_of_week_star = day_of_week.front() == '*';
  return s;
}

// "m h dom mon dow" split on single spaces.
inline Schedule schedule_from_text(std::string_view text) {
  std::array<std::string_view, 5> fields;
  std::size_t pos = 0;
  for (std::size_t i = 0; i < 5; ++i) {
    const std::size_t space = std::min(text.find(' ', pos), text.size());
    fields[i] = text.substr(pos, space - pos);
    if (fields[i].empty()) throw std::invalid_argument("expected five fields");
    pos = space + 1;
  }
  if (pos <= text.size()) throw std::invalid_argument("expected five fields");
  return schedule_from_fields(fields[0], fields[1], fields[2], fields[3], fields[4]);
}

inline LocalMinute local_minute(int y, unsigned m, unsigned d, unsigned h = 0, unsigned mi = 0) {
  return LocalMinute{date::local_days{date::year{y} / date::month{m} / date::day{d}}} +
         std::chrono::hours{h} + std::chrono::minutes{mi};
}

}  // namespace cronkit::testing
