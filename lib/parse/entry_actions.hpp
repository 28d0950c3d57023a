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
    field_items_end = {};
    field_index = -1;
    field_begin = 0;
    item = FieldItem{};
    item_has_range = false;
    user.reset();
    user_begin = 0;
    command_begin = 0;
    schedule = Schedule{};
    notes.clear();
  }

  const Dialect& dialect;
  std::string_view line;  // the text being parsed; all offsets are relative to it
  std::optional<Special> special;
  std::size_t special_begin = 0, special_end = 0;
  std::array<Field, 5> fields{};  // items are collected in `items` below while reading
  // The items of all five fields in order; field i's are [field_items_end[i-1],
  // field_items_end[i]).
  std::vector<FieldItem> items;
  std::array<std::size_t, 5> field_items_end{};
  int field_index = -1;  // the field being read; -1 before the first
  std::size_t field_begin = 0;
  FieldItem item;  // the item being read
  bool item_has_range = false;
  std::optional<std::string_view> user;
  std::size_t user_begin = 0;
  std::size_t command_begin = 0;
  Schedule schedule;
  std::vector<LineProblem> notes;  // accepted, but worth telling

  std::size_t offset(const char* p) const { return static_cast<std::size_t>(p - line.data()); }
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
  }
};
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

// ---- Actions
// -------------------------------------------------------------------------------------

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// A run of letters and digits in a time field: a number or one of the field's names.
int read_value(EntryBuilder& builder, std::string_view token, std::size_t begin, bool& is_name) {
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
    builder.item.last = builder.facts().high;
    builder.item.span.begin = static_cast<std::uint32_t>(builder.offset(in.begin()));
    builder.item_has_range = true;
  }
};

template <>
struct action<g::range_first> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.item = FieldItem{};
    builder.item.kind = FieldItem::Kind::value;
    builder.item.span.begin = static_cast<std::uint32_t>(builder.offset(in.begin()));
    builder.item.first = builder.item.last = read_value(
        builder, in.string_view(), builder.offset(in.begin()), builder.item.first_is_name);
    builder.item_has_range = false;
  }
};

template <>
struct action<g::range_last> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.item.kind = FieldItem::Kind::range;
    builder.item.last = read_value(builder, in.string_view(), builder.offset(in.begin()),
                                   builder.item.last_is_name);
    builder.item_has_range = true;
  }
};

template <>
struct action<g::step_slash> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
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
         fmt::format("Debian's cron ignores \"{}\" after \"{}\": the {} field is read as \"{}\"",
                     in.string_view(), read, builder.facts().name, read),
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
struct action<g::special_name> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    std::string_view name = in.string_view();
    builder.special_begin = builder.offset(in.begin()) - 1;
    builder.special_end = builder.offset(in.end());
    if (std::optional<Special> special = special_from_name(name)) {
      builder.special = *special;
      return;
    }
    std::string lowered(name);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](char c) {
      return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    std::string hint;
    if (std::optional<Special> special = special_from_name(lowered)) {
      hint = fmt::format(" (specials are case-sensitive: write @{})", special_name(*special));
    }
    std::string known;
    for (std::size_t i = 0; i < all_specials.size(); ++i) {
      known += i == 0 ? "" : i + 1 == all_specials.size() ? " and " : ", ";
      known += fmt::format("@{}", special_name(all_specials[i]));
    }
    reject("special-invalid",
           fmt::format("unknown special \"@{}\"{}; cron knows {}", name, hint, known),
           builder.special_begin, builder.special_end);
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

// ---- Schedules
// -------------------------------------------------------------------------------------

// What an @-special expands to, with the flags cron sets for it (docs/semantics.md §6).
Schedule schedule_of_special(Special special) {
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
      s.days_of_week.set(0).set(7);
      s.day_of_month_star = true;
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

// Completes the schedule of five fields: cron's star flags come from the text, and Sunday is
// both 0 and 7.
void finish_time_fields(EntryBuilder& builder) {
  Schedule& s = builder.schedule;
  if (builder.special) {
    s = schedule_of_special(*builder.special);
    return;
  }
  s.minute_star = builder.fields[0].starts_with_star();
  s.hour_star = builder.fields[1].starts_with_star();
  s.day_of_month_star = builder.fields[2].starts_with_star();
  s.day_of_week_star = builder.fields[4].starts_with_star();
  if (s.days_of_week[0] || s.days_of_week[7]) s.days_of_week.set(0).set(7);
}

}  // namespace
}  // namespace cronkit
