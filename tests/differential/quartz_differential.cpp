// Differential test of the quartz dialect: cronkit's reading of a Quartz cron expression and its
// firings against org.quartz.CronExpression itself (Debian's libquartz2-java, Quartz 2.3.2, run
// by quartz_oracle/QuartzOracle.java). Thousands of generated expressions go through one JVM;
// for each, cronkit and Quartz must agree on accept or reject (and on Quartz's message and error
// offset) and on the first firings after a start time, in a zone: America/New_York,
// Australia/Lord_Howe (a 30-minute change), Europe/Berlin, Pacific/Chatham, UTC and others, with
// start times spread over the years and gathered around the offset changes. Built only when
// CMake is given -DCRONKIT_QUARTZ_ORACLE=/path/to/oracle (.ci/run does that).
//
// What is compared, per expression, with cronkit's side written against this API:
//   parse_schedule(expression, DialectId::quartz): rejected when a diagnostic says Quartz
//     rejects it; then read_quartz_expression() gives Quartz's message and error offset;
//   simulate({SimJob{schedule}}, {zone, DialectId::quartz, from + 1 s, count}): the trigger's
//     firings, each getTimeAfter() of the one before.
// In zones with offset changes the comparison stops at 2037-01-01: Java's zone tables list
// transitions up to 2037 and apply a rule after it, and cronkit's zone reading has none after
// 2037 (the two sides' zone data part there, not their cron).

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "oracle_support.hpp"
#include "parse/parse.hpp"
#include "parse/quartz_expression.hpp"
#include "sim/simulate.hpp"
#include "timezone/timezone.hpp"

namespace cronkit {
namespace {

using differential::UnixSeconds;

struct Case {
  std::string expression;
  std::string zone;
  UnixSeconds from = 0;  // firings strictly after it
  int count = 0;
};

struct Answer {
  enum class Kind { ok, rejected, bad_request };
  Kind kind = Kind::rejected;
  std::vector<UnixSeconds> times;
  std::string message;  // "OFFSET MESSAGE" for a rejection
  std::string text;     // as printed in a disagreement
};

// 2037-01-01T00:00:00Z: see the top of the file.
constexpr UnixSeconds end_of_listed_offset_changes = 2114380800LL;

bool has_offset_changes(const std::string& zone_name) {
  const date::time_zone& zone = *date::locate_zone(zone_name);
  const date::sys_info info =
      zone.get_info(date::sys_seconds{std::chrono::seconds{end_of_listed_offset_changes}});
  return info.end.time_since_epoch().count() < 4102444800LL ||
         info.begin.time_since_epoch().count() > 0;
}

void cut_at(Answer& answer, UnixSeconds end) {
  std::size_t kept = 0;
  while (kept < answer.times.size() && answer.times[kept] < end) ++kept;
  if (kept == answer.times.size()) return;
  answer.times.resize(kept);
  answer.text += " (compared up to " + std::to_string(end) + ")";
}

Answer oracle_answer(const std::string& line) {
  Answer answer;
  answer.text = line;
  if (differential::is_ok_line(line)) {
    answer.kind = Answer::Kind::ok;
    answer.times = differential::times_after_ok(line);
  } else if (line.starts_with("reject ")) {
    answer.kind = Answer::Kind::rejected;
    answer.message = line.substr(7);
  } else {
    answer.kind = Answer::Kind::bad_request;
  }
  return answer;
}

// All cases through one JVM, one answer line per request.
std::vector<Answer> ask_oracle(const std::vector<Case>& cases) {
  std::vector<std::string> requests;
  requests.reserve(cases.size());
  for (const Case& c : cases) {
    requests.push_back(c.zone + '|' + std::to_string(c.from) + '|' + std::to_string(c.count) + '|' +
                       c.expression);
  }
  std::vector<Answer> answers;
  for (const std::string& line : differential::run_oracle(CRONKIT_QUARTZ_ORACLE, requests))
    answers.push_back(oracle_answer(line));
  return answers;
}

Answer cronkit_answer(const Case& c) {
  Answer answer;
  const ParsedSchedule parsed = parse_schedule(c.expression, DialectId::quartz);
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    if (diagnostic.rejected_by_cron) {
      // Quartz's own message and offset, as the reader keeps them (the diagnostic words them
      // for people).
      const QuartzReading reading = read_quartz_expression(c.expression, quartz_max_year());
      answer.kind = Answer::Kind::rejected;
      answer.message = std::to_string(reading.offset) + " " + reading.message;
      answer.text = "reject " + answer.message + "\n      (" + diagnostic.message + ")";
      return answer;
    }
  }
  std::string error;
  const date::time_zone* zone = find_zone(c.zone, error);
  EXPECT_NE(zone, nullptr) << error;
  if (!zone) return answer;
  const SimJob job{parsed.schedule};
  SimOptions options;
  options.zone = zone;
  options.dialect = DialectId::quartz;
  options.from = date::sys_seconds{std::chrono::seconds{c.from + 1}};
  options.count = static_cast<std::size_t>(c.count);
  answer.kind = Answer::Kind::ok;
  answer.text = "ok";
  for (const Firing& firing : simulate(std::span<const SimJob>(&job, 1), options)) {
    answer.times.push_back(firing.instant.time_since_epoch().count());
    answer.text += " " + std::to_string(answer.times.back());
  }
  return answer;
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

// ---- Generated expressions ----------------------------------------------------------------------

// Each list starts with items Quartz accepts (the first `Good`) and ends with ones it rejects
// or that trip its quirks; an item comes from the good part most of the time.
template <std::size_t Good, std::size_t N>
const char* pick(std::mt19937& rng, const std::array<const char*, N>& choices) {
  static_assert(Good <= N);
  const bool good = std::uniform_int_distribution<int>(0, 99)(rng) < 85;
  return choices[std::uniform_int_distribution<std::size_t>(0, (good ? Good : N) - 1)(rng)];
}

constexpr std::array<const char*, 34> sixty_items = {
    // accepted
    "0", "0", "5", "30", "59", "*", "*", "*/5", "0/15", "7/20", "5-10", "50-10", "10-20/3", "1,2,3",
    "0,30", "*/0", "/5", "07", "5X", "*/59", "10-5/7", "2,*",
    // rejected, or accepted and then failing (`L` leaves the field empty)
    "60", "1-", "*/", "*/61", "?", "L", "1-70", "5/", "5/x", "-5", "3#1", "*/-2"};
constexpr std::array<const char*, 24> hour_items = {
    "0", "9",   "23",   "*",      "*",    "*/2",   "1/5", "9-17", "22-2", "0,12", "2",  "1",
    "3", "1-3", "*/23", "0-23/6", "12/0", "1,2,3", "02",  "23-0", "24",   "*/24", "9W", "0/25"};
constexpr std::array<const char*, 36> day_of_month_items = {
    "*",   "1",   "15",    "31",  "30",   "29",  "L",    "LW",   "L-3",  "L-3W",  "L-30", "15W",
    "1W",  "31W", "1,15W", "1-7", "25-5", "*/2", "5/10", "1-31", "2,30", "10-12", "*/31", "15W,3",
    "L-W", "?",   "L-31",  "32",  "0",    "L,5", "?X",   "L-",   "W",    "*/32",  "LX",   "?,5"};
constexpr std::array<const char*, 22> month_items = {
    "*",         "*",   "*",       "1",   "2",    "12",  "JAN",  "jan-mar",
    "DEC-FEB",   "*/3", "JANUARY", "2,3", "11-2", "feb", "*/12", "6/2",
    "JUN-AUG/2", "13",  "0",       "FOO", "JAN-", "L"};
constexpr std::array<const char*, 40> day_of_week_items = {
    "*",    "1",     "7",   "MON-FRI", "2-6",   "1-5",    "SAT-MON", "5-2", "L",   "6L",
    "FRIL", "2#1",   "6#5", "MON#2",   "1,2#3", "MONDAY", "MONXYZ",  "*/2", "1/3", "3-3",
    "sun",  "2,4,6", "7L",  "1L",      "SUN#5", "4#4",    "TUE-THU", "1-7", "?",   "2#1,3#2",
    "8",    "0",     "2#6", "MON-",    "L,2",   "6#",     "2#1x",    "0L",  "9#2", "2#0"};
constexpr std::array<const char*, 16> year_items = {
    "*",    "2027", "2026-2030", "1969", "2200",        "2099", "*/3",       "2028,2031",
    "2126", "2127", "2026/2",    "2037", "2029-2031/2", "2026", "2030-2026", "L"};

std::string field_of(std::mt19937& rng, const char* (*item)(std::mt19937&)) {
  // Mostly one item; sometimes a list of two.
  std::string field = item(rng);
  if (std::uniform_int_distribution<int>(0, 9)(rng) == 0) field += std::string(",") + item(rng);
  return field;
}

std::string generated_expression(std::mt19937& rng) {
  auto sixty = [](std::mt19937& r) { return pick<22>(r, sixty_items); };
  auto hours = [](std::mt19937& r) { return pick<20>(r, hour_items); };
  auto months = [](std::mt19937& r) { return pick<17>(r, month_items); };
  auto years = [](std::mt19937& r) { return pick<14>(r, year_items); };
  std::uniform_int_distribution<int> percent(0, 99);
  // The day fields: mostly one of them '?', as Quartz wants, the other anything.
  std::string dom = pick<25>(rng, day_of_month_items);
  std::string dow = pick<28>(rng, day_of_week_items);
  const int day_choice = percent(rng);
  if (day_choice < 45) {
    dow = "?";
  } else if (day_choice < 90) {
    dom = "?";
  }
  std::vector<std::string> fields = {field_of(rng, +sixty),  field_of(rng, +sixty),
                                     field_of(rng, +hours),  dom,
                                     field_of(rng, +months), dow};
  // Quiet fields make the firings span more of the calendar.
  if (percent(rng) < 50) fields[0] = "0";
  if (percent(rng) < 30) fields[1] = std::to_string(percent(rng) % 60);
  const int shape = percent(rng);
  if (shape < 40) fields.push_back(field_of(rng, +years));
  if (shape >= 96) fields.pop_back();                              // five fields: too few
  if (shape == 95) fields.insert(fields.end(), {"2030", "junk"});  // an ignored eighth field
  std::string expression;
  for (const std::string& field : fields) {
    if (!expression.empty()) expression += percent(rng) < 5 ? "\t" : " ";
    expression += field;
  }
  if (percent(rng) < 3) expression = "  " + expression + " ";
  return expression;
}

// Hand-picked: the facts the documentation page states, each measured against Quartz.
const std::vector<std::string> named_expressions = {
    "0 0 9 ? * 2-6 *",   "0 0 9 ? * 1-5 *",
    "0 0 9 * * 1-5",     "0 30 9 * * *",
    "0 0 1-7 * 1",       "0 0 0 ? * 2#1",
    "0 30 2 * * ?",      "0 30 1 * * ?",
    "0 0/15 * * * ?",    "0 0 12 * * ? 2027 junk more",
    "0 0 0 29 2 ? 2199", "0 0 0 30 2 ?",
    "0 0 12 ? * ?",      "@daily",
    "0 0 0 1,15W * ?",   "0 0 0 ? * 2#5",
    "0 0 0 ? * 3#1,6#3", "0 0 0 ? * MONDAY",
    "0 0 0 ? * MONXYZ",  "0 0 22-2 * * ?",
    "0 0 0 L * ?",       "0 0 0 L-3 * ?",
    "0 0 0 LW * ?",      "0 0 0 ? * 6L",
    "0 0 0 ? * L",       "0 0 0 1 1 ? 1969",
    "0 0 0 1 1 ? 2200",  "0 0 0 15W * ?",
    "0 0 0 1W * ?",      "0 0 0 ? * 5-2",
    "0 70/5 * * * ?",    "0 */70 * * * ?",
    "0 0 0 L,5 * ?",     "0 0 0 ? * L,2",
    "0 0 0 * * ?",       "0 0 * * * ?",
    "* * * * * ?",       "0 0 2 * * ?",
    "0 45 1 * * ?",      "0 15 2 * * ?",
};

struct ZoneStarts {
  const char* zone;
  std::vector<UnixSeconds> around;  // instants of offset changes to start near
};

UnixSeconds unix_of(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}}.time_since_epoch().count() *
         86400;
}

std::vector<Case> generated_cases() {
  std::mt19937 rng(20261205);
  const std::vector<ZoneStarts> zones = {
      {"UTC", {}},
      {"America/New_York",
       {unix_of(2026, 3, 8) + 7 * 3600, unix_of(2026, 11, 1) + 6 * 3600,
        unix_of(2031, 3, 9) + 7 * 3600, unix_of(2030, 11, 3) + 6 * 3600}},
      {"Australia/Lord_Howe",
       {unix_of(2026, 4, 4) + 15 * 3600, unix_of(2026, 10, 3) + 15 * 3600 + 1800,
        unix_of(2029, 4, 1) + 15 * 3600, unix_of(2029, 10, 6) + 15 * 3600 + 1800}},
      {"Europe/Berlin", {unix_of(2026, 3, 29) + 3600, unix_of(2026, 10, 25) + 3600}},
      {"Pacific/Chatham", {unix_of(2026, 4, 4) + 14 * 3600, unix_of(2026, 9, 26) + 14 * 3600}},
      {"America/Sao_Paulo", {}},
      {"Asia/Kolkata", {}},
  };
  std::vector<Case> cases;
  auto start_in = [&](const ZoneStarts& z) -> UnixSeconds {
    std::uniform_int_distribution<int> percent(0, 99);
    if (!z.around.empty() && percent(rng) < 70) {
      const UnixSeconds change =
          z.around[std::uniform_int_distribution<std::size_t>(0, z.around.size() - 1)(rng)];
      // From two days before to a few hours after the change, at a whole second.
      return change - std::uniform_int_distribution<UnixSeconds>(-6 * 3600, 2 * 86400)(rng);
    }
    return std::uniform_int_distribution<UnixSeconds>(unix_of(2025, 1, 1),
                                                      unix_of(2036, 6, 1))(rng);
  };
  for (const std::string& expression : named_expressions) {
    for (const ZoneStarts& z : zones) cases.push_back({expression, z.zone, start_in(z), 6});
  }
  for (int i = 0; i < 9000; ++i) {
    const ZoneStarts& z =
        zones[std::uniform_int_distribution<std::size_t>(0, zones.size() - 1)(rng)];
    cases.push_back({generated_expression(rng), z.zone, start_in(z), 6});
  }
  return cases;
}

TEST(QuartzDifferential, ExpressionsReadAndScheduledAsQuartzDoes) {
  const std::vector<Case> cases = generated_cases();
  const std::vector<Answer> answers = ask_oracle(cases);
  ASSERT_EQ(answers.size(), cases.size()) << "the oracle did not answer every request";
  std::size_t accepted = 0, rejected = 0, firings = 0, disagreements = 0, message_differences = 0;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    Answer oracle = answers[i];
    Answer cronkit = cronkit_answer(c);
    if (has_offset_changes(c.zone)) {
      cut_at(oracle, end_of_listed_offset_changes);
      cut_at(cronkit, end_of_listed_offset_changes);
    }
    bool same = oracle.kind == cronkit.kind && oracle.times == cronkit.times;
    if (same && oracle.kind == Answer::Kind::rejected && oracle.message != cronkit.message) {
      ++message_differences;
      same = false;
    }
    if (oracle.kind == Answer::Kind::ok) {
      ++accepted;
      firings += oracle.times.size();
    } else {
      ++rejected;
    }
    if (!same && ++disagreements <= 25) {
      ADD_FAILURE() << "'" << c.expression << "' in " << c.zone << " after " << c.from
                    << "\n  Quartz:  " << with_times(oracle, c.zone)
                    << "\n  cronkit: " << with_times(cronkit, c.zone);
    }
  }
  std::cout << cases.size() << " expressions: " << accepted << " accepted (" << firings
            << " firings compared), " << rejected << " rejected; " << disagreements
            << " disagreements (" << message_differences << " in the rejection message only)\n";
  EXPECT_EQ(disagreements, 0u);
}

}  // namespace
}  // namespace cronkit
