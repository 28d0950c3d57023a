#include "parse/fugit_expression.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <memory>
#include <variant>
#include <vector>

#include <tao/pegtl.hpp>

#include "grammar/fugit.hpp"

namespace cronkit {
namespace {

namespace pegtl = tao::pegtl;
namespace g = grammar::fugit;

// The fields in fugit's order (`h[:sec]` ... `h[:dow]`).
enum FugitField { second, minute, hour, day_of_month, month, day_of_week };

constexpr std::array<std::string_view, 6> field_names = {"second",       "minute", "hour",
                                                         "day of month", "month",  "day of week"};

// One list element as cron.rb rewrite_elt gives it: [a, z, sl, ha, mo].
struct Element {
  std::optional<int> first;
  std::optional<int> last;
  std::optional<int> step;
  std::optional<int> nth;
  std::optional<std::pair<std::uint64_t, std::uint64_t>> modulo;
  std::size_t begin = 0;
  std::size_t end = 0;
};

struct State {
  std::string_view text;
  int field = minute;
  bool has_seconds = false;
  bool day_and = false;
  std::array<std::vector<Element>, 6> lists;
  std::array<FugitFieldText, 6> spans{};
  Element scratch;
  bool number_too_large = false;
  std::size_t too_large_at = 0;

  void reset(bool seconds) {
    has_seconds = seconds;
    day_and = false;
    for (auto& list : lists) list.clear();
    spans = {};
  }
};

int lower(char c) {
  return std::tolower(static_cast<unsigned char>(c));
}
bool equals_lower(std::string_view text, std::string_view name) {
  return text.size() == name.size() &&
         std::equal(text.begin(), text.end(), name.begin(),
                    [](char a, char b) { return lower(a) == lower(b); });
}

// rewrite_bound: a month or weekday name's index, -1 for `L`/`last`, else String#to_i.
int bound_value(std::string_view text, int field) {
  static constexpr std::array<std::string_view, 12> months = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  static constexpr std::array<std::string_view, 7> weekdays = {"sun", "mon", "tue", "wed",
                                                               "thu", "fri", "sat"};
  if (field == month) {
    for (std::size_t i = 0; i < months.size(); ++i) {
      if (equals_lower(text, months[i])) return static_cast<int>(i) + 1;
    }
  }
  if (field == day_of_week) {
    for (std::size_t i = 0; i < weekdays.size(); ++i) {
      if (equals_lower(text, weekdays[i])) return static_cast<int>(i);
    }
  }
  if (field == day_of_month && lower(text.front()) == 'l') return -1;
  bool negative = text.front() == '-';
  int value = 0;
  for (char c : text.substr(negative ? 1 : 0)) value = value * 10 + (c - '0');
  return negative ? -value : value;
}

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

template <>
struct action<g::second_form> {
  static void apply0(State& s) { s.reset(true); }
};
template <>
struct action<g::classic_form> {
  static void apply0(State& s) { s.reset(false); }
};

template <int Field>
struct field_marker {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& s) {
    s.field = Field;
    const auto at = static_cast<std::size_t>(in.begin() - s.text.data());
    s.spans[Field] = {at, at};
  }
};
template <>
struct action<g::at_second> : field_marker<second> {};
template <>
struct action<g::at_minute> : field_marker<minute> {};
template <>
struct action<g::at_hour> : field_marker<hour> {};
template <>
struct action<g::at_day_of_month> : field_marker<day_of_month> {};
template <>
struct action<g::at_month> : field_marker<month> {};
template <>
struct action<g::at_day_of_week> : field_marker<day_of_week> {};

template <>
struct action<g::element_start> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& s) {
    s.scratch = Element{};
    s.scratch.begin = static_cast<std::size_t>(in.begin() - s.text.data());
  }
};

template <typename Value>
struct action<g::first<Value>> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& s) {
    s.scratch.first = bound_value(in.string_view(), s.field);
  }
};
template <typename Value>
struct action<g::last<Value>> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& s) {
    s.scratch.last = bound_value(in.string_view(), s.field);
  }
};

template <>
struct action<g::step> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& s) {
    s.scratch.step = bound_value(in.string_view().substr(1), minute);
  }
};

template <>
struct action<g::nth> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& s) {
    const std::string_view text = in.string_view().substr(1);
    s.scratch.nth = lower(text.front()) == 'l' ? -1 : bound_value(text, minute);
  }
};

template <>
struct action<g::modulo> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& s) {
    // "%m" or "%m+k": Ruby reads numbers of any size; cronkit keeps 64 bits and says so beyond.
    const std::string_view text = in.string_view().substr(1);
    const std::size_t plus = text.find('+');
    auto number = [&](std::string_view digits) {
      std::uint64_t value = 0;
      for (char c : digits) {
        const auto d = static_cast<std::uint64_t>(c - '0');
        if (value > (std::numeric_limits<std::uint64_t>::max() - d) / 10) {
          s.number_too_large = true;
          s.too_large_at = static_cast<std::size_t>(in.begin() - s.text.data());
          return value;
        }
        value = value * 10 + d;
      }
      return value;
    };
    const std::uint64_t modulus = number(text.substr(0, plus));
    const std::uint64_t remainder =
        plus == std::string_view::npos ? 0 : number(text.substr(plus + 1));
    s.scratch.modulo = std::pair{modulus, remainder};
  }
};

template <typename Element>
struct action<g::element<Element>> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& s) {
    s.scratch.end = static_cast<std::size_t>(in.end() - s.text.data());
    s.lists[static_cast<std::size_t>(s.field)].push_back(s.scratch);
    s.spans[static_cast<std::size_t>(s.field)].end = s.scratch.end;
  }
};

template <>
struct action<g::day_and> {
  template <typename ActionInput>
  static void apply(const ActionInput& in, State& s) {
    s.day_and = true;
    s.spans[static_cast<std::size_t>(s.field)].end =
        static_cast<std::size_t>(in.end() - s.text.data());
  }
};

// A Ruby exception raised while fugit builds the cron (GitLab does not rescue it).
struct Raised {
  std::string message;
  std::size_t begin, end;
};
// fugit answers nil.
struct Invalid {
  std::string message;
  std::size_t begin, end;
};

struct Star {};
using Expansion = std::variant<Star, std::vector<int>>;

// cron.rb `expand` and `range`.
Expansion expand(int min, int max, const Element& e) {
  std::optional<int> sta = e.first;
  std::optional<int> edn = e.last;
  std::optional<int> sla = e.step;
  if (sla && !edn) edn = max;
  if (!sta && !edn && !sla) return Star{};
  if (sta && !edn) return std::vector<int>{*sta};
  const int step = sla.value_or(1);
  const int start = sta.value_or(min);
  int end = edn.value_or(max);
  if (end < 0 && start > 0) end = max;
  if (start == min && end == max && step == 1) return Star{};  // fugit 1.7 on: a full range is `*`
  if ((start < 0 && end > 0) || (end < 0 && start > 0)) {
    throw Raised{
        fmt::format("ArgumentError: both start and end must be negative in {{min: {}, max: "
                    "{}, sta: {}, edn: {}, sla: {}}}",
                    min, max, start, end, step),
        e.begin, e.end};
  }
  const int field_max = max;
  int lo = min;
  int hi = max;
  if (start < 0) lo = -max, hi = -1;
  std::vector<int> values;
  int cur = start;
  for (;;) {
    values.push_back(cur);
    if (cur == end) break;
    ++cur;
    if (cur > hi) {
      cur = lo;
      if (end > hi) end = end - hi - 1;
    }
    if (values.size() > static_cast<std::size_t>(2 * field_max)) {
      throw Raised{"RuntimeError: too many loops for #range, breaking", e.begin, e.end};
    }
  }
  if (step == 0) {
    throw Raised{"ZeroDivisionError: divided by 0 (a step of 0)", e.begin, e.end};
  }
  std::vector<int> picked;
  for (std::size_t i = 0; i < values.size(); i += static_cast<std::size_t>(step)) {
    if (std::find(picked.begin(), picked.end(), values[i]) == picked.end())
      picked.push_back(values[i]);
  }
  return picked;
}

// do_determine: nothing (nil) when any element means every value.
std::optional<std::vector<int>> determine(const std::vector<Element>& list, int field, int min,
                                          int max) {
  std::vector<int> values;
  bool any = false;
  for (const Element& e : list) {
    const Expansion x = expand(min, max, e);
    if (std::holds_alternative<Star>(x)) {
      any = true;
      continue;
    }
    for (int v : std::get<std::vector<int>>(x)) values.push_back(field == hour && v == 24 ? 0 : v);
  }
  if (any) return std::nullopt;
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return values;
}

// determine_weekdays, then weekday_match?'s choice of the first entry for a weekday.
void determine_weekdays(const std::vector<Element>& list, FugitCron& cron) {
  struct Entry {
    int day;
    const Element* element;  // with nth or modulo; nullptr: every such weekday
  };
  std::vector<Entry> entries;
  for (const Element& e : list) {
    if (e.nth || e.modulo) {
      entries.push_back({*e.first, &e});
    } else if (e.step) {
      const int from = e.first.value_or(0);
      const int to = e.last.value_or(e.first ? *e.first : 6);
      const int step = *e.step < 1 ? 1 : *e.step;
      for (int i = from; i <= to; i += step) entries.push_back({i, nullptr});
    } else if (e.last) {
      const int to = *e.first > *e.last ? *e.last + 7 : *e.last;
      for (int i = *e.first; i <= to; ++i) entries.push_back({i > 6 ? i - 7 : i, nullptr});
    } else if (e.first) {
      entries.push_back({*e.first, nullptr});
    }
  }
  if (entries.empty()) {
    cron.any_weekday = true;
    return;
  }
  for (Entry& entry : entries) {
    if (entry.day == 7) entry.day = 0;
  }
  for (int day = 0; day < 7; ++day) {
    FugitWeekday& rule = cron.weekdays[static_cast<std::size_t>(day)];
    bool has_nth = false;
    bool has_modulo = false;
    const Element* nth_element = nullptr;
    const Element* modulo_element = nullptr;
    for (const Entry& entry : entries) {
      if (entry.day != day) continue;
      if (!entry.element) {
        rule.kind = FugitWeekday::Kind::every;
        continue;
      }
      if (entry.element->nth) {
        has_nth = true;
        if (!nth_element || *entry.element->nth < *nth_element->nth) nth_element = entry.element;
      } else {
        has_modulo = true;
        if (!modulo_element || *entry.element->modulo < *modulo_element->modulo)
          modulo_element = entry.element;
      }
    }
    // `@weekdays.sort!` compares [d, n] with [d, [m, k]]: Integer <=> Array is nil.
    if (has_nth && has_modulo) {
      throw Raised{
          "ArgumentError: comparison of Array with Array failed (one weekday with both "
          "'#' and '%')",
          nth_element->begin, modulo_element->end};
    }
    if (rule.kind == FugitWeekday::Kind::every) continue;
    if (nth_element) {
      rule.kind = FugitWeekday::Kind::nth;
      rule.nth = *nth_element->nth;
    } else if (modulo_element) {
      rule.kind = FugitWeekday::Kind::modulo;
      rule.modulus = modulo_element->modulo->first;
      rule.remainder = modulo_element->modulo->second;
    }
  }
}

std::string_view month_name(int m) {
  static constexpr std::array<std::string_view, 13> names = {
      "",     "January", "February",  "March",   "April",    "May",     "June",
      "July", "August",  "September", "October", "November", "December"};
  return names[static_cast<std::size_t>(m)];
}

// cron.rb `init`: the fields in order, then compact_month_days.
FugitCron build(const State& s) {
  FugitCron cron;
  cron.day_and = s.day_and;
  auto fill = [&](int field, int min, int max, auto& bits, bool& any) {
    if (field == second && !s.has_seconds) return;  // `arr || [ 0 ]`
    const auto values = determine(s.lists[static_cast<std::size_t>(field)], field, min, max);
    if (!values) {
      any = true;
      return;
    }
    bits.reset();
    for (int v : *values) bits.set(static_cast<std::size_t>(v));
  };
  fill(second, 0, 59, cron.seconds, cron.any_second);
  fill(minute, 0, 59, cron.minutes, cron.any_minute);
  fill(hour, 0, 23, cron.hours, cron.any_hour);
  const auto days = determine(s.lists[day_of_month], day_of_month, 1, 31);
  cron.any_month_day = !days;
  fill(month, 1, 12, cron.months, cron.any_month);
  determine_weekdays(s.lists[day_of_week], cron);
  if (days) {
    for (int d : *days)
      (d < 0 ? cron.days_from_end : cron.month_days).set(static_cast<std::size_t>(d < 0 ? -d : d));
  }
  // compact_month_days: keep the (month, day) pairs that exist (MAXDAYS, February 29).
  if (!cron.any_month && days) {
    static constexpr std::array<int, 13> max_days = {0,  31, 29, 31, 30, 31, 30,
                                                     31, 31, 30, 31, 30, 31};
    std::bitset<13> months;
    std::bitset<32> month_days;
    for (int m = 1; m <= 12; ++m) {
      if (!cron.months.test(static_cast<std::size_t>(m))) continue;
      for (int d = 1; d <= 31; ++d) {
        if (cron.month_days.test(static_cast<std::size_t>(d)) &&
            d <= max_days[static_cast<std::size_t>(m)]) {
          months.set(static_cast<std::size_t>(m));
          month_days.set(static_cast<std::size_t>(d));
        }
      }
      if (cron.days_from_end.any()) months.set(static_cast<std::size_t>(m));
    }
    if (months.none()) {
      std::string which;
      for (int m = 1; m <= 12; ++m) {
        if (!cron.months.test(static_cast<std::size_t>(m))) continue;
        if (!which.empty()) which += ", ";
        which += month_name(m);
      }
      const FugitFieldText dom = s.spans[day_of_month];
      const FugitFieldText mon = s.spans[month];
      throw Invalid{fmt::format("no day of the day-of-month field exists in {} (fugit drops day "
                                "and month pairs that never occur, and nothing is left)",
                                which),
                    dom.begin, mon.end};
    }
    cron.months = months;
    cron.month_days = month_days;
  }
  return cron;
}

// ---- Diagnosis: why the grammar does not match -------------------------------------------------

bool is_strip_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || c == '\0';
}
bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// How far a field's rule reads `word`: the length it consumes (0 when it fails at once).
template <typename Field>
std::size_t field_reach(std::string_view word) {
  pegtl::memory_input in(word.data(), word.size(), "");
  State scratch;
  scratch.text = word;
  if (!pegtl::parse<Field, action>(in, scratch)) return 0;
  return static_cast<std::size_t>(in.current() - word.data());
}

std::size_t reach_of(int field, std::string_view word) {
  switch (field) {
    case second:
      return field_reach<g::second_field>(word);
    case minute:
      return field_reach<g::minute_field>(word);
    case hour:
      return field_reach<g::hour_field>(word);
    case day_of_month:
      return field_reach<g::day_of_month_field>(word);
    case month:
      return field_reach<g::month_field>(word);
    default:
      return field_reach<g::day_of_week_field>(word);
  }
}

std::string_view field_syntax(int field) {
  switch (field) {
    case second:
      return "0-59";
    case minute:
      return "0-59";
    case hour:
      return "0-24 (24 is midnight)";
    case day_of_month:
      return "1-31, -1 to -31 counting from the end of the month, or L (last)";
    case month:
      return "1-12 or jan-dec";
    default:
      return "0-7 (0 and 7 are Sunday) or sun-sat, optionally with #n (1 to 5, -1 to -5, L) or "
             "%n[+k]";
  }
}

// fugit's zone rules (_tz_name, _tz_delta) on one word.
bool looks_like_zone(std::string_view word) {
  if (word.empty()) return false;
  if ((word[0] == '+' || word[0] == '-') && word.size() >= 3 &&
      std::isdigit(static_cast<unsigned char>(word[1])))
    return true;
  return std::isupper(static_cast<unsigned char>(word[0])) && word.size() >= 2 &&
         std::all_of(word.begin(), word.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) || c == '/' || c == '_' || c == '+' ||
                  c == '-';
         });
}

Invalid diagnose(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size() && is_strip_space(text[start])) ++start;
  if (start == text.size()) return {"the expression is empty", 0, text.size()};
  const std::size_t question = text.find('?');
  if (question != std::string_view::npos) {
    return {"fugit has no '?'; write '*' for any day", question, question + 1};
  }
  // Words separated by blanks.
  struct Word {
    std::size_t begin, end;
  };
  std::vector<Word> words;
  for (std::size_t i = start; i < text.size();) {
    while (i < text.size() && is_blank(text[i])) ++i;
    if (i == text.size()) break;
    const std::size_t b = i;
    while (i < text.size() && !is_blank(text[i])) ++i;
    words.push_back({b, i});
  }
  std::size_t end = text.size();
  while (end > start && is_strip_space(text[end - 1])) --end;
  if (end < text.size() && text.substr(end).find_first_not_of(' ') != std::string_view::npos) {
    return {
        "white space other than spaces at the end: GitLab appends ' <zone>' to the expression "
        "and fugit reads the zone only after spaces",
        end, text.size()};
  }
  auto word_text = [&](const Word& w) { return text.substr(w.begin, w.end - w.begin); };
  if ((words.size() == 6 || words.size() == 7) && looks_like_zone(word_text(words.back()))) {
    return {
        "a zone in the expression: GitLab appends the schedule's own zone (its cron timezone "
        "setting) and fugit reads only one; set the zone there instead",
        words.back().begin, words.back().end};
  }
  if (words.size() != 5 && words.size() != 6) {
    return {fmt::format("expected 5 fields (minute hour day-of-month month day-of-week) or 6 with "
                        "the second first, found {}",
                        words.size()),
            start, end};
  }
  const bool seconds = words.size() == 6;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const int field = static_cast<int>(i) + (seconds ? 0 : 1);
    const std::string_view word = word_text(words[i]);
    const std::size_t reach = reach_of(field, word);
    if (reach == word.size()) continue;
    // The token around the place the field's rule stopped.
    std::size_t tb = reach;
    while (tb > 0 && std::isalnum(static_cast<unsigned char>(word[tb - 1]))) --tb;
    std::size_t te = reach;
    while (te < word.size() && std::isalnum(static_cast<unsigned char>(word[te]))) ++te;
    const std::string_view token = word.substr(tb, te - tb);
    const std::size_t at = words[i].begin + (token.empty() ? reach : tb);
    const std::size_t to = words[i].begin + (token.empty() ? std::min(reach + 1, word.size()) : te);
    const std::string_view name = field_names[static_cast<std::size_t>(field)];
    if (!token.empty() && std::all_of(token.begin(), token.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c));
        })) {
      if (tb > 0 && word[tb - 1] == '/') {
        return {fmt::format("the step /{} has more than two digits (fugit reads /\\d\\d?)", token),
                at, to};
      }
      return {fmt::format("{} is not a {} value: fugit reads {}", token, name, field_syntax(field)),
              at, to};
    }
    if (token.size() > 3 && (field == month || field == day_of_week)) {
      return {
          fmt::format("'{}': fugit reads only three-letter names ({})", token, token.substr(0, 3)),
          at, to};
    }
    if (field == day_of_month && !token.empty() && (token.back() == 'W' || token.back() == 'w')) {
      return {"fugit has no 'W' (nearest weekday)", at, to};
    }
    if (field == day_of_week && !token.empty() && token.size() > 1 &&
        (token.back() == 'L' || token.back() == 'l')) {
      return {fmt::format("fugit has no '{}'; the last one in the month is written '{}#L'", token,
                          token.substr(0, token.size() - 1)),
              at, to};
    }
    if (!token.empty() && (field == second || field == minute || field == hour || field == month) &&
        (token == "L" || token == "l")) {
      return {fmt::format("'L' is only a day of month in fugit, not a {}", name), at, to};
    }
    return {fmt::format("fugit cannot read the {} field here: it reads {}, '*', ranges a-b, "
                        "steps /n and lists with ','",
                        name, field_syntax(field)),
            at, to};
  }
  return {"fugit cannot read the expression (blanks inside a field?)", start, end};
}

// cron.rb SPECIALS.
std::optional<std::string_view> special_expansion(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> specials = {{
      {"@yearly", "0 0 1 1 *"},
      {"@annually", "0 0 1 1 *"},
      {"@monthly", "0 0 1 * *"},
      {"@weekly", "0 0 * * 0"},
      {"@daily", "0 0 * * *"},
      {"@midnight", "0 0 * * *"},
      {"@noon", "0 12 * * *"},
      {"@hourly", "0 * * * *"},
  }};
  for (const auto& [name, expansion] : specials) {
    if (name == word) return expansion;
  }
  return std::nullopt;
}

bool is_ruby_space(char c) {  // \s
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

}  // namespace

FugitReading read_gitlab_expression(std::string_view expression) {
  FugitReading reading;
  std::string_view text = expression;
  std::string expanded;
  std::size_t start = 0;
  while (start < text.size() && is_strip_space(text[start])) ++start;
  if (start < text.size() && text[start] == '@') {
    // Fugit::Cron.parse: s.split(/\s+/, 2), the first word replaced by its SPECIALS value.
    std::size_t word_end = start;
    while (word_end < text.size() && !is_ruby_space(text[word_end])) ++word_end;
    const std::string_view word = text.substr(start, word_end - start);
    const auto expansion = special_expansion(word);
    if (!expansion) {
      reading.error_begin = start;
      reading.error_end = word_end;
      if (word == "@reboot") {
        reading.message = "@reboot is not a time (fugit reads it as :reboot, not a cron)";
      } else {
        reading.message = fmt::format(
            "unknown @-word {}: fugit knows @yearly, @annually, @monthly, @weekly, @daily, "
            "@midnight, @noon and @hourly, in lower case",
            word);
      }
      return reading;
    }
    reading.special = word;
    reading.special_expansion = *expansion;
    std::size_t rest = word_end;
    while (rest < text.size() && is_ruby_space(text[rest])) ++rest;
    expanded = std::string(*expansion);
    if (rest < text.size()) expanded += " " + std::string(text.substr(rest));
    text = expanded;
  }

  State state;
  state.text = text;
  bool matched = false;
  {
    pegtl::memory_input in(text.data(), text.size(), "");
    matched = pegtl::parse<g::gitlab_expression, action>(in, state);
  }
  auto locate = [&](std::size_t begin, std::size_t end) {
    if (reading.special.empty()) {
      reading.error_begin = begin;
      reading.error_end = end;
    } else {
      reading.error_begin = start;
      reading.error_end = expression.size();
    }
  };
  if (!matched) {
    const Invalid why = diagnose(text);
    reading.message = why.message;
    if (!reading.special.empty()) {
      reading.message = fmt::format("{} reads as '{}': {}", reading.special, text, why.message);
    }
    locate(why.begin, why.end);
    return reading;
  }
  if (state.number_too_large) {
    reading.message = "a number after '%' larger than cronkit reads (64 bits)";
    locate(state.too_large_at, state.too_large_at + 1);
    return reading;
  }
  try {
    FugitCron cron = build(state);
    reading.cron = cron;
  } catch (const Raised& raised) {
    reading.raises = true;
    reading.message = raised.message;
    locate(raised.begin, raised.end);
    return reading;
  } catch (const Invalid& invalid) {
    reading.message = invalid.message;
    locate(invalid.begin, invalid.end);
    return reading;
  }
  reading.has_seconds = state.has_seconds;
  if (reading.special.empty()) {
    reading.fields_known = true;
    reading.fields = state.spans;
  }
  return reading;
}

Schedule fugit_schedule(const FugitCron& cron) {
  Schedule s;
  s.writable_extras().seconds = cron.any_second ? std::bitset<60>{}.set() : cron.seconds;
  s.minutes = cron.any_minute ? std::bitset<60>{}.set() : cron.minutes;
  s.hours = cron.any_hour ? std::bitset<24>{}.set() : cron.hours;
  for (int m = 1; m <= 12; ++m)
    s.months.set(static_cast<std::size_t>(m),
                 cron.any_month || cron.months.test(static_cast<std::size_t>(m)));
  s.minute_star = cron.any_minute;
  s.hour_star = cron.any_hour;
  s.day_of_month_star = cron.any_month_day;
  s.day_of_week_star = cron.any_weekday;
  s.both_day_fields_must_match = cron.day_and;
  for (int d = 1; d <= 31; ++d) {
    s.days_of_month.set(static_cast<std::size_t>(d),
                        cron.any_month_day || cron.month_days.test(static_cast<std::size_t>(d)));
  }
  // Days counted from the end of the month, n-th weekdays and week modulos have no place in
  // these sets: the explanations and the clock read them from fugit_cron.
  for (int d = 0; d < 7; ++d) {
    const bool every = cron.any_weekday ||
                       cron.weekdays[static_cast<std::size_t>(d)].kind == FugitWeekday::Kind::every;
    s.days_of_week.set(static_cast<std::size_t>(d), every);
  }
  if (s.days_of_week.test(0)) s.days_of_week.set(7);
  s.writable_extras().fugit_cron = std::make_shared<const FugitCron>(cron);
  return s;
}

}  // namespace cronkit
