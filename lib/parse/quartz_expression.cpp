#include "parse/quartz_expression.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <vector>

namespace cronkit {
namespace {

// CronExpression's field numbers.
enum QuartzField { second, minute, hour, day_of_month, month, day_of_week, year };

// Quartz's markers for `?` and `*` in its sets (NO_SPEC_INT, ALL_SPEC_INT).
constexpr int no_spec = 98;
constexpr int all_spec = 99;

// A ParseException: message and error offset.
struct ParseError {
  std::string message;
  int offset;
};
// Any other exception, caught by buildExpression() and wrapped: its toString().
struct JavaException {
  std::string text;
};

JavaException number_format(std::string_view input) {
  return {fmt::format("java.lang.NumberFormatException: For input string: \"{}\"", input)};
}

// Integer.parseInt(s): an optional sign and decimal digits that fit in an int.
int parse_int(std::string_view s) {
  std::size_t i = 0;
  bool negative = false;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    negative = s[0] == '-';
    i = 1;
  }
  if (i == s.size()) throw number_format(s);
  long long value = 0;
  for (; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') throw number_format(s);
    value = value * 10 + (s[i] - '0');
    if (value > static_cast<long long>(INT_MAX) + 1) throw number_format(s);
  }
  if (negative) value = -value;
  if (value > INT_MAX || value < INT_MIN) throw number_format(s);
  return static_cast<int>(value);
}

// String.charAt(i) and String.substring() with Java's bounds checks (OpenJDK 17's messages).
char char_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) {
    throw JavaException{
        fmt::format("java.lang.StringIndexOutOfBoundsException: String index out of range: {}", i)};
  }
  return s[i];
}
std::string_view substring(std::string_view s, std::size_t begin, std::size_t end) {
  if (begin > end || end > s.size()) {
    throw JavaException{
        fmt::format("java.lang.StringIndexOutOfBoundsException: begin {}, end {}, length {}", begin,
                    end, s.size())};
  }
  return s.substr(begin, end - begin);
}
std::string_view substring(std::string_view s, std::size_t begin) {
  return substring(s, begin, s.size());
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

int month_number(std::string_view name) {  // monthMap: JAN = 0
  static constexpr std::array<std::string_view, 12> names = {
      "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<int>(i);
  }
  return -1;
}

int day_of_week_number(std::string_view name) {  // dayMap: SUN = 1
  static constexpr std::array<std::string_view, 7> names = {"SUN", "MON", "TUE", "WED",
                                                            "THU", "FRI", "SAT"};
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<int>(i) + 1;
  }
  return -1;
}

// The sets as TreeSet<Integer> would hold them (any int, markers included).
struct Sets {
  std::array<std::vector<int>, 7> values;
  bool last_day_of_month = false;
  int last_day_offset = 0;
  bool nearest_weekday = false;
  bool last_day_of_week = false;
  int nth_day_of_week = 0;

  void add(int type, int value) { values[static_cast<std::size_t>(type)].push_back(value); }
  bool contains(int type, int value) const {
    for (int v : values[static_cast<std::size_t>(type)]) {
      if (v == value) return true;
    }
    return false;
  }
};

class Reader {
 public:
  Reader(Sets& sets, int max_year) : sets_(sets), max_year_(max_year) {}

  // addToSet(): range checks, then one value or a (wrapping) stepped range.
  void add_to_set(int val, int end, int incr, int type) {
    switch (type) {
      case second:
      case minute:
        if ((val < 0 || val > 59 || end > 59) && val != all_spec)
          throw ParseError{"Minute and Second values must be between 0 and 59", -1};
        break;
      case hour:
        if ((val < 0 || val > 23 || end > 23) && val != all_spec)
          throw ParseError{"Hour values must be between 0 and 23", -1};
        break;
      case day_of_month:
        if ((val < 1 || val > 31 || end > 31) && val != all_spec && val != no_spec)
          throw ParseError{"Day of month values must be between 1 and 31", -1};
        break;
      case month:
        if ((val < 1 || val > 12 || end > 12) && val != all_spec)
          throw ParseError{"Month values must be between 1 and 12", -1};
        break;
      case day_of_week:
        if ((val == 0 || val > 7 || end > 7) && val != all_spec && val != no_spec)
          throw ParseError{"Day-of-Week values must be between 1 and 7", -1};
        break;
      default:
        break;
    }
    if ((incr == 0 || incr == -1) && val != all_spec) {
      sets_.add(type, val != -1 ? val : no_spec);
      return;
    }
    long long start_at = val;
    long long stop_at = end;
    if (val == all_spec && incr <= 0) {
      incr = 1;
      sets_.add(type, all_spec);
    }
    static constexpr std::array<int, 7> lowest = {0, 0, 0, 1, 1, 1, first_quartz_year};
    const std::array<int, 7> highest = {59, 59, 23, 31, 12, 7, max_year_};
    if (stop_at == -1) stop_at = highest[static_cast<std::size_t>(type)];
    if (start_at == -1 || start_at == all_spec) start_at = lowest[static_cast<std::size_t>(type)];
    long long max = -1;
    if (stop_at < start_at) {
      static constexpr std::array<int, 6> wrap = {60, 60, 24, 31, 12, 7};
      if (type == year) {
        throw JavaException{
            "java.lang.IllegalArgumentException: Start year must be less than stop year"};
      }
      max = wrap[static_cast<std::size_t>(type)];
      stop_at += max;
    }
    for (long long i = start_at; i <= stop_at; i += incr) {
      if (max == -1) {
        sets_.add(type, static_cast<int>(i));
      } else {
        long long i2 = i % max;
        if (i2 == 0 && (type == month || type == day_of_week || type == day_of_month)) i2 = max;
        sets_.add(type, static_cast<int>(i2));
      }
    }
  }

  static void check_increment_range(int incr, int type, int at) {
    if (incr > 59 && (type == second || type == minute))
      throw ParseError{fmt::format("Increment > 60 : {}", incr), at};
    if (incr > 23 && type == hour) throw ParseError{fmt::format("Increment > 24 : {}", incr), at};
    if (incr > 31 && type == day_of_month)
      throw ParseError{fmt::format("Increment > 31 : {}", incr), at};
    if (incr > 7 && type == day_of_week)
      throw ParseError{fmt::format("Increment > 7 : {}", incr), at};
    if (incr > 12 && type == month) throw ParseError{fmt::format("Increment > 12 : {}", incr), at};
  }

  // getValue(): `v` followed by the digits from `i`; pos is one past the end when they run to
  // the end of the item.
  struct ValueSet {
    int value;
    std::size_t pos;
  };
  static ValueSet get_value(int v, std::string_view s, std::size_t i) {
    char c = char_at(s, i);
    std::string digits = std::to_string(v);
    while (is_digit(c)) {
      digits.push_back(c);
      ++i;
      if (i >= s.size()) break;
      c = s[i];
    }
    return {parse_int(digits), i < s.size() ? i : i + 1};
  }

  // nthdayOfWeek = Integer.parseInt(rest), 1-5, else Quartz's '#' message.
  void read_nth(std::string_view s, std::size_t i) {
    try {
      const int n = parse_int(substring(s, i));
      if (n < 1 || n > 5) throw JavaException{};
      sets_.nth_day_of_week = n;
    } catch (const JavaException&) {
      throw ParseError{"A numeric value between 1 and 5 must follow the '#' option",
                       static_cast<int>(i)};
    }
  }

  // storeExpressionVals() for one comma-separated item (its return value is never used).
  void store_expression_vals(std::string_view s, int type) {
    std::size_t i = 0;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    if (i >= s.size()) return;
    char c = s[i];
    if (c >= 'A' && c <= 'Z' && s != "L" && s != "LW" && !is_last_day_offset(s)) {
      read_name(s, i, type);
      return;
    }
    if (c == '?') {
      ++i;
      if (i + 1 < s.size() && s[i] != ' ' && s[i + 1] != '\t')
        throw ParseError{fmt::format("Illegal character after '?': {}", s[i]), static_cast<int>(i)};
      if (type != day_of_week && type != day_of_month)
        throw ParseError{"'?' can only be specified for Day-of-Month or Day-of-Week.",
                         static_cast<int>(i)};
      if (type == day_of_week && !sets_.last_day_of_month) {
        const auto& dom = sets_.values[day_of_month];
        if (dom.empty()) throw JavaException{"java.util.NoSuchElementException"};
        if (*std::max_element(dom.begin(), dom.end()) == no_spec)
          throw ParseError{"'?' can only be specified for Day-of-Month -OR- Day-of-Week.",
                           static_cast<int>(i)};
      }
      add_to_set(no_spec, -1, 0, type);
      return;
    }
    if (c == '*' || c == '/') {
      int incr = 0;
      if (c == '*' && i + 1 >= s.size()) {
        add_to_set(all_spec, -1, incr, type);
        return;
      }
      if (c == '/' && (i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\t'))
        throw ParseError{"'/' must be followed by an integer.", static_cast<int>(i)};
      if (c == '*') ++i;
      c = char_at(s, i);
      if (c == '/') {
        ++i;
        if (i >= s.size()) throw ParseError{"Unexpected end of string.", static_cast<int>(i)};
        // getNumericValue(): findNextWhiteSpace() always runs to the end of the item.
        incr = parse_int(substring(s, i));
        ++i;
        if (incr > 10) ++i;
        check_increment_range(incr, type, static_cast<int>(i));
      } else {
        incr = 1;
      }
      add_to_set(all_spec, -1, incr, type);
      return;
    }
    if (c == 'L') {
      ++i;
      if (type == day_of_month) sets_.last_day_of_month = true;
      if (type == day_of_week) add_to_set(7, 7, 0, type);
      if (type == day_of_month && s.size() > i) {
        c = s[i];
        if (c == '-') {
          const ValueSet vs = get_value(0, s, i + 1);
          sets_.last_day_offset = vs.value;
          if (sets_.last_day_offset > 30)
            throw ParseError{"Offset from last day must be <= 30", static_cast<int>(i + 1)};
          i = vs.pos;
        }
        if (s.size() > i && s[i] == 'W') sets_.nearest_weekday = true;
      }
      return;
    }
    if (is_digit(c)) {
      int val = c - '0';
      ++i;
      if (i >= s.size()) {
        add_to_set(val, -1, -1, type);
        return;
      }
      if (is_digit(s[i])) {
        const ValueSet vs = get_value(val, s, i);
        val = vs.value;
        i = vs.pos;
      }
      check_next(i, s, val, type);
      return;
    }
    throw ParseError{fmt::format("Unexpected character: {}", c), static_cast<int>(i)};
  }

 private:
  // s.matches("^L-[0-9]*[W]?")
  static bool is_last_day_offset(std::string_view s) {
    if (s.size() < 2 || s[0] != 'L' || s[1] != '-') return false;
    std::size_t i = 2;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i < s.size() && s[i] == 'W') ++i;
    return i == s.size();
  }

  void read_name(std::string_view s, std::size_t i, int type) {
    std::string_view sub = substring(s, i, i + 3);
    int sval = -1;
    int eval = -1;
    if (type == month) {
      sval = month_number(sub) + 1;
      if (sval <= 0)
        throw ParseError{fmt::format("Invalid Month value: '{}'", sub), static_cast<int>(i)};
      if (s.size() > i + 3 && s[i + 3] == '-') {
        i += 4;
        sub = substring(s, i, i + 3);
        eval = month_number(sub) + 1;
        if (eval <= 0)
          throw ParseError{fmt::format("Invalid Month value: '{}'", sub), static_cast<int>(i)};
      }
    } else if (type == day_of_week) {
      sval = day_of_week_number(sub);
      if (sval < 0)
        throw ParseError{fmt::format("Invalid Day-of-Week value: '{}'", sub), static_cast<int>(i)};
      if (s.size() > i + 3) {
        const char c = s[i + 3];
        if (c == '-') {
          i += 4;
          sub = substring(s, i, i + 3);
          eval = day_of_week_number(sub);
          if (eval < 0)
            throw ParseError{fmt::format("Invalid Day-of-Week value: '{}'", sub),
                             static_cast<int>(i)};
        } else if (c == '#') {
          i += 4;
          read_nth(s, i);
        } else if (c == 'L') {
          sets_.last_day_of_week = true;
        }
      }
    } else {
      throw ParseError{fmt::format("Illegal characters for this position: '{}'", sub),
                       static_cast<int>(i)};
    }
    add_to_set(sval, eval, eval != -1 ? 1 : 0, type);
  }

  // checkNext(): what follows a number.
  void check_next(std::size_t i, std::string_view s, int val, int type) {
    if (i >= s.size()) {
      add_to_set(val, -1, -1, type);
      return;
    }
    char c = s[i];
    if (c == 'L') {
      if (type != day_of_week)
        throw ParseError{fmt::format("'L' option is not valid here. (pos={})", i),
                         static_cast<int>(i)};
      if (val < 1 || val > 7) throw ParseError{"Day-of-Week values must be between 1 and 7", -1};
      sets_.last_day_of_week = true;
      sets_.add(type, val);
      return;
    }
    if (c == 'W') {
      if (type != day_of_month)
        throw ParseError{fmt::format("'W' option is not valid here. (pos={})", i),
                         static_cast<int>(i)};
      sets_.nearest_weekday = true;
      if (val > 31)
        throw ParseError{
            "The 'W' option does not make sense with values larger than 31 (max number of days "
            "in a month)",
            static_cast<int>(i)};
      sets_.add(type, val);
      return;
    }
    if (c == '#') {
      if (type != day_of_week)
        throw ParseError{fmt::format("'#' option is not valid here. (pos={})", i),
                         static_cast<int>(i)};
      ++i;
      read_nth(s, i);
      sets_.add(type, val);
      return;
    }
    if (c == '-') {
      ++i;
      c = char_at(s, i);
      const int v = parse_int(std::string_view(&c, 1));
      int end = v;
      ++i;
      if (i >= s.size()) {
        add_to_set(val, end, 1, type);
        return;
      }
      c = s[i];
      if (is_digit(c)) {
        const ValueSet vs = get_value(v, s, i);
        end = vs.value;
        i = vs.pos;
      }
      if (i < s.size() && s[i] == '/') {
        ++i;
        c = char_at(s, i);
        const int v2 = parse_int(std::string_view(&c, 1));
        ++i;
        if (i >= s.size()) {
          add_to_set(val, end, v2, type);
          return;
        }
        c = s[i];
        if (is_digit(c)) {
          add_to_set(val, end, get_value(v2, s, i).value, type);
        } else {
          add_to_set(val, end, v2, type);
        }
        return;
      }
      add_to_set(val, end, 1, type);
      return;
    }
    if (c == '/') {
      if (i + 1 >= s.size() || s[i + 1] == ' ' || s[i + 1] == '\t')
        throw ParseError{"'/' must be followed by an integer.", static_cast<int>(i)};
      ++i;
      c = s[i];
      const int v2 = parse_int(std::string_view(&c, 1));
      ++i;
      if (i >= s.size()) {
        check_increment_range(v2, type, static_cast<int>(i));
        add_to_set(val, -1, v2, type);
        return;
      }
      c = s[i];
      if (is_digit(c)) {
        const int v3 = get_value(v2, s, i).value;
        check_increment_range(v3, type, static_cast<int>(i));
        add_to_set(val, -1, v3, type);
        return;
      }
      throw ParseError{fmt::format("Unexpected character '{}' after '/'", c), static_cast<int>(i)};
    }
    add_to_set(val, -1, 0, type);
  }

  Sets& sets_;
  int max_year_;
};

// String.trim(): every character up to U+0020 goes at both ends.
std::string_view java_trim(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
  return s;
}

QuartzCron to_cron(const Sets& sets) {
  QuartzCron cron;
  auto fill = [&](auto& bits, int type, int base) {
    for (int v : sets.values[static_cast<std::size_t>(type)]) {
      const int i = v - base;
      if (i >= 0 && static_cast<std::size_t>(i) < bits.size())
        bits.set(static_cast<std::size_t>(i));
    }
  };
  // The markers 98 and 99 fall outside every bitset but the years'; those are below 1970.
  fill(cron.seconds, second, 0);
  fill(cron.minutes, minute, 0);
  fill(cron.hours, hour, 0);
  fill(cron.days_of_month, day_of_month, 0);
  fill(cron.months, month, 0);
  fill(cron.days_of_week, day_of_week, 0);
  fill(cron.years, year, first_quartz_year);
  cron.day_of_month_unspecified = sets.contains(day_of_month, no_spec);
  cron.day_of_week_unspecified = sets.contains(day_of_week, no_spec);
  cron.last_day_of_month = sets.last_day_of_month;
  cron.last_day_offset = sets.last_day_offset;
  cron.nearest_weekday = sets.nearest_weekday;
  cron.last_day_of_week = sets.last_day_of_week;
  cron.nth_day_of_week = sets.nth_day_of_week;
  return cron;
}

}  // namespace

QuartzReading read_quartz_expression(std::string_view expression, int max_year) {
  QuartzReading reading;
  // The constructor: toUpperCase(Locale.US).
  std::string upper(expression);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  Sets sets;
  Reader reader(sets, max_year);
  try {
    try {
      int field = second;
      // StringTokenizer(expression, " \t"): runs between spaces and tabs; at most seven are read.
      std::size_t at = 0;
      while (field <= year) {
        while (at < upper.size() && (upper[at] == ' ' || upper[at] == '\t')) ++at;
        if (at == upper.size()) break;
        const std::size_t begin = at;
        while (at < upper.size() && upper[at] != ' ' && upper[at] != '\t') ++at;
        reading.fields[static_cast<std::size_t>(field)] = {begin, at};
        reading.count = static_cast<std::size_t>(field) + 1;
        const std::string_view expr = java_trim(std::string_view(upper).substr(begin, at - begin));
        const bool has_l = expr.find('L') != std::string_view::npos;
        const bool has_comma = expr.find(',') != std::string_view::npos;
        if (field == day_of_month && has_l && expr.size() > 1 && has_comma)
          throw ParseError{
              "Support for specifying 'L' and 'LW' with other days of the month is not "
              "implemented",
              -1};
        if (field == day_of_week && has_l && expr.size() > 1 && has_comma)
          throw ParseError{
              "Support for specifying 'L' with other days of the week is not implemented", -1};
        if (field == day_of_week) {
          const std::size_t hash = expr.find('#');
          if (hash != std::string_view::npos && expr.find('#', hash + 1) != std::string_view::npos)
            throw ParseError{"Support for specifying multiple \"nth\" days is not implemented.",
                             -1};
        }
        // StringTokenizer(expr, ","): empty items are skipped.
        std::size_t item = 0;
        while (item < expr.size()) {
          const std::size_t comma = std::min(expr.find(',', item), expr.size());
          if (comma > item) reader.store_expression_vals(expr.substr(item, comma - item), field);
          item = comma + 1;
        }
        ++field;
      }
      if (field <= day_of_week)
        throw ParseError{"Unexpected end of expression.", static_cast<int>(upper.size())};
      if (field <= year) reader.store_expression_vals("*", year);
      const bool day_of_month_spec = !sets.contains(day_of_month, no_spec);
      const bool day_of_week_spec = !sets.contains(day_of_week, no_spec);
      if ((!day_of_month_spec || day_of_week_spec) && (!day_of_week_spec || day_of_month_spec))
        throw ParseError{
            "Support for specifying both a day-of-week AND a day-of-month parameter is not "
            "implemented.",
            0};
    } catch (const JavaException& e) {
      throw ParseError{fmt::format("Illegal cron expression format ({})", e.text), 0};
    }
  } catch (const ParseError& e) {
    reading.message = e.message;
    reading.offset = e.offset;
    return reading;
  }
  reading.cron = to_cron(sets);
  return reading;
}

Schedule quartz_schedule(const QuartzCron& cron, bool has_year_field, int max_year) {
  Schedule s;
  s.writable_extras().seconds = cron.seconds;
  s.minutes = cron.minutes;
  s.hours = cron.hours;
  s.months = cron.months;
  s.minute_star = s.minutes.all();
  s.hour_star = s.hours.all();
  auto first_of = [](const auto& bits) -> int {
    for (std::size_t i = 0; i < bits.size(); ++i) {
      if (bits.test(i)) return static_cast<int>(i);
    }
    return -1;
  };
  if (cron.by_day_of_month()) {
    s.days_of_week.set();
    s.day_of_week_star = true;
    const int first = first_of(cron.days_of_month);
    if (cron.last_day_of_month) {
      (cron.nearest_weekday ? s.writable_extras().quartz.last_weekday
                            : s.writable_extras().quartz.last_day) = true;
      s.writable_extras().quartz.last_day_offset = static_cast<std::uint8_t>(cron.last_day_offset);
    } else if (cron.nearest_weekday) {
      // getTimeAfter() moves daysOfMonth.first() only; the other values never fire.
      if (first >= 1) s.writable_extras().quartz.nearest_weekday = 1u << first;
    } else {
      for (int d = 1; d <= 31; ++d)
        s.days_of_month.set(static_cast<std::size_t>(d),
                            cron.days_of_month.test(static_cast<std::size_t>(d)));
    }
  } else {
    for (int d = 1; d <= 31; ++d) s.days_of_month.set(static_cast<std::size_t>(d));
    s.day_of_month_star = true;
    // Quartz 1 = Sunday .. 7 = Saturday; the schedule's 0 = Sunday .. 6 = Saturday.
    const int first = first_of(cron.days_of_week);
    if (cron.last_day_of_week || cron.nth_day_of_week != 0) {
      // getTimeAfter() looks at daysOfWeek.first() only.
      if (first >= 1 && first <= 7) {
        const auto bit = static_cast<std::uint8_t>(1u << (first - 1));
        if (cron.last_day_of_week) {
          s.writable_extras().quartz.last_in_month = bit;
        } else {
          s.writable_extras()
              .quartz.nth_in_month[static_cast<std::size_t>(cron.nth_day_of_week - 1)] = bit;
        }
      }
    } else {
      for (int d = 1; d <= 7; ++d) {
        if (cron.days_of_week.test(static_cast<std::size_t>(d)))
          s.days_of_week.set(static_cast<std::size_t>(d - 1));
      }
      if (s.days_of_week.test(0)) s.days_of_week.set(7);
    }
  }
  // The year field: unlimited when it allows every year Quartz searches.
  bool every_year = true;
  for (int y = first_quartz_year; y <= std::min(max_year, last_quartz_year); ++y) {
    every_year = every_year && cron.years.test(static_cast<std::size_t>(y - first_quartz_year));
  }
  // The schedule's year list ends with 2099; a Quartz year after that (up to MAX_YEAR) leaves the
  // years unlimited there rather than wrongly "never".
  bool beyond_listed_years = false;
  for (int y = last_cronexpr_year + 1; y <= std::min(max_year, last_quartz_year); ++y) {
    beyond_listed_years =
        beyond_listed_years || cron.years.test(static_cast<std::size_t>(y - first_quartz_year));
  }
  if (has_year_field && !every_year && !beyond_listed_years) {
    s.writable_extras().years_limited = true;
    for (int y = first_cronexpr_year; y <= last_cronexpr_year; ++y) {
      s.writable_extras().years.set(
          static_cast<std::size_t>(y - first_cronexpr_year),
          cron.years.test(static_cast<std::size_t>(y - first_quartz_year)));
    }
  }
  s.writable_extras().quartz_cron = std::make_shared<const QuartzCron>(cron);
  return s;
}

}  // namespace cronkit
