#pragma once
// Building an Entry from the grammar: the PEGTL control (which raises the error of
// grammar/errors.hpp at each `must<>` point) and the actions that fill in fields, items, steps,
// the special, the user and the command, then the Schedule they expand to. Private to the
// parser: included by parse.cpp only, which reads lines and decides what each one is.

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <tao/pegtl.hpp>
#include <type_traits>

#include "ast/ast.hpp"
#include "grammar/crontab.hpp"
#include "grammar/errors.hpp"
#include "parse/command_text.hpp"
#include "parse/cronexpr_values.hpp"
#include "parse/field_values.hpp"

namespace cronkit {
namespace {

namespace pegtl = tao::pegtl;
namespace g = grammar;

// A problem on the line being parsed, with byte offsets into that line. Thrown for problems
// that make cron reject the line; collected for the ones cron accepts.
struct LineProblem {
  std::string code;
  std::string message;
  std::size_t begin = 0;
  std::size_t end = 0;
  Severity severity = Severity::error;
};

// What the actions build while the grammar walks one entry (or one stand-alone schedule). The
// crontab parser keeps one builder for the whole file and resets it for each line, so that the
// item buffer is allocated once rather than once per line.
struct EntryBuilder {
  EntryBuilder(const Dialect& rules, std::string_view text) : dialect(rules), line(text) {}

  // Ready for the next line; keeps the capacity of the buffers.
  void reset(std::string_view text) {
    line = text;
    special.reset();
    fields = {};
    items.clear();
    field_items_begin = {};
    field_items_end = {};
    field_index = -1;
    field_begin = 0;
    item = FieldItem{};
    item_has_range = false;
    user.reset();
    user_begin = 0;
    command_begin = 0;
    line_options = 0;
    line_options_begin = line_options_end = 0;
    schedule = Schedule{};
    notes.clear();
    robfig_zone_prefix = false;
    robfig_zone.reset();
    robfig_day_of_month_star = robfig_day_of_week_star = false;
  }

  const Dialect& dialect;
  std::string_view line;  // the text being parsed; all offsets are relative to it
  std::optional<Special> special;
  std::size_t special_begin = 0, special_end = 0;
  // Indexed by FieldKind: the five fields, then cronexpr's second and year. Items are collected
  // in `items` below while reading.
  std::array<Field, 7> fields{};
  // The items of all fields in the order read; field i's are [field_items_begin[i],
  // field_items_end[i]).
  std::vector<FieldItem> items;
  std::array<std::size_t, 7> field_items_begin{};
  std::array<std::size_t, 7> field_items_end{};
  int field_index = -1;  // the field being read; -1 before the first
  std::size_t field_begin = 0;
  FieldItem item;  // the item being read
  bool item_has_range = false;
  std::optional<std::string_view> user;
  std::size_t user_begin = 0;
  std::size_t command_begin = 0;
  std::uint8_t line_options = 0;  // Entry::BsdLineOption bits
  std::size_t line_options_begin = 0, line_options_end = 0;
  Schedule schedule;
  std::vector<LineProblem> notes;  // accepted, but worth telling

  // robfig/cron (Kubernetes): the parts of the item being read (parser.go getRange splits it at
  // `/`, then at `-`), the zone prefix and the star bits of the day fields.
  std::string_view robfig_start, robfig_end, robfig_step;
  int robfig_hyphens = 0, robfig_slashes = 0;
  std::string_view robfig_zone_name;
  std::size_t robfig_zone_begin = 0;
  bool robfig_zone_prefix = false;
  std::optional<std::string> robfig_zone;  // nothing: the controller's own zone
  bool robfig_day_of_month_star = false, robfig_day_of_week_star = false;

  std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - line.data()); }
  FieldKind field_kind() const { return static_cast<FieldKind>(field_index); }
  bool cronexpr() const { return dialect.seconds_and_year_fields; }
  const FieldFacts& facts() const { return field_facts(static_cast<FieldKind>(field_index)); }
};

[[noreturn]] void reject(std::string code, std::string message, std::size_t begin,
                         std::size_t end) {
  throw LineProblem{std::move(code), std::move(message), begin, end, Severity::error};
}

std::string printable(char c) {
  if (c == '\r') return "a carriage return (CRLF line end)";
  if (c == '\t') return "a tab";
  auto byte = static_cast<unsigned char>(c);
  if (byte < 0x20 || byte >= 0x7f) return fmt::format("byte 0x{:02x}", byte);
  return fmt::format("'{}'", c);
}

// ---- Control: raises LineProblems with the messages of grammar/errors.hpp ----------------------

// Rules whose failure is a problem inside the current time field.
template <typename Rule>
inline constexpr bool inside_field =
    std::is_same_v<Rule, g::item> || std::is_same_v<Rule, g::range_last> ||
    std::is_same_v<Rule, g::step>;

template <typename Rule>
struct control : pegtl::normal<Rule> {
  template <typename Input>
  [[noreturn]] static void raise(const Input& in, EntryBuilder& builder) {
    const grammar::ErrorText& text = grammar::error_text<Rule>;
    std::size_t at = builder.offset(in.current());
    std::string found = in.empty() ? "the end of the line" : printable(in.peek_char());
    std::string message(text.message);
    if (inside_field<Rule> && builder.field_index >= 0) {
      message += fmt::format(" in the {} field, found {}", builder.facts().name, found);
      // A field that starts like a path or a word is usually a command that came one field early.
      if (std::string_view("/.~$\"'").find(in.empty() ? ' ' : in.peek_char()) !=
              std::string_view::npos &&
          at == builder.field_begin && builder.field_index > 0) {
        reject("field-count",
               fmt::format("missing {} field: found the start of the command instead (an entry "
                           "has five time fields before the command)",
                           builder.facts().name),
               at, at + 1);
      }
    } else if (text.code == "field-syntax") {
      message += fmt::format(", found {}", found);
    }
    reject(std::string(text.code), std::move(message), at, in.empty() ? at : at + 1);
  }
};

// The five fields announce themselves, so that values and errors know where they are.
template <typename Rule, FieldKind Kind>
struct field_control : pegtl::normal<Rule> {
  template <typename Input>
  static void start(const Input& in, EntryBuilder& builder) {
    builder.field_index = static_cast<int>(Kind);
    builder.field_begin = builder.offset(in.current());
    builder.field_items_begin[static_cast<std::size_t>(Kind)] = builder.items.size();
    // A written seconds field replaces the default second 0.
    if (Kind == FieldKind::second) builder.schedule.writable_extras().seconds.reset();
  }
};
template <>
struct control<g::second> : field_control<g::second, FieldKind::second> {};
template <>
struct control<g::year> : field_control<g::year, FieldKind::year> {};
template <>
struct control<g::minute> : field_control<g::minute, FieldKind::minute> {};
template <>
struct control<g::hour> : field_control<g::hour, FieldKind::hour> {};
template <>
struct control<g::day_of_month> : field_control<g::day_of_month, FieldKind::day_of_month> {};
template <>
struct control<g::month> : field_control<g::month, FieldKind::month> {};
template <>
struct control<g::day_of_week> : field_control<g::day_of_week, FieldKind::day_of_week> {};

// The dialect gates of the grammar: they match only when the dialect has the syntax.
template <typename Rule, bool Dialect::*Member>
struct gate_control : pegtl::normal<Rule> {
  template <pegtl::apply_mode, pegtl::rewind_mode, template <typename...> class,
            template <typename...> class, typename Input, typename... States>
  static bool match(Input& /*in*/, EntryBuilder& builder, States&&... /*unused*/) {
    return builder.dialect.*Member;
  }
};
template <>
struct control<g::quartz_syntax_gate>
    : gate_control<g::quartz_syntax_gate, &Dialect::quartz_day_extras> {};
template <>
struct control<g::empty_items_gate>
    : gate_control<g::empty_items_gate, &Dialect::skips_empty_list_items> {};

// ---- Actions
// -------------------------------------------------------------------------------------

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// The item that starts at `begin`, up to the next comma or blank: what cronexpr's messages quote.
std::string_view item_text_from(const EntryBuilder& builder, std::size_t begin) {
  std::size_t end = begin;
  while (end < builder.line.size() && builder.line[end] != ',' && builder.line[end] != ' ' &&
         builder.line[end] != '\t')
    ++end;
  return builder.line.substr(begin, end - begin);
}

// cronexpr_parse.go genericFieldHandler / domFieldHandler / dowFieldHandler: an item that fits
// none of the field's layouts.
[[noreturn]] void reject_cronexpr_item(const EntryBuilder& builder, std::size_t item_begin) {
  const std::string_view item = item_text_from(builder, item_begin);
  reject("field-syntax", fmt::format("syntax error in {} field: '{}'", builder.facts().name, item),
         item_begin, item_begin + item.size());
}

// A value token as gorhill/cronexpr reads it (cronexpr_parse.go): the field's value pattern and
// table, and at the start of a day item the Quartz letters (`L`, `LW`, `15W`, `5L`).
int read_cronexpr_value(EntryBuilder& builder, std::string_view token, std::size_t begin,
                        bool& is_name, bool item_start) {
  const FieldKind kind = builder.field_kind();
  FieldItem& item = builder.item;
  is_name = false;
  if (item_start && kind == FieldKind::day_of_month && token.size() <= 2) {
    const bool l = token[0] == 'l' || token[0] == 'L';
    if (l && token.size() == 1) {
      item.day_suffix = FieldItem::DaySuffix::last_day;
      return 0;
    }
    if (l && (token[1] == 'w' || token[1] == 'W')) {
      item.day_suffix = FieldItem::DaySuffix::last_weekday;
      return 0;
    }
  }
  if (std::optional<int> value = cronexpr_value(kind, token)) {
    is_name = cronexpr_value_is_name(token);
    return *value;
  }
  if (item_start) {
    if (auto suffixed = cronexpr_suffixed_value(kind, token)) {
      item.day_suffix = suffixed->suffix == 'w' ? FieldItem::DaySuffix::nearest_weekday
                                                : FieldItem::DaySuffix::last_in_month;
      is_name = suffixed->is_name;
      return suffixed->value;
    }
  }
  reject_cronexpr_item(builder, item_start ? begin : item.span.begin);
}

// A run of letters and digits in a time field: a number or one of the field's names.
int read_value(EntryBuilder& builder, std::string_view token, std::size_t begin, bool& is_name,
               bool item_start) {
  if (builder.cronexpr()) return read_cronexpr_value(builder, token, begin, is_name, item_start);
  const FieldFacts& field = builder.facts();
  std::size_t end = begin + token.size();
  is_name = false;
  if (token.size() >= 1000) reject("field-syntax", "value is too long for cron", begin, end);
  // Names are letters: a token that starts with a digit is not looked up (most values).
  if (token.empty() || token.front() < '0' || token.front() > '9') {
    if (auto named = value_of_name(field, token)) {
      is_name = true;
      return *named;
    }
  }
  bool all_digits =
      std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (all_digits) return cron_atoi(token);
  bool all_letters =
      std::none_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (field.name_count > 0 && all_letters) {
    reject("name-invalid",
           fmt::format("unknown {} name \"{}\": cron knows only the three-letter names ({}, ...)",
                       field.name, token,
                       fmt::join(field.names.begin(), field.names.begin() + 3, ", ")),
           begin, end);
  }
  static constexpr std::array<std::string_view, 5> quartz = {"l", "w", "lw", "h", "q"};
  std::string lowered(token);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](char c) {
    return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  });
  if (std::find(quartz.begin(), quartz.end(), lowered) != quartz.end()) {
    reject("field-syntax",
           fmt::format("\"{}\" in the {} field is Quartz syntax, which cron does not support",
                       token, field.name),
           begin, end);
  }
  if (all_letters) {
    reject("name-invalid",
           fmt::format("names are not allowed in the {} field: \"{}\"", field.name, token), begin,
           end);
  }
  reject("field-syntax", fmt::format("\"{}\" is not a number in the {} field", token, field.name),
         begin, end);
}

template <>
struct action<g::every_value> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.item = FieldItem{};
    builder.item.kind = FieldItem::Kind::star;
    builder.item.first = builder.facts().low;
    // cronexpr's day of week is 0-6 (`*/4` is 0 and 4, not Sunday twice).
    builder.item.last =
        builder.cronexpr() ? cronexpr_high(builder.field_kind()) : builder.facts().high;
    builder.item.span.begin = static_cast<std::uint32_t>(builder.offset(in.begin()));
    builder.item_has_range = true;
  }
};
// `?`: cronexpr's other spelling of `*`, in every field.
template <>
struct action<g::any_value> : action<g::every_value> {};

template <>
struct action<g::range_first> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.item = FieldItem{};
    builder.item.kind = FieldItem::Kind::value;
    builder.item.span.begin = static_cast<std::uint32_t>(builder.offset(in.begin()));
    builder.item.first = builder.item.last = read_value(
        builder, in.string_view(), builder.offset(in.begin()), builder.item.first_is_name, true);
    builder.item_has_range = false;
  }
};

template <>
struct action<g::range_last> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    if (builder.item.day_suffix != FieldItem::DaySuffix::none)
      reject_cronexpr_item(builder, builder.item.span.begin);
    builder.item.kind = FieldItem::Kind::range;
    builder.item.last = read_value(builder, in.string_view(), builder.offset(in.begin()),
                                   builder.item.last_is_name, false);
    builder.item_has_range = true;
  }
};

template <>
struct action<g::step_slash> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    if (builder.cronexpr()) {
      // cronexpr: `*/n`, `a-b/n` and `a/n` (a through the field's last value); not after `?`,
      // `L`, `W` or `#`.
      FieldItem& item = builder.item;
      if (item.day_suffix != FieldItem::DaySuffix::none || builder.line[item.span.begin] == '?') {
        reject_cronexpr_item(builder, item.span.begin);
      }
      if (!builder.item_has_range) {
        item.kind = FieldItem::Kind::range;
        item.last = cronexpr_high(builder.field_kind());
        builder.item_has_range = true;
      }
      return;
    }
    // FreeBSD reads `5/10` as `5-last/10` (entry.c get_range()).
    if (!builder.item_has_range &&
        builder.dialect.single_value_step == Dialect::SingleValueStep::through_last) {
      builder.item.kind = FieldItem::Kind::range;
      builder.item.last = builder.facts().high;
      builder.item_has_range = true;
    }
    // cron refuses `1/20`: a step needs `*` or a range to step through.
    if (!builder.item_has_range) {
      std::size_t begin = builder.item.span.begin;
      std::size_t end = builder.offset(in.end());
      while (end < builder.line.size() &&
             std::isalnum(static_cast<unsigned char>(builder.line[end])))
        ++end;
      reject("step-without-range",
             fmt::format("a step needs a range: \"{}\" is not allowed in the {} field; write "
                         "\"{}-{}/...\" or \"*/...\"",
                         builder.line.substr(begin, end - begin), builder.facts().name,
                         builder.item.first, builder.facts().high),
             begin, end);
    }
  }
};

template <>
struct action<g::step> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    std::string_view token = in.string_view();
    std::size_t begin = builder.offset(in.begin());
    if (builder.cronexpr()) {
      // cronexpr_parse.go genericFieldParse: "invalid interval" unless 1 <= step <= the field's
      // last value.
      std::optional<int> step = cronexpr_step(builder.field_kind(), token);
      if (!step) {
        const std::string_view item = item_text_from(builder, builder.item.span.begin);
        std::string lowered(item);
        std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](char c) {
          return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        });
        const bool digits =
            std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) reject_cronexpr_item(builder, builder.item.span.begin);
        reject(std::all_of(token.begin(), token.end(), [](char c) { return c == '0'; })
                   ? "step-zero"
                   : "field-syntax",
               fmt::format("invalid interval {}: the {} field takes steps 1-{}", lowered,
                           builder.facts().name, cronexpr_high(builder.field_kind())),
               begin, begin + token.size());
      }
      builder.item.step = *step;
      return;
    }
    bool digits =
        std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || token.size() >= 1000) {
      reject("field-syntax", fmt::format("step \"{}\" is not a number", token), begin,
             begin + token.size());
    }
    int step = cron_atoi(token);
    if (step == 0) reject("step-zero", "step 0 is not allowed", begin, begin + token.size());
    if (step < 0)
      reject("field-syntax", fmt::format("step {} is too large for cron", token), begin,
             begin + token.size());
    builder.item.step = step;
  }
};

// `5#3`: cronexpr's layoutDowOfSpecificWeek `^(%value%)#([1-5])$`, day of week only.
template <>
struct action<g::nth_week> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    FieldItem& item = builder.item;
    const std::string_view week = in.string_view();
    if (builder.field_kind() != FieldKind::day_of_week || item.kind != FieldItem::Kind::value ||
        item.day_suffix != FieldItem::DaySuffix::none || week.size() != 1 || week[0] < '1' ||
        week[0] > '5') {
      reject_cronexpr_item(builder, item.span.begin);
    }
    item.day_suffix = FieldItem::DaySuffix::nth_in_month;
    item.nth = static_cast<std::uint8_t>(week[0] - '0');
  }
};

// The item is complete: add its values as gorhill/cronexpr does (cronexpr_parse.go
// genericFieldParse, populateMany; the Quartz items of domFieldHandler and dowFieldHandler).
// `offset` is the value of bit 0 (1970 for years).
template <typename Bits>
void add_cronexpr_item_values(EntryBuilder& builder, Bits& bits, int offset = 0) {
  FieldItem& item = builder.item;
  QuartzDays& quartz = builder.schedule.writable_extras().quartz;
  switch (item.day_suffix) {
    case FieldItem::DaySuffix::none:
      break;
    case FieldItem::DaySuffix::last_day:
      quartz.last_day = true;
      return;
    case FieldItem::DaySuffix::last_weekday:
      quartz.last_weekday = true;
      return;
    case FieldItem::DaySuffix::nearest_weekday:
      quartz.nearest_weekday |= 1u << item.first;
      return;
    case FieldItem::DaySuffix::last_in_month:
      quartz.last_in_month |= static_cast<std::uint8_t>(1u << item.first);
      return;
    case FieldItem::DaySuffix::nth_in_month:
      quartz.nth_in_month[item.nth - 1u] |= static_cast<std::uint8_t>(1u << item.first);
      return;
  }
  if (item.first > item.last) {
    if (!item.step) {
      // supercronic's copy of cronexpr refuses a reversed plain range (day of week 7 is 0
      // first, so `5-7` is reversed).
      reject("range-reversed",
             fmt::format("invalid interval {} (normalized to {}-{}): supercronic does not wrap "
                         "ranges around",
                         item.text, item.first, item.last),
             item.span.begin, item.span.end);
    }
    const bool day_field = builder.field_kind() == FieldKind::day_of_month ||
                           builder.field_kind() == FieldKind::day_of_week;
    builder.notes.push_back(
        {"range-reversed",
         day_field
             ? fmt::format("range {} is reversed: cronexpr reads it as an empty set", item.text)
             : fmt::format("range {} is reversed: cronexpr reads it as an empty set, and "
                           "an empty {} field makes supercronic crash when it computes "
                           "the next run",
                           item.text, builder.facts().name),
         item.span.begin, item.span.end, Severity::warning});
    return;
  }
  const int step = item.step.value_or(1);
  for (int value = item.first; value <= item.last; value += step) {
    bits.set(static_cast<std::size_t>(value - offset));
  }
}

// The item is complete: check it as cron does, and add its values to the field's set.
template <typename Bits>
void add_item_values(EntryBuilder& builder, Bits& bits) {
  FieldItem& item = builder.item;
  const FieldFacts& field = builder.facts();
  const Dialect& dialect = builder.dialect;
  auto out_of_range = [&](int value) {
    reject(std::string(field.rule_id),
           fmt::format("{} {} is out of range {}-{}", field.name, value, field.low, field.high),
           item.span.begin, item.span.end);
  };
  int first = item.first;
  int last = item.last;
  int step = item.step.value_or(1);
  if (first > last && last == 0 && dialect.reversed_range_ending_in_zero_means_seven) last = 7;
  if (!dialect.checks_only_generated_values) {
    if (first < field.low || first > field.high) out_of_range(first);
    if (last < field.low || last > field.high) out_of_range(last);
  }
  if (item.first > item.last &&
      !(dialect.reversed_range_ending_in_zero_means_seven && item.last == 0)) {
    builder.notes.push_back({"range-reversed",
                             fmt::format("range {} is reversed: cron reads it as an empty set and "
                                         "never wraps around",
                                         item.text),
                             item.span.begin, item.span.end, Severity::warning});
  }
  for (long value = first; value <= last; value += step) {
    if (value < field.low || value > field.high) out_of_range(static_cast<int>(value));
    bits.set(static_cast<std::size_t>(value));
  }
}

template <>
struct action<g::item> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    FieldItem& item = builder.item;
    item.span.end = static_cast<std::uint32_t>(builder.offset(in.end()));
    item.text = builder.line.substr(item.span.begin, item.span.end - item.span.begin);
    Schedule& s = builder.schedule;
    if (builder.cronexpr()) {
      switch (builder.field_kind()) {
        case FieldKind::second:
          add_cronexpr_item_values(builder, s.writable_extras().seconds);
          break;
        case FieldKind::minute:
          add_cronexpr_item_values(builder, s.minutes);
          break;
        case FieldKind::hour:
          add_cronexpr_item_values(builder, s.hours);
          break;
        case FieldKind::day_of_month:
          add_cronexpr_item_values(builder, s.days_of_month);
          break;
        case FieldKind::month:
          add_cronexpr_item_values(builder, s.months);
          break;
        case FieldKind::day_of_week:
          add_cronexpr_item_values(builder, s.days_of_week);
          break;
        case FieldKind::year:
          add_cronexpr_item_values(builder, s.writable_extras().years, first_cronexpr_year);
          break;
      }
      builder.items.push_back(item);
      return;
    }
    switch (static_cast<FieldKind>(builder.field_index)) {
      case FieldKind::minute:
        add_item_values(builder, s.minutes);
        break;
      case FieldKind::hour:
        add_item_values(builder, s.hours);
        break;
      case FieldKind::day_of_month:
        add_item_values(builder, s.days_of_month);
        break;
      case FieldKind::month:
        add_item_values(builder, s.months);
        break;
      case FieldKind::day_of_week:
        add_item_values(builder, s.days_of_week);
        break;
      case FieldKind::second:
      case FieldKind::year:
        break;  // only in cronexpr's schedules, read above
    }
    builder.items.push_back(item);
  }
};

template <>
struct action<g::ignored_tail> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    std::size_t begin = builder.offset(in.begin());
    std::size_t end = builder.offset(in.end());
    std::string_view read = builder.line.substr(builder.field_begin, begin - builder.field_begin);
    if (builder.dialect.random_operator && in.peek_char() == '~') {
      reject("field-syntax",
             "cronie's random '~' operator is not modelled by cronkit (cronie picks one value "
             "at random each time it loads the crontab)",
             begin, end);
    }
    if (!builder.dialect.skips_junk_after_field_items) {
      reject("field-syntax",
             fmt::format("unexpected {} in the {} field", printable(in.peek_char()),
                         builder.facts().name),
             begin, begin + 1);
    }
    builder.notes.push_back(
        {"field-syntax",
         fmt::format("{} ignores \"{}\" after \"{}\": the {} field is read as \"{}\"",
                     builder.dialect.daemon, in.string_view(), read, builder.facts().name, read),
         begin, end, Severity::warning});
  }
};

template <FieldKind Kind>
struct field_action {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    Field& field = builder.fields[static_cast<std::size_t>(Kind)];
    field.kind = Kind;
    std::size_t begin = builder.offset(in.begin());
    std::size_t end = builder.offset(in.end());
    field.text = builder.line.substr(begin, end - begin);
    field.span.begin = static_cast<std::uint32_t>(begin);
    field.span.end = static_cast<std::uint32_t>(end);
    builder.field_items_end[static_cast<std::size_t>(Kind)] = builder.items.size();
  }
};
template <>
struct action<g::minute> : field_action<FieldKind::minute> {};
template <>
struct action<g::hour> : field_action<FieldKind::hour> {};
template <>
struct action<g::day_of_month> : field_action<FieldKind::day_of_month> {};
template <>
struct action<g::month> : field_action<FieldKind::month> {};
template <>
struct action<g::day_of_week> : field_action<FieldKind::day_of_week> {};
template <>
struct action<g::second> : field_action<FieldKind::second> {};
template <>
struct action<g::year> : field_action<FieldKind::year> {};

template <>
struct action<g::special_name> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    std::string_view name = in.string_view();
    const Dialect& dialect = builder.dialect;
    builder.special_begin = builder.offset(in.begin()) - 1;
    builder.special_end = builder.offset(in.end());
    if (builder.cronexpr()) {
      // cronexpr_parse.go cronNormalizer: six lower-case names, each replaced by seven fields.
      std::optional<Special> special = special_from_name(name);
      if (special && special != Special::reboot && special != Special::midnight) {
        builder.special = *special;
        return;
      }
      reject("special-invalid",
             fmt::format("unknown special \"@{}\"; supercronic knows @yearly, @annually, "
                         "@monthly, @weekly, @daily and @hourly (lower case)",
                         name),
             builder.special_begin, builder.special_end);
    }
    if (dialect.specials == SpecialSet::none) {
      reject("special-invalid",
             fmt::format("@{}: {}' documented schedule syntax has no @-words; write the five "
                         "fields (@daily is \"0 0 * * *\")",
                         name, dialect.daemon),
             builder.special_begin, builder.special_end);
    }
    if (std::optional<Special> special = special_from_name(name, dialect.specials)) {
      builder.special = *special;
      if (*special == Special::every_second) {
        builder.notes.push_back(
            {"too-frequent",
             fmt::format("@every_second: {} runs the job every second (and then wakes up every "
                         "second for all its jobs); cronkit lists it once a minute",
                         dialect.daemon),
             builder.special_begin, builder.special_end, Severity::warning});
      }
      return;
    }
    std::string lowered(name);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](char c) {
      return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    std::string hint;
    if (std::optional<Special> special = special_from_name(lowered, dialect.specials)) {
      hint = fmt::format(" (specials are case-sensitive: write @{})", special_name(*special));
    }
    std::string known;
    std::vector<Special> words(all_specials.begin(), all_specials.end());
    if (dialect.specials == SpecialSet::freebsd) {
      words.insert(words.end(), {Special::every_minute, Special::every_second});
    } else if (dialect.specials == SpecialSet::systemd) {
      words.insert(words.end(), {Special::minutely, Special::quarterly, Special::semiannually});
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      known += i == 0 ? "" : i + 1 == words.size() ? " and " : ", ";
      known += fmt::format("@{}", special_name(words[i]));
    }
    std::string consequence;
    switch (dialect.specials) {
      case SpecialSet::vixie:
      case SpecialSet::none:
        break;
      case SpecialSet::freebsd:
        // entry.c load_entry(): ecode = e_timespec.
        consequence =
            fmt::format(" ({} logs \"bad time specifier\" and skips the line)", dialect.daemon);
        break;
      case SpecialSet::systemd:
        if (!lowered.empty() && lowered.size() <= 2 &&
            std::all_of(lowered.begin(), lowered.end(),
                        [](char c) { return c >= '0' && c <= '9'; })) {
          // parse_crontab(): `@N` with N up to 31 becomes OnCalendar=*-*-1/N 0:0:0, every N days
          // from the 1st of each month. cronkit does not read that form: say so, not "unknown".
          reject("special-invalid",
                 fmt::format("{} turns @{} into OnCalendar=*-*-1/{} 0:0:0 (every {} days counted "
                             "from the 1st of each month), which cronkit does not model yet",
                             dialect.daemon, name, name, name),
                 builder.special_begin, builder.special_end);
        }
        // generate_timer_unit(): log "unknown schedule", then OnCalendar=<word>, which systemd
        // refuses to load.
        consequence = fmt::format(
            " ({} logs \"unknown schedule\" and writes OnCalendar={}, a timer systemd does not "
            "load)",
            dialect.daemon, lowered);
        break;
    }
    if (dialect.ignores_short_lines_silently) {
      // crond.c load_crontab(): an @word not in SpecAry: the line is skipped, nothing logged.
      consequence = fmt::format(" ({} skips the line without a message)", dialect.daemon);
    }
    reject("special-invalid",
           fmt::format(
               "unknown special \"@{}\"{}; {} knows {}{}", name, hint,
               dialect.specials == SpecialSet::vixie ? std::string_view("cron") : dialect.daemon,
               known, consequence),
           builder.special_begin, builder.special_end);
  }
};

// FreeBSD's `-n` / `-q` before the command (entry.c load_entry(): "bad option" for any other
// letter, a repeated one, or no blank after it).
template <>
struct action<g::option_letter> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    const char letter = in.peek_char();
    const std::size_t at = builder.offset(in.begin());
    const std::uint8_t bit = letter == 'n'   ? Entry::mail_only_on_failure
                             : letter == 'q' ? Entry::no_run_log
                                             : 0;
    if (builder.line_options == 0) builder.line_options_begin = at - 1;
    if (bit == 0) {
      reject("field-syntax",
             fmt::format("bad option: '-{}' before the command; {} knows only -n and -q (and logs "
                         "\"bad option\" and skips the line)",
                         letter, builder.dialect.daemon),
             at - 1, at + 1);
    }
    if (builder.line_options & bit) {
      reject("field-syntax",
             fmt::format("bad option: -{} is given twice; {} logs \"bad option\" and skips the "
                         "line",
                         letter, builder.dialect.daemon),
             at - 1, at + 1);
    }
    builder.line_options |= bit;
  }
};
template <>
struct action<g::line_option> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.line_options_end = builder.offset(in.end());
  }
};

template <>
struct action<g::user> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.user = in.string_view();
    builder.user_begin = builder.offset(in.begin());
  }
};

template <>
struct action<g::command> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.command_begin = builder.offset(in.begin());
  }
};

// ---- Fields read as whole words: busybox crond and systemd-cron -------------------------------

// A problem with a time field as the daemon reports it: with dialect.field_error_log filled in.
std::string daemon_field_log(const EntryBuilder& builder, std::string_view field_text) {
  return fmt::format(fmt::runtime(builder.dialect.field_error_log),
                     fmt::arg("field", builder.facts().name), fmt::arg("text", field_text));
}

// Adds `value` (a number as the five-field crontab writes it: months 1-12, Sunday 0) to the set
// of the field `kind` in the schedule. The second and year fields are gorhill/cronexpr's and are
// stored elsewhere: the readers that call this read five fields only.
void set_field_value(Schedule& s, FieldKind kind, std::size_t value) {
  switch (kind) {
    case FieldKind::minute:
      s.minutes.set(value);
      break;
    case FieldKind::hour:
      s.hours.set(value);
      break;
    case FieldKind::day_of_month:
      s.days_of_month.set(value);
      break;
    case FieldKind::month:
      s.months.set(value);
      break;
    case FieldKind::day_of_week:
      s.days_of_week.set(value);
      break;
    case FieldKind::second:
    case FieldKind::year:
      break;
  }
}

// Sets slot `index` of busybox's table for the current field in the schedule. Slots are the
// daemon's: months 0-11 (January = 0), day of month 0-31, day of week 0-6.
void set_busybox_slot(Schedule& s, FieldKind kind, int index) {
  const auto i = static_cast<std::size_t>(index);
  set_field_value(s, kind, kind == FieldKind::month ? i + 1 : i);
}

// crond.c ParseField(), step by step: the table size (modvalue), the offset added to numbers
// (months: -1) and whether the field has names.
void read_busybox_field(EntryBuilder& builder, std::string_view token, std::size_t begin) {
  static constexpr std::array<int, 5> modvalue = {60, 24, 32, 12, 7};
  const auto kind = static_cast<FieldKind>(builder.field_index);
  const FieldFacts& facts = builder.facts();
  const int mod = modvalue[static_cast<std::size_t>(kind)];
  const int off = kind == FieldKind::month ? -1 : 0;
  const bool has_names = facts.name_count > 0;
  const std::string_view daemon = builder.dialect.daemon;
  auto at = [&](std::size_t i) { return i < token.size() ? token[i] : '\0'; };
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  // ParseField logs one message and returns: the values set so far stay.
  auto parse_error = [&](std::size_t where, std::string why) {
    builder.notes.push_back(
        {"field-syntax",
         fmt::format("{}: {} logs \"{}\" and keeps the line with the {} values read before it", why,
                     daemon, daemon_field_log(builder, token), facts.name),
         begin + std::min(where, token.size()), begin + std::min(where + 1, token.size()),
         Severity::warning});
  };
  std::size_t p = 0;
  int n1 = -1;
  int n2 = -1;
  FieldItem item;
  std::size_t item_start = 0;
  bool new_item = true;
  auto finish_item = [&]() {
    item.span.begin = static_cast<std::uint32_t>(begin + item_start);
    item.span.end = static_cast<std::uint32_t>(begin + p);
    item.text = builder.line.substr(item.span.begin, item.span.end - item.span.begin);
    builder.items.push_back(item);
  };
  for (;;) {
    if (new_item) {
      item = FieldItem{};
      item_start = p;
      new_item = false;
    }
    bool read = false;
    const char c = at(p);
    if (c == '*') {
      n1 = 0;
      n2 = mod - 1;
      ++p;
      item.kind = FieldItem::Kind::star;
      item.first = facts.low;
      item.last = kind == FieldKind::day_of_week ? 6 : facts.high;
      read = true;
    } else if (is_digit(c)) {
      std::size_t end = p;
      while (is_digit(at(end))) ++end;
      const int value = cron_atoi(token.substr(p, end - p));
      if (n1 < 0) {
        n1 = value + off;
        item.first = item.last = value;
      } else {
        n2 = value + off;
        item.last = value;
        item.kind = FieldItem::Kind::range;
      }
      p = end;
      read = true;
    } else if (has_names) {
      // strncasecmp(ptr, name, 3): the first three letters, whatever follows them.
      if (token.size() - std::min(p, token.size()) >= 3) {
        if (auto named = value_of_name(facts, token.substr(p, 3)); named && *named <= 12) {
          const int index = kind == FieldKind::month ? *named - 1 : *named;
          if (n1 < 0) {
            n1 = index;
            item.first = item.last = *named;
            item.first_is_name = true;
          } else {
            n2 = index;
            item.last = *named;
            item.last_is_name = true;
            item.kind = FieldItem::Kind::range;
          }
          p += 3;
          read = true;
        }
      }
    }
    if (!read) {
      parse_error(p,
                  p < token.size()
                      ? fmt::format("unexpected {} in the {} field", printable(at(p)), facts.name)
                      : fmt::format("the {} field ends where a value is expected", facts.name));
      if (p > item_start) finish_item();
      return;
    }
    if (at(p) == '-' && n2 < 0) {
      ++p;
      continue;
    }
    if (n2 < 0) n2 = n1;
    int skip = 1;
    if (at(p) == '/') {
      // strtol(ptr + 1): an optional sign and digits; nothing read is 0.
      std::size_t q = p + 1;
      bool negative = false;
      if ((at(q) == '+' || at(q) == '-') && is_digit(at(q + 1))) negative = at(q++) == '-';
      std::size_t end = q;
      while (is_digit(at(end))) ++end;
      skip = end > q ? cron_atoi(token.substr(q, end - q)) : 0;
      if (negative) skip = -skip;
      p = end > q ? end : p + 1;
      item.step = skip;
    }
    // The fill loop with its failsafe: a value beyond the table never ends the loop, which then
    // sets every slot it passes in 1024 rounds.
    {
      int s0 = 1;
      int failsafe = 1024;
      --n1;
      do {
        n1 = (n1 + 1) % mod;
        if (--s0 == 0) {
          // C's % keeps the sign: month 0 writes months[-1], outside the table.
          if (n1 % mod >= 0) set_busybox_slot(builder.schedule, kind, n1 % mod);
          s0 = skip;
        }
        if (--failsafe == 0) {
          finish_item();
          builder.notes.push_back(
              {std::string(facts.rule_id),
               fmt::format("{} is beyond busybox's {} table: {} fills the table until a 1024-step "
                           "failsafe stops it, so the field means every {}, and logs \"{}\"",
                           item.text, facts.name, daemon, facts.name,
                           daemon_field_log(builder, token)),
               item.span.begin, item.span.end, Severity::warning});
          return;
        }
      } while (n1 != n2);
    }
    if (item.kind == FieldItem::Kind::range && item.first > item.last) {
      builder.notes.push_back(
          {"range-reversed",
           fmt::format("{} wraps the range {} around the end of the {} field", daemon,
                       token.substr(item_start, p - item_start), facts.name),
           begin + item_start, begin + p, Severity::warning});
    }
    if (at(p) != ',') break;
    finish_item();
    ++p;
    n1 = -1;
    n2 = -1;
    new_item = true;
  }
  finish_item();
  if (p < token.size()) {
    parse_error(p, fmt::format("unexpected {} in the {} field", printable(at(p)), facts.name));
  }
}

// Python's int() on the text of a number: an optional sign, digits, single underscores between
// digits. Nothing when Python raises ValueError. Saturates far beyond any field's range.
std::optional<long long> python_int(std::string_view text) {
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
  if (i == text.size()) return std::nullopt;
  long long value = 0;
  bool after_digit = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '_' && after_digit && i + 1 < text.size() && text[i + 1] != '_') {
      after_digit = false;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    value = std::min(value * 10 + (c - '0'), 1'000'000'000'000LL);
    after_digit = true;
  }
  if (!after_digit) return std::nullopt;
  return negative ? -value : value;
}

// The indices values[slice(start, stop, step)] selects from a list of n values, as Python's
// slice.indices() computes them (start or stop absent: nothing).
template <typename Visit>
void python_slice(long long n, std::optional<long long> start, std::optional<long long> stop,
                  long long step, Visit visit) {
  auto adjust = [&](std::optional<long long> index, long long if_absent) {
    if (!index) return if_absent;
    long long i = *index;
    if (i < 0) {
      i += n;
      if (i < 0) i = step < 0 ? -1 : 0;
    } else if (i >= n) {
      i = step < 0 ? n - 1 : n;
    }
    return i;
  };
  const long long first = adjust(start, step < 0 ? n - 1 : 0);
  const long long end = adjust(stop, step < 0 ? -1 : n);
  if (step > 0) {
    for (long long i = first; i < end; i += step) visit(i);
  } else {
    for (long long i = first; i > end; i += step) visit(i);
  }
}

// systemd-crontab-generator parse_time_unit() / parse_period() / month_map() / dow_map().
// Returns false when the generator finds the field garbled (ValueError or an empty result).
bool read_systemd_field(EntryBuilder& builder, std::string_view token, std::size_t begin,
                        std::string& why) {
  const auto kind = static_cast<FieldKind>(builder.field_index);
  const FieldFacts& facts = builder.facts();
  // The value lists: minutes 0-59, hours 0-23, days 1-31, months 1-12, Sun..Sat.
  const long long n = kind == FieldKind::day_of_week ? 7 : facts.high - facts.low + 1;
  // parse_period(): `mapping(x) - 1 + int(not base)`: lists starting at 1 are indexed from 1.
  const long long shift = (kind == FieldKind::day_of_month || kind == FieldKind::month) ? 1 : 0;
  // month_map(): int, else the index of the first three letters in a list without "oct", + 1.
  // dow_map(): the index of the first three letters, else int % 7.
  static constexpr std::array<std::string_view, 11> month_names = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "nov", "dec"};
  static constexpr std::array<std::string_view, 7> dow_names = {"sun", "mon", "tue", "wed",
                                                                "thu", "fri", "sat"};
  auto lower3 = [](std::string_view text) {
    std::string out(text.substr(0, 3));
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  auto map_value = [&](std::string_view text, bool& is_name) -> std::optional<long long> {
    is_name = false;
    if (kind == FieldKind::day_of_week) {
      const std::string three = lower3(text);
      for (std::size_t i = 0; i < dow_names.size(); ++i) {
        if (dow_names[i] == three) return is_name = true, static_cast<long long>(i);
      }
      auto number = python_int(text);
      if (!number) return std::nullopt;
      return ((*number % 7) + 7) % 7;
    }
    if (auto number = python_int(text)) return number;
    if (kind != FieldKind::month) return std::nullopt;
    const std::string three = lower3(text);
    for (std::size_t i = 0; i < month_names.size(); ++i) {
      if (month_names[i] == three) return is_name = true, static_cast<long long>(i + 1);
    }
    return std::nullopt;
  };
  std::bitset<64> chosen;
  auto garbled = [&](std::string reason) {
    why = std::move(reason);
    return false;
  };
  std::size_t item_begin = 0;
  for (;;) {
    std::size_t item_end = token.find(',', item_begin);
    if (item_end == std::string_view::npos) item_end = token.size();
    const std::string_view text = token.substr(item_begin, item_end - item_begin);
    FieldItem item;
    item.text = builder.line.substr(begin + item_begin, text.size());
    item.span.begin = static_cast<std::uint32_t>(begin + item_begin);
    item.span.end = static_cast<std::uint32_t>(begin + item_end);
    // `range, step = value.split('/')`: anything but exactly one '/' leaves the whole item as
    // the range, and step 1.
    std::string_view range = text;
    long long step = 1;
    const std::size_t slash = text.find('/');
    if (slash != std::string_view::npos && text.find('/', slash + 1) == std::string_view::npos) {
      range = text.substr(0, slash);
      auto number = python_int(text.substr(slash + 1));
      if (!number) {
        return garbled(fmt::format("step \"{}\" is not a number", text.substr(slash + 1)));
      }
      if (*number == 0) return garbled("step 0 (Python: slice step cannot be zero)");
      step = *number;
      item.step = static_cast<int>(std::clamp(step, -1'000'000LL, 1'000'000LL));
    }
    if (range == "*") {
      item.kind = FieldItem::Kind::star;
      item.first = facts.low;
      item.last = kind == FieldKind::day_of_week ? 6 : facts.high;
      python_slice(n, std::nullopt, std::nullopt, step, [&](long long i) { chosen.set(i); });
    } else {
      // `start, end = range.split('-')`: anything but exactly one '-' is a single value.
      std::string_view first_text = range;
      std::string_view last_text = range;
      const std::size_t dash = range.find('-');
      if (dash != std::string_view::npos && range.find('-', dash + 1) == std::string_view::npos) {
        first_text = range.substr(0, dash);
        last_text = range.substr(dash + 1);
        item.kind = FieldItem::Kind::range;
      }
      bool first_name = false;
      bool last_name = false;
      auto first = map_value(first_text, first_name);
      auto last = map_value(last_text, last_name);
      if (!first || !last) {
        const std::string_view bad = !first ? first_text : last_text;
        return garbled(
            kind == FieldKind::month && lower3(bad) == "oct"
                ? std::string("the generator's month names lack \"oct\"")
                : fmt::format("\"{}\" is not a {} the generator reads", bad, facts.name));
      }
      item.first = static_cast<int>(std::clamp(*first, -1'000'000LL, 1'000'000LL));
      item.last = static_cast<int>(std::clamp(*last, -1'000'000LL, 1'000'000LL));
      item.first_is_name = first_name;
      item.last_is_name = last_name;
      python_slice(n, *first - shift, *last + 1 - shift, step,
                   [&](long long i) { chosen.set(static_cast<std::size_t>(i)); });
    }
    builder.items.push_back(item);
    if (item_end == token.size()) break;
    item_begin = item_end + 1;
  }
  if (chosen.none()) return garbled(fmt::format("the {} field selects nothing", facts.name));
  Schedule& s = builder.schedule;
  for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
    if (!chosen[i]) continue;
    set_field_value(s, kind, i + static_cast<std::size_t>(shift));
  }
  return true;
}

template <>
struct action<g::word_field> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    ++builder.field_index;
    const auto kind = static_cast<FieldKind>(builder.field_index);
    const std::string_view token = in.string_view();
    const std::size_t begin = builder.offset(in.begin());
    builder.field_begin = begin;
    builder.field_items_begin[static_cast<std::size_t>(builder.field_index)] = builder.items.size();
    Field& field = builder.fields[static_cast<std::size_t>(builder.field_index)];
    field.kind = kind;
    field.text = token;
    field.span.begin = static_cast<std::uint32_t>(begin);
    field.span.end = static_cast<std::uint32_t>(begin + token.size());
    if (builder.dialect.field_reader == FieldReader::busybox_parse_field) {
      read_busybox_field(builder, token, begin);
    } else if (std::string why; !read_systemd_field(builder, token, begin, why)) {
      if (kind == FieldKind::day_of_week) {
        // generate_timer_unit(): an empty weekday list leaves OnCalendar= without weekdays.
        builder.items.resize(
            builder.field_index == 0 ? 0 : builder.field_items_end[builder.field_index - 1]);
        builder.schedule.days_of_week.set();
        builder.notes.push_back(
            {"field-syntax",
             fmt::format("{}: {} logs \"garbled time\" and drops the day-of-week field, so the "
                         "job runs on every day",
                         why, builder.dialect.daemon),
             begin, begin + token.size(), Severity::warning});
      } else {
        reject("field-syntax",
               fmt::format("{}: {} logs \"garbled time\" and makes no timer for this line", why,
                           builder.dialect.daemon),
               begin, begin + token.size());
      }
    }
    builder.field_items_end[static_cast<std::size_t>(builder.field_index)] = builder.items.size();
  }
};

// ---- Schedules
// -------------------------------------------------------------------------------------

// What an @-special expands to, with the flags cron sets for it (docs/semantics.md §6).
Schedule schedule_of_special(Special special, const Dialect& dialect) {
  Schedule s;
  if (special == Special::reboot) {
    s.at_reboot = true;
    return s;
  }
  s.minutes.set(0);
  s.hours.set();
  s.days_of_month.set();
  s.days_of_month.reset(0);
  s.months.set();
  s.months.reset(0);
  s.days_of_week.set();
  switch (special) {
    case Special::yearly:
    case Special::annually:
      s.hours = 1;
      s.days_of_month = 1 << 1;
      s.months = 1 << 1;
      s.day_of_week_star = true;
      break;
    case Special::monthly:
      s.hours = 1;
      s.days_of_month = 1 << 1;
      s.day_of_week_star = true;
      break;
    case Special::weekly:
      s.hours = 1;
      s.days_of_week.reset();
      if (dialect.specials == SpecialSet::systemd) {
        // systemd's `weekly` calendar is Monday 00:00 (generate_timer_unit writes `weekly`).
        s.days_of_week.set(1);
      } else {
        s.days_of_week.set(0).set(7);
      }
      s.day_of_month_star = true;
      break;
    case Special::quarterly:
    case Special::semiannually:
      // systemd: `*-01,04,07,10-01 00:00:00` and `*-01,07-01 00:00:00`.
      s.hours = 1;
      s.days_of_month = 1 << 1;
      s.months =
          special == Special::quarterly ? (1 << 1 | 1 << 4 | 1 << 7 | 1 << 10) : (1 << 1 | 1 << 7);
      s.day_of_week_star = true;
      break;
    case Special::every_minute:
    case Special::every_second:
    case Special::minutely:
      // Every minute (@every_second: at every second of it, which the schedule cannot hold).
      s.minutes.set();
      s.minute_star = s.hour_star = true;
      s.day_of_month_star = s.day_of_week_star = true;
      break;
    case Special::daily:
    case Special::midnight:
      s.hours = 1;
      break;
    case Special::hourly:
      s.hour_star = true;
      break;
    case Special::reboot:
      break;
  }
  return s;
}

// gorhill/cronexpr: a day field is unrestricted when any item is `*` or `?`; years are limited
// to 1970-2099 whether or not a year field is written; specials expand to second 0.
void finish_cronexpr_fields(EntryBuilder& builder) {
  Schedule& s = builder.schedule;
  if (builder.special) {
    s = schedule_of_special(*builder.special, builder.dialect);
  } else {
    s.minute_star = builder.fields[0].starts_with_star();
    s.hour_star = builder.fields[1].starts_with_star();
    // The fields' item spans are set when the entry is stored; read the builder's items.
    auto has_star_item = [&](FieldKind kind) {
      const auto i = static_cast<std::size_t>(kind);
      const auto first =
          builder.items.begin() + static_cast<std::ptrdiff_t>(builder.field_items_begin[i]);
      const auto last =
          builder.items.begin() + static_cast<std::ptrdiff_t>(builder.field_items_end[i]);
      return std::any_of(first, last, [](const FieldItem& item) {
        return item.kind == FieldItem::Kind::star && !item.step;
      });
    };
    s.day_of_month_star = has_star_item(FieldKind::day_of_month);
    s.day_of_week_star = has_star_item(FieldKind::day_of_week);
    if (s.days_of_week[0] || s.days_of_week[7]) s.days_of_week.set(0).set(7);
  }
  if (builder.fields[static_cast<std::size_t>(FieldKind::year)].text.empty())
    s.writable_extras().years.set();
  s.writable_extras().years_limited = true;
}

// Completes the schedule of five fields: cron's star flags come from the text, and Sunday is
// both 0 and 7.
void finish_time_fields(EntryBuilder& builder) {
  if (builder.cronexpr()) {
    finish_cronexpr_fields(builder);
    return;
  }
  Schedule& s = builder.schedule;
  if (builder.special) {
    s = schedule_of_special(*builder.special, builder.dialect);
    return;
  }
  s.minute_star = builder.fields[0].starts_with_star();
  s.hour_star = builder.fields[1].starts_with_star();
  if (s.days_of_week[0] || s.days_of_week[7]) s.days_of_week.set(0).set(7);
  switch (builder.dialect.day_rule_basis) {
    case DayRuleBasis::star_in_text:
    case DayRuleBasis::star_or_question_mark:
      s.day_of_month_star = builder.fields[2].starts_with_star();
      s.day_of_week_star = builder.fields[4].starts_with_star();
      break;
    case DayRuleBasis::full_value_table:
      // busybox crond.c FixDayDow(): a field whose table has a zero slot is "used"; when only
      // one is, the other table is cleared, and the match is Days[mday] || Dow[wday]. The day
      // table has 32 slots, slot 0 included, which only `*` and `0` set: `1-31` is restricted.
      s.day_of_month_star = s.days_of_month.all();
      s.day_of_week_star = (s.days_of_week.to_ulong() & 0x7Fu) == 0x7Fu;
      break;
    case DayRuleBasis::one_is_question_mark:
    case DayRuleBasis::croniter_expanded_star:
    case DayRuleBasis::fugit_nil_field:
      // Quartz, croniter and fugit expressions have their own readers
      // (parse/quartz_expression.hpp, parse/croniter_actions.hpp, parse/fugit_expression.hpp).
      break;
    case DayRuleBasis::always_both:
      // systemd-cron: `[weekdays ]*-months-days` in one OnCalendar= spec.
      s.day_of_month_star = builder.fields[2].text == "*";
      s.day_of_week_star = builder.fields[4].text == "*";
      s.both_day_fields_must_match = true;
      break;
  }
}

}  // namespace
}  // namespace cronkit
