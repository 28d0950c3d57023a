// Turns crontab text into the syntax tree: splits lines, classifies each one as cron's own loop
// does (blank or comment, else an environment assignment if env.c's grammar accepts it, else an
// entry), and runs the PEGTL grammar with the actions below to build Entries and Schedules.

#include "parse/parse.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <tao/pegtl.hpp>
#include <type_traits>

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

// What the actions build while the grammar walks one entry (or one stand-alone schedule).
struct EntryBuilder {
  EntryBuilder(const Dialect& rules, std::string_view text) : dialect(rules), line(text) {}

  const Dialect& dialect;
  std::string_view line;  // the text being parsed; all offsets are relative to it
  std::optional<Special> special;
  std::size_t special_begin = 0, special_end = 0;
  std::array<Field, 5> fields{};  // items are collected in `items` below while reading
  std::array<std::vector<FieldItem>, 5> items;
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
  if (auto named = value_of_name(field, token)) {
    is_name = true;
    return *named;
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
    builder.item.span.begin = builder.offset(in.begin());
    builder.item_has_range = true;
  }
};

template <>
struct action<g::range_first> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    builder.item = FieldItem{};
    builder.item.kind = FieldItem::Kind::value;
    builder.item.span.begin = builder.offset(in.begin());
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
    item.span.end = builder.offset(in.end());
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
    builder.items[static_cast<std::size_t>(builder.field_index)].push_back(item);
  }
};

template <>
struct action<g::ignored_tail> {
  template <typename Input>
  static void apply(const Input& in, EntryBuilder& builder) {
    Field& field = builder.fields[static_cast<std::size_t>(builder.field_index)];
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
    field.ignored_tail = in.string_view();
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
    field.span.begin = begin;
    field.span.end = end;
    if (!field.ignored_tail.empty()) {
      field.ignored_tail_span.begin = end - field.ignored_tail.size();
      field.ignored_tail_span.end = end;
    }
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

// Where a parsed piece of text sits in the file: the text may start after a line's indentation.
struct TextPlace {
  std::size_t file_offset = 0;  // of the text's first byte
  std::size_t column = 0;       // 0-based column of the text's first byte in its line
  std::uint32_t line = 1;
};

// Converts offsets relative to the parsed text into a span of the file.
Span span_in(const TextPlace& place, std::size_t begin, std::size_t end) {
  return Span{place.line, static_cast<std::uint32_t>(place.column + begin + 1),
              static_cast<std::uint32_t>(place.column + end + 1), place.file_offset + begin,
              place.file_offset + end};
}

void place_fields(std::array<Field, 5>& fields, const std::array<std::vector<FieldItem>, 5>& items,
                  std::pmr::memory_resource* memory, const TextPlace& place) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    Field& field = fields[i];
    // Rebuilt in place: assigning would copy into the default resource instead of `memory`.
    std::destroy_at(&field.items);
    std::construct_at(&field.items, items[i].begin(), items[i].end(), memory);
    if (field.text.empty()) continue;
    field.span = span_in(place, field.span.begin, field.span.end);
    if (!field.ignored_tail.empty()) {
      field.ignored_tail_span =
          span_in(place, field.ignored_tail_span.begin, field.ignored_tail_span.end);
    }
    for (FieldItem& item : field.items) {
      item.span = span_in(place, item.span.begin, item.span.end);
    }
  }
}

Diagnostic to_diagnostic(const LineProblem& problem, const TextPlace& place, bool rejected) {
  return Diagnostic{problem.code, problem.severity, span_in(place, problem.begin, problem.end),
                    problem.message, rejected};
}

// ---- Lines
// -------------------------------------------------------------------------------------------

struct EnvBuilder {
  std::string_view name;
  std::string_view value;
  std::size_t name_begin = 0, name_end = 0, value_begin = 0, value_end = 0;
  char quote = 0;
  bool empty_unquoted = false;
  const char* base = nullptr;
};

template <typename Rule>
struct env_action : pegtl::nothing<Rule> {};
template <>
struct env_action<g::env_name> {
  template <typename Input>
  static void apply(const Input& in, EnvBuilder& env) {
    env.name = in.string_view();
    env.name_begin = static_cast<std::size_t>(in.begin() - env.base);
    env.name_end = static_cast<std::size_t>(in.end() - env.base);
    if (!env.name.empty() && (env.name.front() == '"' || env.name.front() == '\'')) {
      env.name = env.name.substr(1, env.name.size() - 2);
    }
  }
};
template <>
struct env_action<g::env_value> {
  template <typename Input>
  static void apply(const Input& in, EnvBuilder& env) {
    std::string_view text = in.string_view();
    env.value_begin = static_cast<std::size_t>(in.begin() - env.base);
    env.empty_unquoted = text.empty();
    if (!text.empty() && (text.front() == '"' || text.front() == '\'')) {
      env.quote = text.front();
      std::size_t close = text.find(env.quote, 1);
      env.value = text.substr(1, close - 1);
      env.value_end = env.value_begin + close + 1;
    } else {
      // An unquoted value ends at the last non-white character.
      std::size_t end = text.find_last_not_of(" \t\r\v\f");
      env.value = end == std::string_view::npos ? std::string_view() : text.substr(0, end + 1);
      env.value_end = env.value_begin + env.value.size();
    }
  }
};

bool is_c_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\n';
}

// Reads `text` (the line after its leading blanks) as env.c's load_env() would; nothing when cron
// would not take it for an assignment.
std::optional<EnvAssignment> read_assignment(std::string_view text, const Dialect& dialect,
                                             const TextPlace& place) {
  // Debian reads at most this many bytes of a line as an assignment candidate.
  std::string_view candidate = text.substr(0, dialect.max_env_line_length);
  EnvBuilder env;
  env.base = candidate.data();
  pegtl::memory_input in(candidate.data(), candidate.size(), "");
  try {
    if (!pegtl::parse<g::env_assignment, env_action>(in, env)) return std::nullopt;
  } catch (const pegtl::parse_error&) {
    return std::nullopt;
  }
  if (env.empty_unquoted && !dialect.accepts_empty_unquoted_value) return std::nullopt;
  EnvAssignment assignment;
  assignment.name = std::string(env.name);
  std::string value(env.value);
  if (dialect.trims_quoted_value_trailing_blanks) {
    while (!value.empty() && is_c_space(value.back())) value.pop_back();
  }
  if (dialect.strips_second_quote_pair && value.size() >= 2 &&
      (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
    value = value.substr(1, value.size() - 2);
  }
  // Debian: "NAME=value" must fit in its 1000-byte buffer, or the line is not an assignment.
  if (dialect.id == DialectId::debian && assignment.name.size() + 1 + value.size() >= 999) {
    return std::nullopt;
  }
  assignment.value = std::move(value);
  assignment.quote = env.quote;
  assignment.span = span_in(place, 0, text.size());
  assignment.name_span = span_in(place, env.name_begin, env.name_end);
  assignment.value_span = span_in(place, env.value_begin, env.value_end);
  return assignment;
}

// Parses `text` (the line after its leading blanks) as an entry. Throws LineProblem when cron
// rejects it; otherwise fills `entry` and returns the accepted-but-odd notes.
template <typename Grammar>
void read_entry(EntryBuilder& builder) {
  pegtl::memory_input in(builder.line.data(), builder.line.size(), "");
  try {
    pegtl::parse<Grammar, action, control>(in, builder);
  } catch (const pegtl::parse_error& e) {
    // Only raised by PEGTL itself for rules without an error text; treat as a syntax error.
    std::size_t at = e.positions().empty() ? 0 : e.positions().front().byte;
    reject("field-syntax", "syntax error", at, at + 1);
  }
  finish_time_fields(builder);
}

class CrontabParser {
 public:
  CrontabParser(Crontab& crontab, const ParseOptions& options)
      : tab_(crontab), dialect_(dialect(options.dialect)), memory_(crontab.arena.get()) {}

  void parse_line(std::string_view text, std::size_t offset, std::uint32_t number,
                  bool has_newline) {
    Line line;
    line.number = number;
    const TextPlace line_place{offset, 0, number};
    line.span = span_in(line_place, 0, text.size());
    line.ends_with_newline = has_newline;
    line.ends_with_crlf = !text.empty() && text.back() == '\r';

    std::size_t indent = text.find_first_not_of(" \t");
    std::string_view rest =
        indent == std::string_view::npos ? std::string_view() : text.substr(indent);
    if (indent == std::string_view::npos) indent = text.size();
    const TextPlace rest_place{offset + indent, indent, number};
    if (rest.empty()) {
      line.kind = Line::Kind::blank;
    } else if (rest.front() == '#') {
      line.kind = Line::Kind::comment;
      line.index = tab_.comments.size();
      tab_.comments.push_back({span_in(rest_place, 0, rest.size()), rest});
    } else if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
      reject_line(line,
                  {"non-ascii-character",
                   "NUL byte in the line: cron stops reading the line there and misreads the rest",
                   nul, nul + 1},
                  line_place);
    } else if (auto assignment = read_assignment(rest, dialect_, rest_place)) {
      line.kind = Line::Kind::environment;
      line.index = tab_.environment.size();
      tab_.environment.push_back(std::move(*assignment));
    } else {
      parse_entry(line, rest, rest_place);
    }
    if (!has_newline && line.kind != Line::Kind::blank && line.kind != Line::Kind::comment) {
      report_missing_newline(line, text);
    }
    tab_.lines.push_back(line);
  }

 private:
  void parse_entry(Line& line, std::string_view rest, const TextPlace& rest_place) {
    EntryBuilder builder(dialect_, rest);
    try {
      if (tab_.format == CrontabFormat::system) {
        read_entry<g::system_entry>(builder);
      } else {
        read_entry<g::user_entry>(builder);
      }
    } catch (const LineProblem& problem) {
      reject_line(line, problem, rest_place);
      return;
    }
    Entry entry;
    entry.span = line.span;
    entry.special = builder.special;
    if (builder.special) {
      entry.special_span = span_in(rest_place, builder.special_begin, builder.special_end);
    }
    entry.fields = std::move(builder.fields);
    place_fields(entry.fields, builder.items, memory_, rest_place);
    if (builder.user) {
      entry.user = builder.user;
      entry.user_span =
          span_in(rest_place, builder.user_begin, builder.user_begin + builder.user->size());
    }
    std::size_t command_begin = builder.command_begin;
    if (tab_.format == CrontabFormat::system && dialect_.skips_all_blanks_after_user) {
      while (command_begin < rest.size() &&
             (rest[command_begin] == ' ' || rest[command_begin] == '\t')) {
        ++command_begin;
      }
    }
    std::string_view raw = rest.substr(command_begin);
    entry.command = split_command(raw, dialect_);
    entry.command.span = span_in(rest_place, command_begin, rest.size());
    entry.schedule = builder.schedule;
    entry.environment_in_force = tab_.environment.size();

    for (const LineProblem& note : builder.notes) {
      tab_.diagnostics.push_back(to_diagnostic(note, rest_place, false));
    }
    check_command(entry, line, raw, rest_place, command_begin);
    line.kind = Line::Kind::entry;
    line.index = tab_.entries.size();
    tab_.entries.push_back(std::move(entry));
  }

  // What cron checks about the command once the schedule has been read.
  void check_command(Entry& entry, const Line& line, std::string_view raw,
                     const TextPlace& rest_place, std::size_t command_begin) {
    auto problem = [&](std::string code, std::string message, std::size_t begin, std::size_t end,
                       bool rejected) {
      tab_.diagnostics.push_back(to_diagnostic({std::move(code), std::move(message), begin, end,
                                                rejected ? Severity::error : Severity::warning},
                                               rest_place, rejected));
      if (rejected) {
        entry.accepted = false;
        note_file_rejection(line.number, tab_.diagnostics.back().message);
      }
    };
    std::size_t end = command_begin + raw.size();
    if (raw.find_first_not_of(" \t") == std::string_view::npos) {
      bool accepted = dialect_.accepts_empty_command;
      problem("field-count",
              accepted ? "missing command after the schedule: Debian's cron accepts the entry and "
                         "runs nothing"
                       : "missing command after the schedule",
              command_begin, end, !accepted);
    } else if (tab_.format == CrontabFormat::user && raw.front() == '*') {
      problem("seconds-or-year-field",
              "the command starts with '*': this looks like a sixth time field (seconds or year), "
              "which cron does not have",
              command_begin, command_begin + 1, true);
    } else if (raw.size() > dialect_.max_command_length) {
      if (dialect_.command_too_long_is_rejected) {
        problem("command-too-long",
                fmt::format(
                    "command is {} bytes long; Debian's cron rejects commands of {} bytes or more",
                    raw.size(), dialect_.max_command_length + 1),
                command_begin, end, true);
      } else {
        problem("command-too-long",
                fmt::format("command is {} bytes long; cron cuts it after {} bytes", raw.size(),
                            dialect_.max_command_length),
                command_begin, end, false);
      }
    }
  }

  void reject_line(Line& line, const LineProblem& problem, const TextPlace& place) {
    tab_.diagnostics.push_back(to_diagnostic(problem, place, true));
    line.kind = Line::Kind::rejected;
    note_file_rejection(line.number, problem.message);
  }

  void report_missing_newline(Line& line, std::string_view text) {
    const bool whole_file = dialect_.rejects_whole_file_without_final_newline;
    std::string message =
        whole_file ? "the last line has no newline at its end: Debian's cron ignores the whole file"
                   : "the last line has no newline at its end: cron ignores this line";
    tab_.diagnostics.push_back(
        Diagnostic{"missing-final-newline", Severity::error,
                   span_in(TextPlace{line.span.begin, 0, line.number}, text.size(), text.size()),
                   message, true});
    if (line.kind == Line::Kind::entry) tab_.entries[line.index].accepted = false;
    if (whole_file)
      mark_whole_file_ignored(fmt::format("line {} has no newline at its end", line.number));
  }

  void note_file_rejection(std::uint32_t line_number, const std::string& message) {
    if (dialect_.rejects_whole_file_on_error) {
      mark_whole_file_ignored(fmt::format("line {} is rejected ({})", line_number, message));
    }
  }

  void mark_whole_file_ignored(std::string reason) {
    if (tab_.whole_file_ignored) return;
    tab_.whole_file_ignored = true;
    tab_.whole_file_ignored_reason = std::move(reason);
  }

  Crontab& tab_;
  const Dialect& dialect_;
  std::pmr::memory_resource* memory_;
};

}  // namespace

Crontab parse_crontab(std::string text, const ParseOptions& options) {
  Crontab tab;
  tab.path = options.path;
  tab.format = options.format;
  tab.dialect = options.dialect;
  tab.buffer = std::make_unique<const std::string>(std::move(text));
  std::string_view source = tab.source();
  const auto line_count =
      static_cast<std::size_t>(std::count(source.begin(), source.end(), '\n')) + 1;
  tab.lines.reserve(line_count);
  tab.entries.reserve(line_count);

  CrontabParser parser(tab, options);
  std::size_t offset = 0;
  std::uint32_t number = 0;
  while (offset < source.size()) {
    std::size_t newline = source.find('\n', offset);
    bool has_newline = newline != std::string_view::npos;
    std::size_t end = has_newline ? newline : source.size();
    parser.parse_line(source.substr(offset, end - offset), offset, ++number, has_newline);
    offset = has_newline ? newline + 1 : end;
  }

  const Dialect& rules = dialect(options.dialect);
  if (rules.max_lines != 0 && tab.lines.size() > rules.max_lines) {
    tab.diagnostics.push_back(Diagnostic{
        "file-too-long", Severity::error, tab.lines[rules.max_lines].span,
        fmt::format("the file has {} lines; Debian's cron ignores crontabs longer than {} lines",
                    tab.lines.size(), rules.max_lines),
        true});
    if (!tab.whole_file_ignored) {
      tab.whole_file_ignored = true;
      tab.whole_file_ignored_reason =
          fmt::format("the file is longer than {} lines", rules.max_lines);
    }
  }
  std::stable_sort(
      tab.diagnostics.begin(), tab.diagnostics.end(),
      [](const Diagnostic& a, const Diagnostic& b) { return a.span.begin < b.span.begin; });
  return tab;
}

bool ParsedSchedule::ok() const {
  return std::none_of(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; });
}

ParsedSchedule parse_schedule(std::string_view text, DialectId dialect_id) {
  ParsedSchedule result;
  result.buffer = std::make_unique<const std::string>(text);
  std::string_view source = result.text();
  EntryBuilder builder(dialect(dialect_id), source);
  try {
    if (source.find('\0') != std::string_view::npos) {
      std::size_t nul = source.find('\0');
      reject("non-ascii-character", "NUL byte in the schedule", nul, nul + 1);
    }
    pegtl::memory_input in(source.data(), source.size(), "");
    pegtl::parse<g::schedule_only, action, control>(in, builder);
    finish_time_fields(builder);
  } catch (const LineProblem& problem) {
    result.diagnostics.push_back(to_diagnostic(problem, TextPlace{}, true));
    return result;
  }
  for (const LineProblem& note : builder.notes) {
    result.diagnostics.push_back(to_diagnostic(note, TextPlace{}, false));
  }
  result.special = builder.special;
  result.fields = builder.fields;
  place_fields(result.fields, builder.items, std::pmr::get_default_resource(), TextPlace{});
  result.schedule = builder.schedule;
  return result;
}

}  // namespace cronkit
