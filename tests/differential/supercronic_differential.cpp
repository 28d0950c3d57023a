// Differential test of the supercronic dialect: cronkit's reading of a cron expression and its
// simulation of the firings against the library supercronic schedules with (cronexpr_oracle/,
// Debian's build of github.com/gorhill/cronexpr with supercronic's three changes in front).
// Thousands of generated expressions go through one oracle process; for each, cronkit and the
// oracle must agree on accept or reject and on the first firings (Unix seconds) after a start
// time, in a zone. Built only when CMake is given -DCRONKIT_CRONEXPR_ORACLE=/path/to/oracle
// (.ci/run does that).
//
// What is compared, per expression, with cronkit's side written against this API:
//   parse_schedule(expression, DialectId::supercronic): the expression is rejected when a
//     diagnostic says the daemon rejects it (Diagnostic::rejected_by_cron);
//   simulate({SimJob{schedule}}, {zone, DialectId::supercronic, from + 1s, count}): the firings
//     of a supercronic started at `from` (its first firing is strictly after its start; the
//     simulator's `from` is inclusive). Both sides' firings are compared up to the end of 2099
//     (the library's last year) or, in zones with offset changes, up to 2037 (comparison_end()).
// Where the library panics computing the next time (a stepped reversed range such as `5-1/2` in
// the minute field: supercronic accepts the line and then crashes), cronkit must give no firing;
// whether it flags the expression is not compared.
//
// Until cronkit reads the library's seconds, `?` and years under the dialect (probed at run
// time with a seven-field expression), the comparison covers the five-field expressions on which
// Vixie cron and the library agree: no `?`, `L`, `W`, `#`, full names or `a/n`; day fields that
// are `*` exactly or have no `*` in them (the library calls `*/2` restricted, Vixie cron a star);
// no reversed ranges, no junk; zones without offset changes. The test prints which comparison it
// ran.

#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>
#include <random>
#include <sstream>
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
  std::string zone;
  UnixSeconds from = 0;  // the start: firings strictly after it
  int count = 0;
};

struct Answer {
  enum class Kind { ok, rejected, panic, bad_request };
  Kind kind = Kind::rejected;
  std::vector<UnixSeconds> times;
  std::string text;  // as printed in a disagreement
};

// 2037-01-01T00:00:00Z. The system's zone files list offset changes up to 2037 and give a rule
// for the years after it, which Go applies and cronkit's zone reading does not (cronkit has New
// York on -05:00 all year from 2038): a difference in the zone data, not in the dialect.
constexpr UnixSeconds end_of_listed_offset_changes = 2114380800LL;

bool has_offset_changes(const date::time_zone& zone) {
  date::sys_info info =
      zone.get_info(date::sys_seconds{std::chrono::seconds{end_of_listed_offset_changes}});
  return info.end.time_since_epoch().count() < 4102444800LL ||
         info.begin.time_since_epoch().count() > 0;
}

// Firings from this instant on are not compared: the library's years end with 2099 (local
// time), and in a zone with offset changes the zone data of the two sides part in 2037.
UnixSeconds comparison_end(const std::string& zone_name) {
  const date::time_zone& zone = *date::locate_zone(zone_name);
  if (has_offset_changes(zone)) return end_of_listed_offset_changes;
  return zone.to_sys(date::local_days{date::year{2100} / 1 / 1}).time_since_epoch().count();
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
  } else if (line.starts_with("error ")) {
    answer.kind = Answer::Kind::rejected;
  } else if (line.starts_with("panic ")) {
    answer.kind = Answer::Kind::panic;
  } else {
    answer.kind = Answer::Kind::bad_request;
  }
  return answer;
}

// All cases through one oracle process, one answer line per request.
std::vector<Answer> ask_oracle(const std::vector<Case>& cases) {
  std::vector<std::string> requests;
  for (const Case& c : cases) {
    requests.push_back(c.expression + '\t' + c.zone + '\t' + std::to_string(c.from) + '\t' +
                       std::to_string(c.count));
  }
  std::vector<Answer> answers;
  for (const std::string& line : differential::run_oracle(CRONKIT_CRONEXPR_ORACLE, requests))
    answers.push_back(oracle_answer(line));
  return answers;
}

Answer cronkit_answer(const Case& c, DialectId dialect) {
  Answer answer;
  ParsedSchedule parsed = parse_schedule(c.expression, dialect);
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    if (diagnostic.rejected_by_cron) {
      answer.kind = Answer::Kind::rejected;
      answer.text = "rejected: " + diagnostic.message;
      return answer;
    }
  }
  std::string error;
  const date::time_zone* zone = find_zone(c.zone, error);
  EXPECT_NE(zone, nullptr) << error;
  if (!zone) return answer;
  answer.kind = Answer::Kind::ok;
  answer.times = differential::simulated_times(parsed.schedule, *zone, dialect, c.from, c.count);
  answer.text = differential::ok_text(answer.times);
  cut_at(answer, comparison_end(c.zone));
  return answer;
}

bool agree(const Answer& oracle, const Answer& cronkit) {
  switch (oracle.kind) {
    case Answer::Kind::ok:
      return cronkit.kind == Answer::Kind::ok && cronkit.times == oracle.times;
    case Answer::Kind::rejected:
      return cronkit.kind == Answer::Kind::rejected;
    case Answer::Kind::panic:
      return cronkit.times.empty();
    case Answer::Kind::bad_request:
      return false;
  }
  return false;
}

std::string with_times(const Answer& answer, const std::string& zone_name) {
  return differential::with_times(answer.text, answer.times, zone_name);
}

// cronexpr_parse.go genericFieldHandler(): in the second, minute, hour, month and year fields the
// library stops at the first bare `*` or `?` item and never looks at the items after it, so
// `*,013` is accepted while `013,*` is not. cronkit checks every item. The expression without
// those unread items: when cronkit then agrees with the library, this was the only difference.
std::string without_items_after_wildcard(const std::string& expression) {
  std::vector<std::string> fields;
  std::istringstream words(expression);
  for (std::string word; words >> word;) fields.push_back(word);
  // 5 fields: minute..day-of-week; 6: and a year; 7: a second first, a year last.
  std::vector<bool> generic(fields.size(), true);
  const std::size_t first_day = fields.size() == 7 ? 3 : 2;
  if (fields.size() >= 5) generic[first_day] = generic[first_day + 2] = false;
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    std::string field = fields[i];
    if (generic[i]) {
      std::string kept;
      std::istringstream items(field);
      for (std::string item; std::getline(items, item, ',');) {
        if (!kept.empty()) kept += ',';
        kept += item;
        if (item == "*" || item == "?") break;
      }
      field = kept;
    }
    out += (out.empty() ? "" : " ") + field;
  }
  return out;
}

// Runs every case through the oracle and cronkit, prints the figures, and fails on the first
// few disagreements.
void compare(const std::vector<Case>& cases, DialectId dialect, const std::string& label) {
  std::vector<Answer> expected = ask_oracle(cases);
  ASSERT_EQ(expected.size(), cases.size()) << "the oracle answered a different number of lines";
  int accepted = 0, rejected = 0, panics = 0, firings = 0, agreements = 0;
  int unread_after_wildcard = 0;  // the one known difference (see above)
  std::vector<std::size_t> differing;
  for (std::size_t i = 0; i < cases.size(); ++i) {
    Answer& oracle = expected[i];
    cut_at(oracle, comparison_end(cases[i].zone));
    accepted += oracle.kind == Answer::Kind::ok;
    rejected += oracle.kind == Answer::Kind::rejected;
    panics += oracle.kind == Answer::Kind::panic;
    firings += static_cast<int>(oracle.times.size());
    Answer actual = cronkit_answer(cases[i], dialect);
    if (agree(oracle, actual)) {
      ++agreements;
      continue;
    }
    if (oracle.kind == Answer::Kind::ok && actual.kind == Answer::Kind::rejected) {
      Case reduced = cases[i];
      reduced.expression = without_items_after_wildcard(cases[i].expression);
      if (reduced.expression != cases[i].expression &&
          agree(oracle, cronkit_answer(reduced, dialect))) {
        ++unread_after_wildcard;
        continue;
      }
    }
    if (differing.size() < 10) {
      differing.push_back(i);
      ADD_FAILURE() << label << ": case " << i << " differs: '" << cases[i].expression << "' in "
                    << cases[i].zone << " after "
                    << format_rfc3339(date::sys_seconds{std::chrono::seconds{cases[i].from}},
                                      *date::locate_zone("UTC"))
                    << "\n  cronexpr: " << with_times(oracle, cases[i].zone)
                    << "\n  cronkit:  " << with_times(actual, cases[i].zone);
    }
  }
  std::cout << label << ": " << cases.size() << " expressions (" << accepted << " accepted with "
            << firings << " firings, " << rejected << " rejected, " << panics
            << " crashing the library); cronkit agrees on " << agreements << " ("
            << (cases.empty() ? 100.0 : 100.0 * agreements / static_cast<double>(cases.size()))
            << "%)\n";
  std::cout << label << ": " << unread_after_wildcard
            << " more differ only by items after a bare '*' or '?' that the library never reads "
               "(cronkit rejects them; the same expressions without those items agree)\n";
  EXPECT_EQ(agreements + unread_after_wildcard, static_cast<int>(cases.size()));
}

// Expressions weighted towards the library's corners: 5, 6 (year) and 7 (seconds and year)
// fields, names, `?`, `L`, `W`, `#`, steps, reversed ranges, leading zeros, junk.
class ExpressionGenerator {
 public:
  explicit ExpressionGenerator(unsigned seed) : random_(seed) {}

  // Everything the library reads or rejects.
  Case supercronic_case() {
    Case c;
    c.zone = any_of(std::vector<std::string>{"UTC", "America/New_York", "Europe/Berlin",
                                             "Australia/Lord_Howe", "America/Sao_Paulo",
                                             "Asia/Kolkata"});
    c.expression = supercronic_expression();
    c.from = chance(3) ? near_offset_change(c.zone) : uniform_start(c.zone);
    c.count = pick(1, 6);
    return c;
  }

  // Schedules aimed at the hours around an offset change, started shortly before one.
  Case offset_change_case() {
    Case c;
    c.zone = any_of(std::vector<std::string>{"America/New_York", "Europe/Berlin",
                                             "Australia/Lord_Howe", "America/Sao_Paulo"});
    std::string minute = any_of(std::vector<std::string>{"0", "30", "*/15", "*/20", "45", "*"});
    std::string hour =
        any_of(std::vector<std::string>{"0", "1", "2", "3", "23", "*", "1-3", "*/2", "0,2"});
    switch (pick(0, 3)) {
      case 0:
        c.expression = minute + " " + hour + " * * *";
        break;
      case 1:
        c.expression = minute + " " + hour + " * * * *";
        break;
      case 2:
        c.expression = any_of(std::vector<std::string>{"0", "30", "*/20"}) + " " + minute + " " +
                       hour + " * * ? *";
        break;
      default:
        c.expression = any_of(std::vector<std::string>{"@hourly", "@daily", "0 * * * *",
                                                       "*/30 * * * *", "0 0 * * 0"});
        break;
    }
    c.from = near_offset_change(c.zone);
    c.count = pick(1, 6);
    return c;
  }

  // Five-field expressions on which Vixie cron and the library agree (see the top).
  Case debian_common_case() {
    Case c;
    c.zone = any_of(std::vector<std::string>{"UTC", "Asia/Kolkata", "Asia/Tokyo"});
    c.expression = debian_common_expression();
    c.from = uniform_start(c.zone);
    c.count = pick(1, 6);
    return c;
  }

 private:
  enum class Kind { second, minute, hour, day_of_month, month, day_of_week, year };
  struct Shape {
    int low, high;
  };
  static Shape shape(Kind kind) {
    switch (kind) {
      case Kind::second:
      case Kind::minute:
        return {0, 59};
      case Kind::hour:
        return {0, 23};
      case Kind::day_of_month:
        return {1, 31};
      case Kind::month:
        return {1, 12};
      case Kind::day_of_week:
        return {0, 7};
      case Kind::year:
        return {1970, 2099};
    }
    return {0, 0};
  }
  // The largest step the library accepts: the field's maximum (day of week: 6).
  static int max_step(Kind kind) {
    return kind == Kind::day_of_week ? 6 : kind == Kind::year ? 59 : shape(kind).high;
  }

  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  bool chance(int one_in) { return pick(1, one_in) == 1; }
  template <typename T>
  const T& any_of(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(pick(0, static_cast<int>(items.size()) - 1))];
  }

  std::string any_case(std::string name) {
    if (chance(4)) {
      for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    } else if (chance(3)) {
      name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    }
    return name;
  }

  std::string name(Kind kind, bool long_names) {
    static const std::vector<std::string> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                    "jul", "aug", "sep", "oct", "nov", "dec"};
    static const std::vector<std::string> long_months = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    static const std::vector<std::string> days = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    static const std::vector<std::string> long_days = {"sunday",   "monday", "tuesday", "wednesday",
                                                       "thursday", "friday", "saturday"};
    bool use_long = long_names && chance(3);
    if (kind == Kind::month) return any_case(any_of(use_long ? long_months : months));
    return any_case(any_of(use_long ? long_days : days));
  }

  int number_in(Kind kind) {
    Shape s = shape(kind);
    if (kind == Kind::year) return chance(5) ? pick(1970, 2019) : pick(2020, 2099);
    return pick(s.low, s.high);
  }

  // ---- everything ------------------------------------------------------------------------------

  std::string value(Kind kind) {
    if ((kind == Kind::month || kind == Kind::day_of_week) && chance(4)) return name(kind, true);
    Shape s = shape(kind);
    if (chance(40)) return std::to_string(chance(2) ? s.low - 1 : s.high + 1);  // out of range
    int number = number_in(kind);
    if (number < 10 ? chance(6) : chance(60)) return "0" + std::to_string(number);  // `015`: bad
    return std::to_string(number);
  }

  // Mostly low-high; one in twenty the other way round (an error, or an empty set when stepped).
  std::string ordered_range(Kind kind) {
    std::string a = value(kind), b = value(kind);
    if ((number_of(a, kind) > number_of(b, kind)) != chance(20)) std::swap(a, b);
    return a + "-" + b;
  }

  std::string step(Kind kind) {
    if (chance(25))
      return any_of(std::vector<std::string>{"0", "00", "01", "60", "1999", "007", "x", ""});
    if (chance(25)) return std::to_string(max_step(kind) + 1);
    return std::to_string(pick(1, max_step(kind)));
  }

  std::string special_item(Kind kind) {
    if (kind == Kind::day_of_month) {
      switch (pick(0, 5)) {
        case 0:
          return "L";
        case 1:
          return any_of(std::vector<std::string>{"LW", "lw", "Lw"});
        case 2:
        case 3:
          return value(kind) + any_of(std::vector<std::string>{"W", "w"});
        default:
          return any_of(std::vector<std::string>{"W", "L-2", "LW5", "L5", "0W", "32W", "1-5W"});
      }
    }
    if (kind == Kind::day_of_week) {
      switch (pick(0, 4)) {
        case 0:
        case 1:
          return value(kind) + any_of(std::vector<std::string>{"L", "l"});
        case 2:
        case 3:
          return value(kind) + "#" + std::to_string(chance(6) ? pick(0, 7) : pick(1, 5));
        default:
          return any_of(std::vector<std::string>{"L", "#2", "5#", "1-5#2", "L5"});
      }
    }
    return any_of(std::vector<std::string>{"L", "W", "5#2", "2L"});
  }

  std::string item(Kind kind) {
    std::string text;
    int form = pick(0, 99);
    if (form < 14) {
      text = "*";
    } else if (form < 19) {
      text = "?";
    } else if (form < 49) {
      text = value(kind);
    } else if (form < 69) {
      text = ordered_range(kind);
    } else if (form < 79) {
      text = "*/" + step(kind);
    } else if (form < 84) {
      text = value(kind) + "/" + step(kind);
    } else if (form < 92) {
      text = ordered_range(kind) + "/" + step(kind);
    } else if (kind == Kind::day_of_month || kind == Kind::day_of_week || chance(5)) {
      text = special_item(kind);
    } else {
      text = value(kind);
    }
    if (chance(80))
      text += any_of(std::vector<std::string>{"x", "-", "/", "#", "*", "L", "W", "/2/3", "-1-2"});
    return text;
  }

  std::string field(Kind kind) {
    if (chance(100)) return any_of(std::vector<std::string>{",", "1,,3", ",5", "5,", "*,5", "L,*"});
    std::string text = item(kind);
    while (chance(4)) text += "," + item(kind);
    return text;
  }

  std::string supercronic_expression() {
    if (chance(20)) {
      return any_of(std::vector<std::string>{
          "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@hourly", "@every 5m",
          "@reboot", "@DAILY", "@midnight", "@hourly 2030", "x@daily", "@Weekly", "@"});
    }
    static const std::vector<Kind> five = {Kind::minute, Kind::hour, Kind::day_of_month,
                                           Kind::month, Kind::day_of_week};
    std::vector<Kind> layout = five;
    int form = pick(0, 99);
    if (form < 15) {
      layout.push_back(Kind::year);
    } else if (form < 40) {
      layout.insert(layout.begin(), Kind::second);
      layout.push_back(Kind::year);
    } else if (form < 42) {
      layout.pop_back();  // four fields
    } else if (form < 45) {
      layout.insert(layout.begin(), Kind::second);
      layout.push_back(Kind::year);
      layout.push_back(Kind::year);  // eight fields
    }
    std::string text;
    for (std::size_t i = 0; i < layout.size(); ++i) {
      if (i) text += chance(8) ? "   " : " ";
      text += field(layout[i]);
    }
    return (chance(15) ? " " : "") + text + (chance(15) ? "  " : "");
  }

  // ---- what Debian's cron and the library read alike ------------------------------------------

  std::string common_value(Kind kind, int low, int high) {
    if (kind == Kind::month && chance(3)) return name(kind, false);
    if (kind == Kind::day_of_week && high <= 6 && chance(3)) return name(kind, false);
    int number = pick(low, high);
    if (number < 10 && kind != Kind::day_of_week && chance(6)) return "0" + std::to_string(number);
    return std::to_string(number);
  }

  int number_of(const std::string& value, Kind kind) {
    static const std::vector<std::string> months = {"jan", "feb", "mar", "apr", "may", "jun",
                                                    "jul", "aug", "sep", "oct", "nov", "dec"};
    static const std::vector<std::string> days = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};
    std::string lower = value;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const auto& names = kind == Kind::month ? months : days;
    for (std::size_t i = 0; i < names.size(); ++i)
      if (lower.starts_with(names[i])) return static_cast<int>(i) + (kind == Kind::month ? 1 : 0);
    return std::stoi(value);
  }

  std::string common_item(Kind kind, bool star_allowed) {
    Shape s = shape(kind);
    int high = kind == Kind::day_of_week ? 6 : s.high;
    int form = pick(0, 9);
    if (star_allowed && form < 2) return "*/" + std::to_string(pick(1, max_step(kind)));
    if (form < 5) return common_value(kind, s.low, kind == Kind::day_of_week ? 7 : high);
    std::string a = common_value(kind, s.low, high), b = common_value(kind, s.low, high);
    if (number_of(a, kind) > number_of(b, kind)) std::swap(a, b);
    std::string text = a + "-" + b;
    if (form >= 8) text += "/" + std::to_string(pick(1, max_step(kind)));
    return text;
  }

  std::string common_field(Kind kind) {
    bool day_field = kind == Kind::day_of_month || kind == Kind::day_of_week;
    if (chance(day_field ? 2 : 4)) return "*";
    std::string text = common_item(kind, !day_field);
    while (chance(4)) text += "," + common_item(kind, !day_field);
    return text;
  }

  std::string debian_common_expression() {
    if (chance(25)) {
      return any_of(std::vector<std::string>{"@yearly", "@annually", "@monthly", "@weekly",
                                             "@daily", "@hourly"});
    }
    static const std::vector<Kind> five = {Kind::minute, Kind::hour, Kind::day_of_month,
                                           Kind::month, Kind::day_of_week};
    std::vector<std::string> fields;
    for (Kind kind : five) fields.push_back(common_field(kind));
    if (chance(10)) {
      // One value both read as out of range, or a step of zero, or a missing field.
      static const std::vector<std::array<std::string, 2>> bad = {
          {"0", "60"}, {"1", "24"}, {"2", "0"},   {"2", "32"},  {"3", "0"},
          {"3", "13"}, {"4", "8"},  {"3", "jna"}, {"0", "*/0"}, {"1", "1-5/0"}};
      const auto& choice = any_of(bad);
      fields[static_cast<std::size_t>(std::stoi(choice[0]))] = choice[1];
    } else if (chance(40)) {
      fields.pop_back();
    }
    std::string text;
    for (const std::string& f : fields) text += (text.empty() ? "" : " ") + f;
    return text;
  }

  // ---- start times ---------------------------------------------------------------------------

  // 1971-01-01 .. 2090-01-01: inside the library's years with room for a few firings; in a zone
  // with offset changes, up to the end of the listed changes (see comparison_end()).
  UnixSeconds uniform_start(const std::string& zone_name) {
    UnixSeconds last = has_offset_changes(*date::locate_zone(zone_name))
                           ? end_of_listed_offset_changes
                           : 3786825600LL;
    return std::uniform_int_distribution<UnixSeconds>(31536000LL, last)(random_);
  }

  // A few hours before (or just after) one of the zone's offset changes in 2015-2035, where
  // the library's wall-clock arithmetic and supercronic's retry loop matter.
  UnixSeconds near_offset_change(const std::string& zone_name) {
    const date::time_zone* zone = date::locate_zone(zone_name);
    UnixSeconds probe =
        std::uniform_int_distribution<UnixSeconds>(1420070400LL, 2051222400LL)(random_);
    date::sys_info info = zone->get_info(date::sys_seconds{std::chrono::seconds{probe}});
    UnixSeconds change = info.end.time_since_epoch().count();
    if (change > 4102444800LL) return uniform_start(zone_name);  // no change ahead
    return change - pick(-2 * 3600, 6 * 3600) + (chance(3) ? pick(0, 59) : 0);
  }

  std::mt19937 random_;
};

// Whether cronkit reads the library's own syntax under the dialect: a seconds field, `?` and a
// year. Until it does, only the five-field syntax Vixie cron shares with the library is compared.
bool reads_library_syntax() {
  ParsedSchedule parsed = parse_schedule("30 0 12 1 1 ? 2030", DialectId::supercronic);
  for (const Diagnostic& diagnostic : parsed.diagnostics)
    if (diagnostic.rejected_by_cron) return false;
  return true;
}

void compare_with_library(int count) {
  ExpressionGenerator generator(20261205);
  std::vector<Case> cases;
  if (reads_library_syntax()) {
    for (int i = 0; i < count; ++i)
      cases.push_back(i % 10 == 9 ? generator.offset_change_case() : generator.supercronic_case());
    compare(cases, DialectId::supercronic, "supercronic dialect");
  } else {
    for (int i = 0; i < count; ++i) cases.push_back(generator.debian_common_case());
    compare(cases, DialectId::supercronic,
            "supercronic dialect, on the five-field syntax it shares with Vixie cron (cronkit "
            "does not read seconds, `?` and years under it yet)");
  }
}

TEST(SupercronicDifferential, ExpressionsReadAndScheduledAsSupercronicDoes) {
  compare_with_library(8000);
}

}  // namespace
}  // namespace cronkit
