// Differential test of the gitlab dialect against the Ruby gem fugit, which GitLab's
// Gitlab::Ci::CronParser validates and schedules pipeline schedules with: fugit_oracle/ runs
// Debian 12's ruby-fugit (1.5.2) exactly as GitLab calls it, Fugit::Cron.parse("<cron> <zone>")
// and next_time chained from a UTC time. Built only when CMake is given
// -DCRONKIT_FUGIT_ORACLE=/path/to/fugit_oracle.rb (.ci/run does that).
//
// GitLab ships fugit 1.11.x, cronkit models 1.11.x, and Debian has 1.5.2, so the expressions are
// generated from the syntax where the two versions read the same (cron.rb of both, compared):
//   - no `&` (the AND of the day fields, fugit 1.7 on; 1.5.2 answers nil);
//   - no day-of-month range over the whole month (`1-31`, `1-31/1`, and `1-L`, whose negative
//     end fugit reads as 31): 1.7 on reads it as `*`, so the day fields AND, 1.5.2 as a list,
//     so they OR;
//   - no single value with step 1 (`5/1`): 1.5.2 drops a step of 1 and keeps 5 alone, 1.7 on
//     reads 5 to the end of the field;
//   - no empty or trailing list items and no blanks before a comma (`1,,2`, `1,`): 1.7 on only;
//   - no blanks before the expression: 1.6 on strips the string, 1.5.2 then fails on them;
//   - no @-words: 1.5.2 and 1.11.1 look the whole "@daily <zone>" up and fail, 1.11.2 on
//     expands the word first;
//   - no `%m+k`: 1.5.2 tests (rweek + k) % m == 0, 1.11 rweek % m == k % m (`%m` alone agrees).
// Everything else is generated: numbers in and out of range, names, `L` and `last`, days counted
// from the end (`-3`, `-7--1`), `#n` and `#L`, `%m` (`%0` raises), seconds first, hour 24,
// wrapping ranges, steps of 0, `?`, Quartz letters and other mistakes, zones given in the text,
// and start times half of them just before an offset change (New York, Berlin, Lord Howe,
// São Paulo, Kolkata, UTC). cronkit and fugit must agree on nil, on the exception's class, and
// on the next firings.

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "oracle_support.hpp"
#include "parse/parse.hpp"
#include "schedule/fugit_cron.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using differential::UnixSeconds;

struct Case {
  std::string expression;
  std::string zone;      // the schedule's cron_timezone
  UnixSeconds from = 0;  // firings strictly after it
  int count = 0;
};

struct Answer {
  enum class Kind { ok, invalid, raises, bad_request };
  Kind kind = Kind::invalid;
  std::vector<UnixSeconds> times;
  std::string exception;  // raises: the class
  std::string text;       // as printed in a disagreement
};

Answer oracle_answer(const std::string& line) {
  Answer answer;
  answer.text = line;
  if (differential::is_ok_line(line)) {
    answer.kind = Answer::Kind::ok;
    answer.times = differential::times_after_ok(line);
  } else if (line == "nil") {
    answer.kind = Answer::Kind::invalid;
  } else if (line.starts_with("raise ")) {
    answer.kind = Answer::Kind::raises;
    answer.exception = line.substr(6);
  } else {
    answer.kind = Answer::Kind::bad_request;
  }
  return answer;
}

std::vector<Answer> ask_oracle(const std::vector<Case>& cases) {
  std::vector<std::string> requests;
  for (const Case& c : cases) {
    requests.push_back(c.expression + '\x01' + c.zone + '\x01' + std::to_string(c.from) + '\x01' +
                       std::to_string(c.count));
  }
  std::vector<Answer> answers;
  for (const std::string& line :
       differential::run_oracle(std::string("ruby ") + CRONKIT_FUGIT_ORACLE, requests))
    answers.push_back(oracle_answer(line));
  return answers;
}

// The class of the exception a cronkit message names ("fugit raises ZeroDivisionError: ...").
std::string exception_class(const std::string& message) {
  const std::size_t at = message.find("fugit raises ");
  if (at == std::string::npos) return {};
  const std::size_t begin = at + 13;
  return message.substr(begin, message.find(':', begin) - begin);
}

Answer cronkit_answer(const Case& c) {
  Answer answer;
  const ParsedSchedule parsed = parse_schedule(c.expression, DialectId::gitlab);
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    if (diagnostic.rejected_by_cron) {
      answer.exception = exception_class(diagnostic.message);
      answer.kind = answer.exception.empty() ? Answer::Kind::invalid : Answer::Kind::raises;
      answer.text = "rejected: " + diagnostic.message;
      return answer;
    }
  }
  std::string error;
  const date::time_zone* zone = find_zone(c.zone, error);
  EXPECT_NE(zone, nullptr) << error;
  if (!zone || !parsed.schedule.extras().fugit_cron) return answer;
  const date::time_zone& utc = *date::locate_zone("UTC");
  date::sys_seconds t{std::chrono::seconds{c.from}};
  answer.kind = Answer::Kind::ok;
  answer.text = "ok";
  for (int i = 0; i < c.count; ++i) {
    const FugitNext next = fugit_next_time(*parsed.schedule.extras().fugit_cron, *zone, t, utc);
    if (!next.ok) {
      answer.kind = Answer::Kind::raises;
      answer.exception = next.error.substr(0, next.error.find(':'));
      answer.text += " then raises " + next.error;
      return answer;
    }
    t = next.instant;
    answer.times.push_back(t.time_since_epoch().count());
    answer.text += " " + std::to_string(answer.times.back());
  }
  return answer;
}

bool agree(const Answer& oracle, const Answer& cronkit) {
  switch (oracle.kind) {
    case Answer::Kind::ok:
      return cronkit.kind == Answer::Kind::ok && cronkit.times == oracle.times;
    case Answer::Kind::invalid:
      return cronkit.kind == Answer::Kind::invalid;
    case Answer::Kind::raises:
      return cronkit.kind == Answer::Kind::raises && cronkit.exception == oracle.exception;
    case Answer::Kind::bad_request:
      return false;
  }
  return false;
}

std::string with_times(const Answer& answer, const std::string& zone_name) {
  return differential::with_times(answer.text, answer.times, zone_name);
}

// Expressions in the syntax fugit 1.5.2 and 1.11 read alike (see the top of this file).
class ExpressionGenerator : differential::RandomChoices {
 public:
  explicit ExpressionGenerator(unsigned seed) : RandomChoices(seed) {}

  Case next() {
    Case c;
    c.zone = pick(zones_);
    c.from = start_near_offset_change(c.zone);
    c.count = 5;
    c.expression = fields();
    return c;
  }

 private:
  // Field indexes: 0 second, 1 minute, 2 hour, 3 day of month, 4 month, 5 day of week.
  std::string value(int field) {
    static const std::vector<std::string> months = {"jan", "FEB", "Mar", "dec", "january", "Jun"};
    static const std::vector<std::string> days = {"sun", "MON", "Fri", "sat", "monday", "tue"};
    if (field == 4 && chance(25)) return pick(months);
    if (field == 5 && chance(25)) return pick(days);
    if (field == 3 && chance(15)) return pick(std::vector<std::string>{"L", "last", "l"});
    if (field == 3 && chance(15)) return "-" + std::to_string(between(1, 8));
    const int low = field == 3 || field == 4 ? 1 : 0;
    const int high = field <= 1 ? 59 : field == 2 ? 24 : field == 3 ? 31 : field == 4 ? 12 : 7;
    const int kind = between(0, 99);
    if (kind < 2) return std::to_string(high + between(1, 40));  // out of range
    if (kind < 4) return "0" + std::to_string(between(low, std::min(high, 9)));
    if (kind < 5) return std::to_string(low == 0 ? 0 : low - 1);
    return std::to_string(between(low, high));
  }

  std::string range(int field) {
    for (;;) {
      std::string text = value(field) + "-" + value(field);
      // 1.5.2 reads a whole-month range as a list, 1.7 on as `*`; a negative end after a
      // positive start is the month's end (`1-L`, `1--3`: expand's `edn = max`).
      const std::size_t dash = text.find('-', 1);
      const std::string start = text.substr(0, dash);
      const std::string end = text.substr(dash + 1);
      const bool to_month_end = end == "31" || end[0] == '-' || end[0] == 'L' || end[0] == 'l';
      if (field == 3 && (start == "1" || start == "01") && to_month_end) continue;
      return text;
    }
  }

  std::string item(int field) {
    static const std::vector<std::string> junk = {
        "?",    "5L",  "15W", "H",   "1-2-3", "*/2/3", "x",   "*/", "1-",   "*/0", "L-3",
        "-3-5", "2/0", "LW",  "*-5", "#2",    "1#6",   "1#0", "1%", "/100", "100", "1#-1"};
    const int kind = between(0, 199);
    if (kind < 60) return "*";
    if (kind < 90) return (chance(70) ? "*/" : "/") + std::to_string(between(2, 16));
    if (kind < 140) return value(field);
    if (kind < 165) return range(field);
    if (kind < 180) {
      // A step after a value or range, never `N/1` (1.5.2 keeps N alone).
      const bool single = chance(40);
      const std::string base = single ? value(field) : range(field);
      return base + "/" + std::to_string(between(single ? 2 : 0, 12));
    }
    if (kind < 192 && field == 5) {
      const std::string day = value(5);
      if (chance(60)) {
        static const std::vector<std::string> nths = {"1",  "2",  "3", "4",   "5",
                                                      "-1", "-2", "L", "last"};
        return day + "#" + pick(nths);
      }
      return day + "%" + std::to_string(between(0, 4));
    }
    return pick(junk);
  }

  std::string field(int index) {
    std::string text = item(index);
    while (chance(20)) text += "," + item(index);
    return text;
  }

  std::string fields() {
    int count = 5;
    if (chance(15)) count = 6;
    if (chance(3)) count = chance(50) ? 7 : 4;
    std::string text;
    for (int i = 0; i < count; ++i) {
      if (i > 0) text += chance(95) ? " " : (chance(50) ? "  " : "\t");
      text += field(count >= 6 ? std::min(i, 5) : std::min(i + 1, 5));
    }
    if (chance(2)) text += pick(std::vector<std::string>{" Europe/Berlin", " UTC", " +02:00"});
    if (chance(2)) text += chance(50) ? " " : "\t";
    return text;
  }

  std::vector<std::string> zones_ = {"UTC",           "America/New_York",  "Australia/Lord_Howe",
                                     "Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata"};
};

// Cases chosen by hand: the facts docs/dialects/gitlab.md states.
std::vector<Case> named_cases() {
  const UnixSeconds y2026 = 1767225600;  // 2026-01-01T00:00:00Z
  const UnixSeconds y2096 = 3981398400;  // 2096-03-01T00:00:00Z
  return {
      {"0 0 */2 * 1", "UTC", y2026, 4},
      {"0 0 1-7 * 1", "UTC", y2026, 4},
      {"0 0 ? * 1", "UTC", y2026, 1},
      {"0 30 9 * * *", "UTC", y2026, 2},
      {"* 24 * * *", "UTC", y2026, 2},
      {"0 0 5-3 * *", "UTC", y2026, 6},
      {"0 0 * * 6-2", "UTC", y2026, 6},
      {"0 0 * * 1#2", "UTC", y2026, 3},
      {"0 0 * * fri#L", "UTC", y2026, 3},
      {"0 0 L * *", "UTC", y2026, 3},
      {"0 0 -7--1 * *", "UTC", y2026, 8},
      {"0 0 * * 1%2", "UTC", y2026, 3},
      {"*/0 * * * *", "UTC", y2026, 1},
      {"0 0 30 2 *", "UTC", y2026, 1},
      {"0 0 31 2,3 1", "UTC", y2026, 6},
      {"0 0 31 4 1", "UTC", y2026, 1},
      {"0 6 * * * Europe/Berlin", "UTC", y2026, 1},
      {"0 0 1 1 * 2027", "UTC", y2026, 1},
      {"30 2 * * *", "America/New_York", 1772841600, 4},  // 2026-03-07
      {"30 1 * * *", "America/New_York", 1793404800, 4},  // 2026-10-31
      {"0 * * * *", "America/New_York", 1793426400, 6},
      {"45 1 * * *", "Australia/Lord_Howe", 1775224800, 4},
      {"*/15 * * * *", "Australia/Lord_Howe", 1775309400, 10},
      {"0 0 29 2 *", "UTC", y2096, 2},
      {"0 0 L * *", "Europe/Berlin", 1709251200, 2},      // 2024-03-01: 31 March has 23 hours
      {"30 6 * * *", "America/New_York", 1772951400, 2},  // 2026-03-08T06:30Z (gh-6 guard)
      {"0 0 * * *", "America/Sao_Paulo", 1539043200, 4},  // 2018-10-09, before a midnight gap
      {"0 0 * * 5-1/1", "UTC", y2026, 3},
      {"0 0 * * *\t", "UTC", y2026, 1},
  };
}

TEST(GitlabDifferential, ExpressionsReadAndScheduledAsFugitDoes) {
  ExpressionGenerator generator(20261205);
  std::vector<Case> cases = named_cases();
  for (int i = 0; i < 2000; ++i) cases.push_back(generator.next());
  const std::vector<Answer> answers = ask_oracle(cases);
  ASSERT_EQ(answers.size(), cases.size());
  std::size_t accepted = 0, invalid = 0, raised = 0, firings = 0, agreed = 0;
  int shown = 0;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Answer& oracle = answers[i];
    const Answer cronkit = cronkit_answer(cases[i]);
    if (oracle.kind == Answer::Kind::ok) ++accepted;
    if (oracle.kind == Answer::Kind::invalid) ++invalid;
    if (oracle.kind == Answer::Kind::raises) ++raised;
    firings += oracle.times.size();
    if (agree(oracle, cronkit)) {
      ++agreed;
      continue;
    }
    if (++shown <= 20) {
      ADD_FAILURE() << "'" << cases[i].expression << "' in " << cases[i].zone << " from "
                    << cases[i].from << "\n  fugit:   " << with_times(oracle, cases[i].zone)
                    << "\n  cronkit: " << with_times(cronkit, cases[i].zone);
    }
  }
  EXPECT_EQ(agreed, cases.size());
  std::printf(
      "gitlab dialect against fugit: %zu of %zu expressions agree (%zu accepted with %zu firings "
      "compared, %zu invalid, %zu raising an exception)\n",
      agreed, cases.size(), accepted, firings, invalid, raised);
}

}  // namespace
}  // namespace cronkit
