// Differential test of the croniter dialects against croniter itself: Debian's python3-croniter
// (1.3.5), asked by croniter_oracle/croniter_oracle.py. Airflow, Prefect and Dagster run on
// croniter 2 or later (cronkit models 6.2), and Debian 12 has only 1.3.5, so the test keeps to
// what the two versions read alike and leaves out by construction what they do not
// (docs/dialects/airflow.md, "Differential test"):
//   - `?`, `W` and 7 fields (a year): croniter 2+ only;
//   - reversed ranges (`5-3`: 6.x wraps, 1.3.5 refuses) and equal ranges (`5-5`: 6.x reads the
//     whole cycle, 1.3.5 the one value), `max/n` included (`23/2` in hours is `23-23/2` to
//     both; 6.2 reads it as every second hour);
//   - a day field that expands to every value (`1-31`, `0-6`, `*/1`, `1-5,*/2`): 1.3.5 makes
//     it `*` always, 6.x only when the other day field has a `*` (generated ones are skipped);
//   - `a/n` in day of week: 1.3.5's range there is 0-7, so `1/3` is Monday, Thursday and
//     Sunday (7) in 1.3.5, Monday and Thursday in 6.x;
//   - a step of 0, a negative number, `#` and `l` in day-of-week, and field counts other than
//     5 and 6 (`@reboot` is one column): the two versions word those errors differently;
//   - zones with offset changes: croniter 1.3.5 is wrong across them (and the schedulers do
//     not hand croniter zoned times anyway); the zones here have had one offset for decades.
// On the rest, cronkit (dialect airflow, which passes croniter's messages on unchanged) and
// croniter must agree on accept or reject, on the message word for word, and on the next six
// firings, croniter's 50-year give-up included. Built only when CMake is given
// -DCRONKIT_CRONITER_ORACLE=/path/to/croniter_oracle.py (.ci/run does that).

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "parse/parse.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using UnixSeconds = long long;

struct Case {
  std::string expression;
  std::string zone;
  UnixSeconds from = 0;  // firings strictly after it
  int count = 0;
};

struct Answer {
  bool ok = false;
  std::vector<UnixSeconds> times;
  std::string message;
  std::string text;
};

Answer oracle_answer(const std::string& line) {
  Answer answer;
  answer.text = line;
  if (line == "ok" || line.starts_with("ok ")) {
    answer.ok = true;
    std::istringstream words(line.substr(2));
    for (std::string word; words >> word;) {
      if (word == "none") break;  // "failed to find next date": no more firings
      answer.times.push_back(std::stoll(word));
    }
  } else if (line.starts_with("error ")) {
    answer.message = line.substr(6);
  }
  return answer;
}

std::vector<Answer> ask_oracle(const std::vector<Case>& cases) {
  char path[] = "/tmp/cronkit-croniter-XXXXXX";
  const int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  {
    std::ofstream requests(path, std::ios::binary);
    for (const Case& c : cases) {
      requests << c.expression << '\x01' << c.zone << '\x01' << c.from << '\x01' << c.count << '\n';
    }
  }
  close(fd);
  const std::string command =
      std::string("/usr/bin/python3 ") + CRONKIT_CRONITER_ORACLE + " < " + path;
  std::string output;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    std::array<char, 65536> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
    EXPECT_EQ(pclose(pipe), 0) << command;
  }
  unlink(path);
  std::vector<Answer> answers;
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) answers.push_back(oracle_answer(line));
  return answers;
}

Answer cronkit_answer(const Case& c) {
  Answer answer;
  const ParsedSchedule parsed = parse_schedule(c.expression, DialectId::airflow);
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    if (diagnostic.rejected_by_cron) {
      answer.message = diagnostic.message;
      answer.text = "error " + diagnostic.message;
      return answer;
    }
  }
  std::string error;
  const date::time_zone* zone = find_zone(c.zone, error);
  EXPECT_NE(zone, nullptr) << error;
  if (!zone) return answer;
  SimJob job{parsed.schedule, nullptr};
  SimOptions options;
  options.zone = zone;
  options.dialect = DialectId::airflow;
  options.from = date::sys_seconds{std::chrono::seconds{c.from + 1}};
  options.count = static_cast<std::size_t>(c.count);
  // Far enough for croniter's 50 years.
  options.to = options.from + date::years{60};
  answer.ok = true;
  answer.text = "ok";
  for (const Firing& firing : simulate(std::span<const SimJob>(&job, 1), options)) {
    answer.times.push_back(firing.instant.time_since_epoch().count());
    answer.text += " " + std::to_string(answer.times.back());
  }
  return answer;
}

bool agree(const Answer& oracle, const Answer& cronkit) {
  if (oracle.ok) return cronkit.ok && cronkit.times == oracle.times;
  return !cronkit.ok && cronkit.message == oracle.message;
}

std::string with_times(const Answer& answer, const std::string& zone_name) {
  std::string error;
  const date::time_zone* zone = find_zone(zone_name, error);
  std::string text = answer.text;
  if (zone && !answer.times.empty()) {
    text += "\n      =";
    for (UnixSeconds t : answer.times)
      text += " " + format_rfc3339(date::sys_seconds{std::chrono::seconds{t}}, *zone);
  }
  return text;
}

// Expressions as people write them for Airflow DAGs, right and wrong, within the forms both
// croniter versions read alike (the header lists what is left out).
class ExpressionGenerator {
 public:
  explicit ExpressionGenerator(unsigned seed) : random_(seed) {}

  Case next() {
    Case c;
    c.zone = pick(zones_);
    c.from = between(1420070400, 1924992000);  // 2015 to 2031
    if (chance(70)) c.from -= c.from % 60;
    c.count = 6;
    c.expression = chance(6) ? descriptor() : fields();
    return c;
  }

 private:
  bool chance(int percent) { return std::uniform_int_distribution<int>(0, 99)(random_) < percent; }
  long long between(long long low, long long high) {
    return std::uniform_int_distribution<long long>(low, high)(random_);
  }
  template <typename T>
  const T& pick(const std::vector<T>& values) {
    return values[static_cast<std::size_t>(between(0, static_cast<long long>(values.size()) - 1))];
  }

  static int low_of(int field) { return field == 2 || field == 3 ? 1 : 0; }
  static int high_of(int field) {
    static constexpr std::array<int, 6> highs = {59, 23, 31, 12, 6, 59};
    return highs[static_cast<std::size_t>(field)];
  }

  std::string number(int field) {
    const int low = low_of(field), high = high_of(field);
    const int kind = static_cast<int>(between(0, 99));
    if (kind < 3) return std::to_string(high + between(1, 40));  // out of range
    if (kind < 5) return "0" + std::to_string(between(low, high));
    if (kind < 6 && low == 1) return "0";                    // 0 in dom or month
    if (kind < 7 && field == 4 && !six_fields_) return "7";  // 6 fields: 1.3.5 takes 7, 6.x not
    return std::to_string(between(low, high));
  }

  std::string value(int field) {
    static const std::vector<std::string> months = {"jan", "FEB", "Mar", "dec", "january", "Jun"};
    static const std::vector<std::string> days = {"sun", "MON", "Fri", "sat", "monday", "tue"};
    if (field == 3 && chance(25)) return pick(months);
    if (field == 4 && chance(25)) return pick(days);
    if (field == 2 && chance(3)) return "L";
    if (chance(1)) return pick(days);  // a name where none belongs
    return number(field);
  }

  // A range whose ends are increasing numbers within the field (names in month and day of
  // week), sometimes with an end beyond the field.
  std::string range(int field) {
    const int low = low_of(field), high = high_of(field);
    int first = static_cast<int>(between(low, high - 1));
    int last = static_cast<int>(between(first + 1, high));
    if (chance(3)) last = high + static_cast<int>(between(1, 20));  // 1.3.5 and 6: out of bands
    // A day field spanning every value reads differently in the two versions.
    if ((field == 2 || field == 4) && first == low && last == high) last = high - 1;
    return std::to_string(first) + "-" + std::to_string(last);
  }

  std::string item(int field) {
    static const std::vector<std::string> junk = {"x",  "1-2-3", "*/2/3", "*-5", "1-",
                                                  "/5", "*/",    "a/b",   "1-*"};
    const int kind = static_cast<int>(between(0, 199));
    if (kind < 50) return "*";
    if (kind < 85) {
      // `*/1` in a day field is a full set: left out.
      const int step = static_cast<int>(between(field == 2 || field == 4 ? 2 : 1, 16));
      return "*/" + std::to_string(step);
    }
    if (kind < 145) return value(field);
    if (kind < 175) return range(field);
    if (kind < 195) {
      // `a/n` with `a` below the field's maximum: croniter 6.2 reads `max/n` as the whole field.
      // In day of week, 1.3.5 runs `a/n` to 7 (its range is 0-7), 6 to 6: ranges only there.
      const std::string start = chance(50) && field != 4
                                    ? std::to_string(between(low_of(field), high_of(field) - 1))
                                    : range(field);
      return start + "/" + std::to_string(between(1, 12));
    }
    return pick(junk);
  }

  std::string field(int index) {
    std::string text = item(index);
    while (chance(20)) text += "," + item(index);
    return text;
  }

  std::string fields() {
    const int count = chance(8) ? 6 : 5;
    six_fields_ = count == 6;
    std::string text;
    for (int i = 0; i < count; ++i) {
      if (i > 0) text += chance(95) ? " " : "\t";
      text += field(i);
    }
    return text;
  }

  std::string descriptor() {
    static const std::vector<std::string> names = {"@yearly", "@annually", "@monthly",
                                                   "@weekly", "@daily",    "@midnight",
                                                   "@hourly", "@Daily",    "@DAILY"};
    return pick(names);
  }

  std::mt19937 random_;
  bool six_fields_ = false;
  std::vector<std::string> zones_ = {"UTC", "Asia/Kolkata", "Asia/Tokyo", "Etc/GMT+5"};
};

// Cases chosen by hand: the facts docs/dialects/airflow.md states that both versions share.
std::vector<Case> named_cases() {
  const UnixSeconds y2026 = 1767225600;  // 2026-01-01T00:00:00Z
  const UnixSeconds y2096 = 3981398400;  // 2096-03-01T00:00:00Z
  return {
      {"0 0 */2 * 1", "UTC", y2026, 4},    {"0 0 1-7 * 1", "UTC", y2026, 4},
      {"0 30 9 * * *", "UTC", y2026, 2},   {"0 9 * * * 30", "UTC", y2026, 3},
      {"0 0 L * *", "UTC", y2026, 3},      {"0 0 20-L * *", "UTC", y2026, 3},
      {"0 0 29 2 *", "UTC", y2096, 2},     {"0 0 30 2 *", "UTC", y2026, 2},
      {"0 0 * * monday", "UTC", y2026, 1}, {"@Daily", "Asia/Kolkata", y2026, 3},
      {"0 0 * * 7", "UTC", y2026, 3},      {"*/20 */5 * * *", "UTC", y2026, 6},
      {"h * * * *", "UTC", y2026, 1},      {"0 0 * * 1,2", "Etc/GMT+5", y2026, 4},
  };
}

// Generated expressions the two versions read differently, left out:
// - a day field whose items add up to every value (`1-5,*/2` in day of week) while the other has
//   no `*`: croniter 1.3.5 reads it as `*`, croniter 6 as a list;
// - a day-of-month list with a day past the 28th (`*/10` is 1, 11, 21, 31): 1.3.5's
//   _get_next_nearest_diff jumps to that day without checking the month has it, so from 28
//   February 2028 `*/10,15-20` lands on 2 March, not 1 March (fixed in croniter 6).
bool reads_differently_in_1_3_5(const std::string& expression) {
  const ParsedSchedule parsed = parse_schedule(expression, DialectId::airflow);
  if (!parsed.ok() || parsed.special) return false;
  const Schedule& s = parsed.schedule;
  bool every_day = true;
  for (std::size_t d = 1; d <= 31; ++d) every_day = every_day && s.days_of_month[d];
  const bool every_weekday = (s.days_of_week.to_ulong() & 0x7Fu) == 0x7Fu;
  if ((every_day && !s.day_of_month_star) || (every_weekday && !s.day_of_week_star)) return true;
  const bool past_28 = s.days_of_month[29] || s.days_of_month[30] || s.days_of_month[31];
  return !s.day_of_month_star && past_28 && s.days_of_month.count() > 1;
}

TEST(CroniterDifferential, ExpressionsReadAndScheduledAsCroniterDoes) {
  ExpressionGenerator generator(20261205);
  std::vector<Case> cases = named_cases();
  std::size_t skipped = 0;
  while (cases.size() < 5000) {
    Case c = generator.next();
    if (reads_differently_in_1_3_5(c.expression)) {
      ++skipped;
      continue;
    }
    cases.push_back(std::move(c));
  }
  const std::vector<Answer> answers = ask_oracle(cases);
  ASSERT_EQ(answers.size(), cases.size());
  std::size_t accepted = 0, rejected = 0, firings = 0, agreed = 0;
  int shown = 0;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Answer& oracle = answers[i];
    const Answer cronkit = cronkit_answer(cases[i]);
    if (oracle.ok) ++accepted;
    if (!oracle.ok) ++rejected;
    firings += oracle.times.size();
    if (agree(oracle, cronkit)) {
      ++agreed;
      continue;
    }
    if (++shown <= 20) {
      ADD_FAILURE() << "'" << cases[i].expression << "' in " << cases[i].zone << " from "
                    << cases[i].from << "\n  croniter: " << with_times(oracle, cases[i].zone)
                    << "\n  cronkit:  " << with_times(cronkit, cases[i].zone);
    }
  }
  EXPECT_EQ(agreed, cases.size());
  std::printf(
      "croniter dialects against croniter 1.3.5: %zu of %zu expressions agree (%zu accepted with "
      "%zu firings compared, %zu rejected with the same message; %zu generated that 1.3.5 reads "
      "differently left out)\n",
      agreed, cases.size(), accepted, firings, rejected, skipped);
}

}  // namespace
}  // namespace cronkit
