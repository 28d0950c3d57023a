// Differential test of the kubernetes dialect against robfig/cron v3, the library Kubernetes
// validates CronJob schedules with (ParseStandard) and schedules them with (SpecSchedule.Next):
// robfig_oracle/, built from Debian's package by build_robfig_oracle.sh. Thousands of generated
// expressions go through one oracle process; for each, cronkit and the library must agree on
// accept or reject, on the error message word for word, and on the first firings after a start
// time in a zone, daylight-saving changes included (New York, Berlin, Lord Howe's 30-minute
// change, São Paulo's midnight-less days, zones without changes) and on robfig giving up after
// five years. Built only when CMake is given -DCRONKIT_ROBFIG_ORACLE=/path/to/oracle (.ci/run
// does that).
//
// cronkit's side, per expression:
//   parse_schedule(expression, DialectId::kubernetes): rejected when a diagnostic says so; its
//     message must be robfig's error text, word for word, optionally followed by "; " and
//     cronkit's advice (a panic of robfig's parser must be a rejection whose
//     message says robfig panics);
//   simulate({SimJob{schedule, zone of a TZ= prefix}}, {zone, kubernetes, from + 1 s, count}):
//     the controller's chain of Next from `from`; where robfig returns the zero time cronkit must
//     stop there too.
// Start times stay before 2031, so that five years of searching stay inside the years the zone
// files list offset changes for (Go and cronkit extend them differently after 2037); the
// five-year limit itself is checked in UTC around 2096.
// `@every <duration>` is left out: cronkit does not model it and says so.

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "oracle_support.hpp"
#include "parse/parse.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using differential::UnixSeconds;

struct Case {
  std::string expression;
  std::string zone;      // the controller's zone
  UnixSeconds from = 0;  // firings strictly after it
  int count = 0;
};

struct Answer {
  enum class Kind { ok, rejected, panic, bad_request };
  Kind kind = Kind::rejected;
  std::vector<UnixSeconds> times;
  std::string message;  // rejected, panic: the error text
  std::string text;     // as printed in a disagreement
};

Answer oracle_answer(const std::string& line) {
  Answer answer;
  answer.text = line;
  if (differential::is_ok_line(line)) {
    answer.kind = Answer::Kind::ok;
    answer.times = differential::times_after_ok(line);
  } else if (line.starts_with("error ")) {
    answer.kind = Answer::Kind::rejected;
    answer.message = line.substr(6);
  } else if (line.starts_with("panic ")) {
    answer.kind = Answer::Kind::panic;
    answer.message = line.substr(6);
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
  for (const std::string& line : differential::run_oracle(CRONKIT_ROBFIG_ORACLE, requests))
    answers.push_back(oracle_answer(line));
  return answers;
}

Answer cronkit_answer(const Case& c) {
  Answer answer;
  const ParsedSchedule parsed = parse_schedule(c.expression, DialectId::kubernetes);
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    if (diagnostic.rejected_by_cron) {
      answer.kind = diagnostic.message.find("robfig/cron panics") != std::string::npos
                        ? Answer::Kind::panic
                        : Answer::Kind::rejected;
      answer.message = diagnostic.message;
      answer.text = "rejected: " + diagnostic.message;
      return answer;
    }
  }
  std::string error;
  const date::time_zone* zone = find_zone(c.zone, error);
  EXPECT_NE(zone, nullptr) << error;
  if (!zone) return answer;
  const date::time_zone* own_zone = nullptr;
  if (parsed.zone_name) {
    own_zone = find_zone(*parsed.zone_name, error);
    EXPECT_NE(own_zone, nullptr) << error;
  }
  answer.kind = Answer::Kind::ok;
  answer.times = differential::simulated_times(parsed.schedule, *zone, DialectId::kubernetes,
                                               c.from, c.count, own_zone);
  answer.text = differential::ok_text(answer.times);
  return answer;
}

bool agree(const Answer& oracle, const Answer& cronkit) {
  switch (oracle.kind) {
    case Answer::Kind::ok:
      return cronkit.kind == Answer::Kind::ok && cronkit.times == oracle.times;
    case Answer::Kind::rejected:
      // robfig's text word for word; cronkit may add its own advice after "; ".
      return cronkit.kind == Answer::Kind::rejected &&
             (cronkit.message == oracle.message ||
              cronkit.message.starts_with(oracle.message + "; "));
    case Answer::Kind::panic:
      return cronkit.kind == Answer::Kind::panic &&
             cronkit.message.find(oracle.message) != std::string::npos;
    case Answer::Kind::bad_request:
      return false;
  }
  return false;
}

std::string with_times(const Answer& answer, const std::string& zone_name) {
  return differential::with_times(answer.text, answer.times, zone_name);
}

// Expressions as people write them for CronJobs, and as they get them wrong: numbers in and out
// of range, names (short, full, any case), `?`, steps after `*`, values and ranges, empty list
// items, leading zeros and signs, Quartz letters, the other crons' seconds fields and `7`,
// descriptors right and wrong, zone prefixes good, bad and without their space.
class ExpressionGenerator : differential::RandomChoices {
 public:
  explicit ExpressionGenerator(unsigned seed) : RandomChoices(seed) {}

  Case next() {
    Case c;
    c.zone = pick(zones_);
    c.from = start_near_offset_change(c.zone);
    c.count = 6;
    std::string body = chance(8) ? descriptor() : fields();
    if (chance(12)) {
      c.expression = zone_prefix() + body;
    } else {
      c.expression = chance(30) ? " " + body : body;
    }
    return c;
  }

 private:
  std::string number(int low, int high) {
    const int kind = between(0, 99);
    if (kind == 0) return std::to_string(high + between(1, 40));  // out of range
    if (kind == 1) return "0" + std::to_string(between(low, high));
    if (kind == 2) return "+" + std::to_string(between(low, high));
    if (kind == 3) return std::to_string(low == 0 ? 0 : low - 1);  // 0 in dom and month
    if (kind == 4) return "99999999999999999999";
    return std::to_string(between(low, high));
  }

  std::string value(int field) {
    static const std::vector<std::string> months = {"jan", "FEB", "Mar", "dec", "january", "Jun"};
    static const std::vector<std::string> days = {"sun", "MON", "Fri", "sat", "monday", "tue"};
    if (field == 3 && chance(25)) return pick(months);
    if (field == 4 && chance(25)) return pick(days);
    if (field < 3 && between(0, 299) == 0) return pick(days);
    const int low = field == 2 || field == 3 ? 1 : 0;
    const int high = field == 0 ? 59 : field == 1 ? 23 : field == 2 ? 31 : field == 3 ? 12 : 6;
    if (field == 4 && chance(3)) return "7";
    return number(low, high);
  }

  std::string item(int field) {
    static const std::vector<std::string> junk = {
        "L",  "5L", "1#2", "15W",  "H",   "-1",  "1-2-3", "*/2/3", "*-5", "?/5", "x",
        "*/", "/5", "1-",  "*/-2", "*/0", "5-3", "1-*",   "*/1",   "?-3", "*/+2"};
    const int kind = between(0, 199);
    if (kind < 60) return "*";
    if (kind < 70) return "?";
    if (kind < 100) return "*/" + std::to_string(between(1, 16));
    if (kind < 150) return value(field);
    if (kind < 180) return value(field) + "-" + value(field);
    if (kind < 195) {
      return (chance(50) ? value(field) : value(field) + "-" + value(field)) + "/" +
             std::to_string(between(0, 12));
    }
    return pick(junk);
  }

  std::string field(int index) {
    std::string text = item(index);
    while (chance(20)) text += (chance(10) ? ",," : ",") + item(index);
    if (chance(1)) text = "," + text;
    return text;
  }

  std::string blank() {
    if (chance(95)) return " ";
    return chance(50) ? "  " : "\t";
  }

  std::string fields() {
    int count = 5;
    if (chance(6)) count = chance(50) ? 6 : 4;
    std::string text;
    for (int i = 0; i < count; ++i) {
      if (i > 0) text += blank();
      // A sixth field is the seconds or the year of other crons: write it first or last.
      text += field(count == 6 && i == 0 ? 0 : std::min(count == 6 ? i - 1 : i, 4));
    }
    if (chance(3)) text += " ";
    return text;
  }

  std::string descriptor() {
    static const std::vector<std::string> names = {
        "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly",
        "@Daily",  "@reboot",   "@DAILY",   "@daily ", "@week",  "@",         "@hourly x"};
    return pick(names);
  }

  std::string zone_prefix() {
    static const std::vector<std::string> names = {
        "UTC",   "America/New_York", "Australia/Lord_Howe", "Europe/Berlin",  "Asia/Kolkata", "",
        "Local", "Mars/Base",        "../etc/passwd",       "/etc/localtime", "Etc/GMT+5"};
    const std::string keyword = chance(50) ? "TZ=" : "CRON_TZ=";
    const std::string name = pick(names);
    if (chance(4)) return keyword + name;  // no space: robfig panics (when nothing follows)
    return keyword + name + (chance(90) ? " " : "  ");
  }

  std::vector<std::string> zones_ = {"UTC",           "America/New_York",  "Australia/Lord_Howe",
                                     "Europe/Berlin", "America/Sao_Paulo", "Asia/Kolkata"};
};

// Cases chosen by hand: the facts docs/dialects/kubernetes.md states.
std::vector<Case> named_cases() {
  const UnixSeconds y2026 = 1767225600;  // 2026-01-01T00:00:00Z
  const UnixSeconds y2096 = 3981398400;  // 2096-03-01T00:00:00Z
  return {
      {"0 0 */2 * 1", "UTC", y2026, 4},
      {"0 0 1-7 * 1", "UTC", y2026, 4},
      {"0 0 1-31 * 1", "UTC", y2026, 4},
      {"0 0 ? * 1", "UTC", y2026, 4},
      {"30 2 * * *", "America/New_York", 1772841600, 4},  // 2026-03-07
      {"30 1 * * *", "America/New_York", 1793404800, 4},  // 2026-10-31
      {"0 * * * *", "America/New_York", 1793426400, 6},
      {"0 2 * * *", "Australia/Lord_Howe", 1775224800, 4},  // 2026-04-03T14:00Z
      {"45 1 * * *", "Australia/Lord_Howe", 1775224800, 4},
      {"*/15 * * * *", "Australia/Lord_Howe", 1775309400, 10},
      {"15 2 * * *", "Australia/Lord_Howe", 1791036000, 4},
      {"TZ=Australia/Lord_Howe 0 2 * * *", "UTC", 1775224800, 4},
      {"0 0 29 2 *", "UTC", y2096, 2},
      {"0 0 30 2 *", "UTC", y2026, 2},
      {", * * * *", "UTC", y2026, 2},
      {"0 0 * * *", "America/Sao_Paulo", 1539043200, 4},  // 2018-10-09, before a midnight gap
      {"+5 007 1,,2 * *", "UTC", y2026, 3},
      {"CRON_TZ=UTC", "UTC", y2026, 1},
      {"TZ=Mars/Base 0 0 * * *", "UTC", y2026, 1},
      {"", "UTC", y2026, 1},
      {"TZ=UTC\t0\t0\t*\t*\t*", "UTC", y2026, 1},
      {"TZ=America/New_York", "UTC", y2026, 1},
  };
}

TEST(KubernetesDifferential, ExpressionsReadAndScheduledAsRobfigCronDoes) {
  ExpressionGenerator generator(20261205);
  std::vector<Case> cases = named_cases();
  for (int i = 0; i < 8000; ++i) cases.push_back(generator.next());
  const std::vector<Answer> answers = ask_oracle(cases);
  ASSERT_EQ(answers.size(), cases.size());
  std::size_t accepted = 0, rejected = 0, panics = 0, firings = 0, agreed = 0;
  int shown = 0;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Answer& oracle = answers[i];
    const Answer cronkit = cronkit_answer(cases[i]);
    if (oracle.kind == Answer::Kind::ok) ++accepted;
    if (oracle.kind == Answer::Kind::rejected) ++rejected;
    if (oracle.kind == Answer::Kind::panic) ++panics;
    firings += oracle.times.size();
    if (agree(oracle, cronkit)) {
      ++agreed;
      continue;
    }
    if (++shown <= 20) {
      ADD_FAILURE() << "'" << cases[i].expression << "' in " << cases[i].zone << " from "
                    << cases[i].from << "\n  robfig:  " << with_times(oracle, cases[i].zone)
                    << "\n  cronkit: " << with_times(cronkit, cases[i].zone);
    }
  }
  EXPECT_EQ(agreed, cases.size());
  std::printf(
      "kubernetes dialect against robfig/cron: %zu of %zu expressions agree (%zu accepted with "
      "%zu firings compared, %zu rejected with the same message, %zu parser panics)\n",
      agreed, cases.size(), accepted, firings, rejected, panics);
}

}  // namespace
}  // namespace cronkit
