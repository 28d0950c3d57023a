#pragma once
// Building an Entry from the grammar: the PEGTL control (which raises the error of
// grammar/errors.hpp at each `must<>` point) and the actions that fill in fields, items, steps,
// the special, the user and the command. The words busybox crond and systemd-cron read are in
// word_field_actions.hpp, the Schedule the fields expand to in entry_schedule.hpp. Private to
// the parser: included by parse.cpp only, which reads lines and decides what each one is.

#include "parse/entry_builder.hpp"

namespace cronkit {
namespace {

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
  reject_cronexpr_item(builder, item_start ? begin : builder.item_begin);
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
    builder.item_begin = builder.offset(in.begin());
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
    builder.item_begin = builder.offset(in.begin());
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
      reject_cronexpr_item(builder, builder.item_begin);
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
      if (item.day_suffix != FieldItem::DaySuffix::none ||
          builder.line[builder.item_begin] == '?') {
        reject_cronexpr_item(builder, builder.item_begin);
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
      std::size_t begin = builder.item_begin;
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
        const std::string_view item = item_text_from(builder, builder.item_begin);
        std::string lowered(item);
        std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](char c) {
          return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        });
        const bool digits =
            std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) reject_cronexpr_item(builder, builder.item_begin);
        reject(std::all_of(token.begin(), token.end(), [](char c) { return c == '0'; })
                   ? "step-zero"
                   : "field-syntax",
               fmt::format("invalid interval {}: the {} field takes steps 1-{}", lowered,
                           builder.facts().name, cronexpr_high(builder.field_kind())),
               begin, begin + token.size());
      }
      builder.item.set_step(*step);
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
    builder.item.set_step(step);
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
      reject_cronexpr_item(builder, builder.item_begin);
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
    if (!item.step()) {
      // supercronic's copy of cronexpr refuses a reversed plain range (day of week 7 is 0
      // first, so `5-7` is reversed).
      reject("range-reversed",
             fmt::format("invalid interval {} (normalized to {}-{}): supercronic does not wrap "
                         "ranges around",
                         item.text(), item.first, item.last),
             builder.begin_of(item), builder.end_of(item));
    }
    const bool day_field = builder.field_kind() == FieldKind::day_of_month ||
                           builder.field_kind() == FieldKind::day_of_week;
    builder.notes.push_back(
        {"range-reversed",
         day_field
             ? fmt::format("range {} is reversed: cronexpr reads it as an empty set", item.text())
             : fmt::format("range {} is reversed: cronexpr reads it as an empty set, and "
                           "an empty {} field makes supercronic crash when it computes "
                           "the next run",
                           item.text(), builder.facts().name),
         builder.begin_of(item), builder.end_of(item), Severity::warning});
    return;
  }
  const int step = item.step().value_or(1);
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
           builder.begin_of(item), builder.end_of(item));
  };
  int first = item.first;
  int last = item.last;
  int step = item.step().value_or(1);
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
                                         item.text()),
                             builder.begin_of(item), builder.end_of(item), Severity::warning});
  }
  if (step == 1 && first <= last && first >= field.low && last <= field.high && bits.size() <= 64) {
    // A whole run of values (`*`, `1-5`), all within the field: one mask instead of a bit at a
    // time (every `*` of a million-line file would otherwise set 60 bits one by one).
    const std::uint64_t through_last =
        last >= 63 ? ~std::uint64_t{0} : (std::uint64_t{2} << last) - 1;
    const std::uint64_t below_first = (std::uint64_t{1} << first) - 1;
    bits |= Bits(through_last & ~below_first);
    return;
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
    item.set_text(
        builder.line.substr(builder.item_begin, builder.offset(in.end()) - builder.item_begin));
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
    field.set_text(builder.line.substr(begin, end - begin));
    field.set_span(Span{0, 0, 0, begin, end});  // offsets in the line until place_fields()
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

}  // namespace
}  // namespace cronkit
