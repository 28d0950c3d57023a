// Property tests: every fact a cronexplain sentence states is checked against the schedule model,
// over the golden schedule list and a few thousand random schedules. The sentence is read back
// with a small reader of its own conventions (names, "X through Y", clock times, ":MM" marks).

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "explain/explain.hpp"
#include "parse/parse.hpp"
#include "support/golden.hpp"

namespace cronkit {
namespace {

constexpr std::array<const char*, 7> weekday_names = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                      "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

// The sentence without its parenthesised notes (which may name months a job skips).
std::string without_notes(const std::string& sentence) {
  std::string out;
  int depth = 0;
  for (char c : sentence) {
    if (c == '(') ++depth;
    if (depth == 0) out += c;
    if (c == ')') --depth;
  }
  return out;
}

// Names from `names` mentioned in `text`, with "X through Y" expanded (cyclically when `cyclic`).
template <std::size_t N>
std::set<int> named_values(const std::string& text, const std::array<const char*, N>& names,
                           int first_value, bool cyclic) {
  struct Mention {
    std::size_t position;
    int value;
    std::size_t length;
  };
  std::vector<Mention> mentions;
  for (std::size_t i = 0; i < N; ++i) {
    const std::string name = names[i];
    for (std::size_t pos = text.find(name); pos != std::string::npos;
         pos = text.find(name, pos + 1)) {
      mentions.push_back({pos, static_cast<int>(i) + first_value, name.size()});
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.position < b.position; });
  std::set<int> values;
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    values.insert(mentions[i].value);
    if (i + 1 < mentions.size()) {
      const std::size_t gap_begin = mentions[i].position + mentions[i].length;
      if (text.substr(gap_begin, mentions[i + 1].position - gap_begin) == " through ") {
        const int span = static_cast<int>(N);
        for (int v = mentions[i].value;;) {
          values.insert(v);
          if (v == mentions[i + 1].value) break;
          v = cyclic ? first_value + (v - first_value + 1) % span : v + 1;
          if (!cyclic && v > mentions[i + 1].value) break;
        }
      }
    }
  }
  return values;
}

std::set<int> as_set(const std::vector<int>& values) {
  return {values.begin(), values.end()};
}

std::set<int> full(int low, int high) {
  std::set<int> values;
  for (int v = low; v <= high; ++v) values.insert(v);
  return values;
}

// Checks every stated fact of one explanation; returns what is wrong (empty when all hold).
std::string check_facts(const std::string& text, const ParsedSchedule& parsed,
                        const ScheduleExplanation& e) {
  std::string problems;
  const auto fail = [&](const std::string& what) { problems += "\n  " + what; };
  const std::string& s = e.summary;
  if (s.empty() || !std::isupper(static_cast<unsigned char>(s.front())) || s.back() != '.') {
    fail("not one capitalised sentence ending with a full stop");
  }
  if (s.find("  ") != std::string::npos) fail("double space");
  const Schedule& schedule = parsed.schedule;
  if (schedule.at_reboot) {
    if (!e.at_reboot || s.find("reboot") == std::string::npos) fail("@reboot not said");
    return problems;
  }
  const bool says_never = s.rfind("Never: ", 0) == 0;
  if (says_never != schedule.never_fires()) fail("\"Never\" disagrees with never_fires()");
  if (e.never != schedule.never_fires()) fail("never flag disagrees with never_fires()");
  if (says_never) return problems;

  const std::string body = without_notes(s);
  const std::set<int> minutes = as_set(e.minutes);
  const std::set<int> hours = as_set(e.hours);
  const std::set<int> days = as_set(e.days_of_month);
  const std::set<int> weekdays = as_set(e.days_of_week);
  const std::set<int> months = as_set(e.months);

  // The numbers agree with the schedule's sets.
  for (int m = 0; m < 60; ++m) {
    if (schedule.minutes.test(static_cast<std::size_t>(m)) != minutes.contains(m)) {
      fail("minutes list disagrees with the schedule");
      break;
    }
  }
  for (int d = 0; d < 7; ++d) {
    const bool set = schedule.days_of_week.test(static_cast<std::size_t>(d)) ||
                     (d == 0 && schedule.days_of_week.test(7));
    if (set != weekdays.contains(d)) fail("days_of_week list disagrees with the schedule");
  }

  // Weekdays: named exactly when they restrict the days, and then exactly the set.
  const bool day_or = schedule.day_rule() == DayRule::either_may_match;
  const bool weekdays_matter =
      !weekdays.empty() && weekdays.size() < 7 && !(day_or && days.size() == 31);
  const std::set<int> named_weekdays = named_values(body, weekday_names, 0, true);
  if (named_weekdays != (weekdays_matter ? weekdays : std::set<int>{})) {
    fail("weekdays named differ from the weekday set");
  }
  // Months: named exactly when restricted.
  const std::set<int> named_months = named_values(body, month_names, 1, false);
  if (named_months != (months.size() < 12 ? months : std::set<int>{})) {
    fail("months named differ from the month set");
  }
  // The day rule: "or on" only under OR with both fields restricted, "if that day is also" only
  // under AND with both restricted.
  const bool both_restricted = !days.empty() && days.size() < 31 && weekdays_matter;
  const bool says_or = body.find(" or on ") != std::string::npos;
  const bool says_and = body.find("if that day is also") != std::string::npos;
  if (says_or != (day_or && both_restricted)) fail("\"or on\" disagrees with the day rule");
  if (says_and != (!day_or && both_restricted)) fail("\"if that day is also\" disagrees");

  // Every clock time mentioned is a firing time of day; every ":MM" is a firing minute.
  static const std::regex clock(R"((\d{1,2}):(\d{2})( AM| PM)?)");
  static const std::regex mark(R"((^|[^0-9]):(\d{2}))");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), clock);
       it != std::sregex_iterator(); ++it) {
    int h = std::stoi((*it)[1]);
    const int m = std::stoi((*it)[2]);
    if ((*it)[3].matched) h = h % 12 + ((*it)[3] == " PM" ? 12 : 0);
    if (!hours.contains(h) || !minutes.contains(m)) fail("names a time it does not fire at");
  }
  for (auto it = std::sregex_iterator(body.begin(), body.end(), mark); it != std::sregex_iterator();
       ++it) {
    if (!minutes.contains(std::stoi((*it)[2]))) fail("names a minute it does not fire at");
  }
  // A list of clock times is complete: hours x minutes.
  static const std::regex explicit_times(R"(^At \d{1,2}:\d{2})");
  if (std::regex_search(body, explicit_times)) {
    std::set<std::pair<int, int>> said;
    for (auto it = std::sregex_iterator(body.begin(), body.end(), clock);
         it != std::sregex_iterator(); ++it) {
      int h = std::stoi((*it)[1]);
      if ((*it)[3].matched) h = h % 12 + ((*it)[3] == " PM" ? 12 : 0);
      said.insert({h, std::stoi((*it)[2])});
    }
    if (said.size() != hours.size() * minutes.size()) fail("a list of times is incomplete");
  }
  // "Every minute" and "Every N minutes" with no hour restriction cover the minutes exactly.
  static const std::regex every_n(R"(^Every (\d+) minutes[.,])");
  std::smatch n;
  if (body.rfind("Every minute.", 0) == 0 && minutes != full(0, 59)) fail("not every minute");
  if (std::regex_search(body, n, every_n)) {
    const int step = std::stoi(n[1]);
    std::set<int> expected;
    for (int m = 0; m < 60; m += step) expected.insert(m);
    if (minutes != expected) fail("\"Every N minutes\" is not the minute set");
  }
  if (!problems.empty()) problems = "for '" + text + "': " + s + problems;
  return problems;
}

void check(const std::string& text, DialectId dialect, bool twelve_hour) {
  const ParsedSchedule parsed = parse_schedule(text, dialect);
  if (!parsed.ok()) return;  // only valid schedules are explained
  const ScheduleExplanation e = explain_schedule(parsed.special, parsed.fields, parsed.schedule,
                                                 ExplainOptions{dialect, twelve_hour});
  const std::string problems = check_facts(text, parsed, e);
  EXPECT_TRUE(problems.empty()) << problems;
}

std::vector<std::string> listed_schedules() {
  std::ifstream in(std::string(CRONKIT_TESTDATA_DIR) + "/explain/schedules.txt");
  std::vector<std::string> schedules;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.front() != '#') schedules.push_back(line);
  }
  return schedules;
}

TEST(ExplainProperties, ListedSchedulesAreAtLeast150AndAllInGoldenCases) {
  const std::vector<std::string> schedules = listed_schedules();
  EXPECT_GE(schedules.size(), 150u);
  std::set<std::string> in_golden;
  for (const auto& golden : testing::find_golden_cases()) {
    if (golden.name.rfind("cronexplain/schedules_", 0) != 0) continue;
    std::ifstream in(golden.command_file);
    std::string line;
    std::getline(in, line);
    for (const std::string& word : testing::split_command_line(line)) in_golden.insert(word);
  }
  for (const std::string& schedule : schedules) {
    EXPECT_TRUE(in_golden.contains(schedule)) << schedule << " has no golden case";
    EXPECT_TRUE(parse_schedule(schedule).ok()) << schedule;
  }
}

TEST(ExplainProperties, ListedSchedulesStateOnlyTrueFacts) {
  for (const std::string& schedule : listed_schedules()) {
    check(schedule, DialectId::debian, false);
    check(schedule, DialectId::debian, true);
    check(schedule, DialectId::cronie, false);
  }
}

// A random field in the common syntax: lists of values, ranges (sometimes reversed), steps.
std::string random_field(std::mt19937& random, int low, int high,
                         const std::vector<std::string>& names) {
  std::uniform_int_distribution<int> pick(low, high);
  std::uniform_int_distribution<int> percent(0, 99);
  const auto value = [&]() {
    const int v = pick(random);
    if (!names.empty() && percent(random) < 30 && v - low < static_cast<int>(names.size())) {
      return names[static_cast<std::size_t>(v - low)];
    }
    return std::to_string(v);
  };
  const int form = percent(random);
  if (form < 20) return "*";
  if (form < 30) return "*/" + std::to_string(std::uniform_int_distribution<int>(1, high)(random));
  std::string field;
  const int items = std::uniform_int_distribution<int>(1, 3)(random);
  for (int i = 0; i < items; ++i) {
    if (i > 0) field += ',';
    const int kind = percent(random);
    if (kind < 50) {
      field += value();
    } else {
      field += value() + "-" + value();
      if (kind >= 80) {
        field += "/" + std::to_string(std::uniform_int_distribution<int>(1, 12)(random));
      }
    }
  }
  return field;
}

TEST(ExplainProperties, RandomSchedulesStateOnlyTrueFacts) {
  std::mt19937 random(20261127);
  const std::vector<std::string> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::vector<std::string> weekdays = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
  int explained = 0;
  for (int i = 0; i < 4000; ++i) {
    const std::string text =
        random_field(random, 0, 59, {}) + " " + random_field(random, 0, 23, {}) + " " +
        random_field(random, 1, 31, {}) + " " + random_field(random, 1, 12, months) + " " +
        random_field(random, 0, 7, weekdays);
    const DialectId dialect = i % 2 == 0 ? DialectId::debian : DialectId::cronie;
    if (parse_schedule(text, dialect).ok()) ++explained;
    check(text, dialect, i % 3 == 0);
  }
  EXPECT_GT(explained, 2000);  // the generator mostly produces valid schedules
}

}  // namespace
}  // namespace cronkit
