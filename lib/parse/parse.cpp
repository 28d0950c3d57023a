// Turns crontab text into the syntax tree: splits lines, classifies each one as cron's own loop
// does (blank or comment, else an environment assignment if env.c's grammar accepts it, else an
// entry), and runs the PEGTL grammar with the actions of parse/entry_actions.hpp to build Entries
// and Schedules.

#include "parse/parse.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <memory>
#include <tao/pegtl.hpp>
#include <type_traits>

#include "grammar/crontab.hpp"
#include "grammar/errors.hpp"
#include "parse/command_text.hpp"
#include "parse/croniter_actions.hpp"
#include "parse/entry_actions.hpp"
#include "parse/eventbridge_expression.hpp"
#include "parse/field_values.hpp"
#include "parse/fugit_expression.hpp"
#include "parse/ncrontab_expression.hpp"
#include "parse/quartz_expression.hpp"
#include "parse/robfig_actions.hpp"
#include "parse/spring_expression.hpp"

namespace cronkit {
namespace {

// Where a parsed piece of text sits in the file: the text may start after a line's indentation.
struct TextPlace {
  std::size_t file_offset = 0;  // of the text's first byte
  std::size_t column = 0;       // 0-based column of the text's first byte in its line
  std::uint32_t line = 1;
};

// Converts offsets relative to the parsed text into a span of the file. The file is shorter
// than max_source_bytes, so every offset fits in 32 bits.
Span span_in(const TextPlace& place, std::size_t begin, std::size_t end) {
  return Span{place.line, static_cast<std::uint32_t>(place.column + begin + 1),
              static_cast<std::uint32_t>(place.column + end + 1),
              static_cast<std::uint32_t>(place.file_offset + begin),
              static_cast<std::uint32_t>(place.file_offset + end)};
}

// The storage never runs destructors: items must not need them.
static_assert(std::is_trivially_destructible_v<FieldItem>);

// Copies the builder's fields into `fields` and their items into `storage` (room for
// builder.items.size() items), turning their spans from line offsets into file positions.
// cronexpr's second and year fields, when read, go to `second_and_year` (room for two).
std::size_t place_fields(std::array<Field, 5>& fields, EntryBuilder& builder, FieldItem* storage,
                         const TextPlace& place, Field* second_and_year = nullptr) {
  FieldItem* out = std::uninitialized_copy(builder.items.begin(), builder.items.end(), storage);
  for (FieldItem* item = storage; item != out; ++item) {
    item->span = span_in(place, item->span.begin, item->span.end);
  }
  auto place_field = [&](Field& field, std::size_t i) {
    field = builder.fields[i];
    std::size_t begin = builder.field_items_begin[i];
    std::size_t end = builder.field_items_end[i];
    if (end < begin) end = begin;  // a field that was never read (an @-special)
    field.items = std::span<const FieldItem>(storage + begin, end - begin);
    if (field.text.empty()) return;
    field.span = span_in(place, field.span.begin, field.span.end);
  };
  for (std::size_t i = 0; i < fields.size(); ++i) place_field(fields[i], i);
  std::size_t extra = 0;
  if (second_and_year) {
    for (FieldKind kind : {FieldKind::second, FieldKind::year}) {
      const auto i = static_cast<std::size_t>(kind);
      if (builder.fields[i].text.empty()) continue;
      place_field(second_and_year[extra++], i);
    }
  }
  return extra;
}

// How many of cronexpr's fields the builder read besides the five (0-2).
std::size_t extra_field_count(const EntryBuilder& builder) {
  return (builder.fields[static_cast<std::size_t>(FieldKind::second)].text.empty() ? 0 : 1) +
         (builder.fields[static_cast<std::size_t>(FieldKind::year)].text.empty() ? 0 : 1);
}

// Go's regexp \s (what supercronic and cronexpr split fields at): ASCII space, \t, \n, \f, \r.
bool is_go_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// The [begin, end) offsets of the runs of non-space bytes (Go's `\S+`) in `text`.
std::vector<std::pair<std::size_t, std::size_t>> go_fields(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && is_go_space(text[i])) ++i;
    if (i == text.size()) break;
    std::size_t begin = i;
    while (i < text.size() && !is_go_space(text[i])) ++i;
    out.emplace_back(begin, i);
  }
  return out;
}

// Reads `builder.line` as a cronexpr schedule of `count` fields (1: an @-special). Throws
// LineProblem like read_entry.
void read_cronexpr_schedule(EntryBuilder& builder, std::size_t count);

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

EnvAssignment make_assignment(std::string_view text, const TextPlace& place, std::size_t name_begin,
                              std::size_t name_end, std::size_t value_begin, std::size_t value_end,
                              std::string value, char quote) {
  EnvAssignment assignment;
  assignment.name = std::string(text.substr(name_begin, name_end - name_begin));
  assignment.value = std::move(value);
  assignment.quote = quote;
  assignment.span = span_in(place, 0, text.size());
  assignment.name_span = span_in(place, name_begin, name_end);
  assignment.value_span = span_in(place, value_begin, value_end);
  return assignment;
}

// busybox crond.c load_crontab(): the first word starting with `MAILTO=` or `SHELL=`; the value is
// the rest of that word, quotes and all.
std::optional<EnvAssignment> read_busybox_setting(std::string_view text, const TextPlace& place) {
  for (std::string_view name : {std::string_view("MAILTO"), std::string_view("SHELL")}) {
    if (text.size() > name.size() && text.starts_with(name) && text[name.size()] == '=') {
      const std::size_t value_begin = name.size() + 1;
      const std::size_t value_end = std::min(text.find_first_of(" \t", value_begin), text.size());
      return make_assignment(text, place, 0, name.size(), value_begin, value_end,
                             std::string(text.substr(value_begin, value_end - value_begin)), 0);
    }
  }
  return std::nullopt;
}

// FreeBSD env.c load_env(): sscanf(line, "%[^ =] = %[^\n#]", name, val) must fill both; trailing
// blanks leave the value, then one pair of equal quotes around it.
std::optional<EnvAssignment> read_freebsd_assignment(std::string_view text, const Dialect& dialect,
                                                     const TextPlace& place) {
  const std::string_view line = text.substr(0, dialect.max_env_line_length);
  const std::size_t name_end = std::min(line.find_first_of(" ="), line.size());
  if (name_end == 0) return std::nullopt;
  std::size_t i = name_end;
  while (i < line.size() && is_c_space(line[i])) ++i;  // a blank in a scanf format: any white
  if (i == line.size() || line[i] != '=') return std::nullopt;
  ++i;
  while (i < line.size() && is_c_space(line[i])) ++i;
  const std::size_t value_begin = i;
  std::size_t value_end = std::min(line.find('#', value_begin), line.size());
  if (value_end == value_begin) return std::nullopt;  // %[ needs one character
  while (value_end > value_begin && is_c_space(line[value_end - 1])) --value_end;
  std::string value(line.substr(value_begin, value_end - value_begin));
  char quote = 0;
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') &&
      value.back() == value.front()) {
    quote = value.front();
    value = value.substr(1, value.size() - 2);
  }
  return make_assignment(text, place, 0, name_end, value_begin, value_end, std::move(value), quote);
}

// systemd-crontab-generator parse_crontab(): `^([A-Za-z_0-9]+)\s*=\s*(.*)$` on the stripped
// line, then value.strip("'").strip('"').
std::optional<EnvAssignment> read_systemd_assignment(std::string_view text,
                                                     const TextPlace& place) {
  std::string_view line = text;
  while (!line.empty() && is_c_space(line.back())) line.remove_suffix(1);
  std::size_t i = 0;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_'))
    ++i;
  const std::size_t name_end = i;
  if (name_end == 0) return std::nullopt;
  while (i < line.size() && is_c_space(line[i])) ++i;
  if (i == line.size() || line[i] != '=') return std::nullopt;
  ++i;
  while (i < line.size() && is_c_space(line[i])) ++i;
  std::string_view value = line.substr(i);
  const char quote =
      !value.empty() && (value.front() == '"' || value.front() == '\'') ? value.front() : 0;
  auto strip = [](std::string_view v, char c) {
    while (!v.empty() && v.front() == c) v.remove_prefix(1);
    while (!v.empty() && v.back() == c) v.remove_suffix(1);
    return v;
  };
  return make_assignment(text, place, 0, name_end, i, line.size(),
                         std::string(strip(strip(value, '\''), '"')), quote);
}

// Reads `text` (the line after its leading blanks) as env.c's load_env() would; nothing when cron
// would not take it for an assignment.
std::optional<EnvAssignment> read_assignment(std::string_view text, const Dialect& dialect,
                                             const TextPlace& place) {
  switch (dialect.env_line_syntax) {
    case EnvLineSyntax::vixie_load_env:
      break;
    case EnvLineSyntax::busybox_mailto_shell:
      return read_busybox_setting(text, place);
    case EnvLineSyntax::freebsd_sscanf:
      return read_freebsd_assignment(text, dialect, place);
    case EnvLineSyntax::systemd_generator:
      return read_systemd_assignment(text, place);
  }
  // Debian reads at most this many bytes of a line as an assignment candidate.
  std::string_view candidate = text.substr(0, dialect.max_env_line_length);
  // Every assignment has its `=`: most entry lines are turned away here, without the grammar.
  if (candidate.find('=') == std::string_view::npos) return std::nullopt;
  EnvBuilder env;
  env.base = candidate.data();
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(candidate.data(), candidate.size(), "");
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
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(builder.line.data(), builder.line.size(), "");
  try {
    pegtl::parse<Grammar, action, control>(in, builder);
  } catch (const pegtl::parse_error& e) {
    // Only raised by PEGTL itself for rules without an error text; treat as a syntax error.
    std::size_t at = e.positions().empty() ? 0 : e.positions().front().byte;
    reject("field-syntax", "syntax error", at, at + 1);
  }
  finish_time_fields(builder);
}

// GitHub Actions runs a schedule at most once every Dialect::min_interval_minutes: a note naming
// the closest two runs of a day (the last of one day and the first of the next included) when
// the schedule asks for more.
void note_min_interval(EntryBuilder& builder) {
  const int limit = builder.dialect.min_interval_minutes;
  const Schedule& s = builder.schedule;
  if (limit <= 0 || builder.special || s.at_reboot) return;
  std::vector<int> times;
  for (int h = 0; h < 24; ++h) {
    for (int m = 0; m < 60; ++m) {
      if (s.hours.test(static_cast<std::size_t>(h)) && s.minutes.test(static_cast<std::size_t>(m)))
        times.push_back(h * 60 + m);
    }
  }
  if (times.empty()) return;
  int gap = times.front() + 24 * 60 - times.back();
  int first = times.back(), second = times.front();
  for (std::size_t i = 0; i + 1 < times.size(); ++i) {
    if (times[i + 1] - times[i] < gap || (times[i + 1] - times[i] == gap && first > second)) {
      gap = times[i + 1] - times[i];
      first = times[i];
      second = times[i + 1];
    }
  }
  if (gap >= limit) return;
  builder.notes.push_back(
      {"too-frequent",
       fmt::format("{} runs scheduled workflows at most once every {} minutes; this schedule asks "
                   "for runs {} minute{} apart ({:02}:{:02} and {:02}:{:02})",
                   builder.dialect.daemon, limit, gap, gap == 1 ? "" : "s", first / 60, first % 60,
                   second / 60, second % 60),
       0, builder.line.size(), Severity::warning});
}

// robfig/cron v3's ParseStandard (Kubernetes): one expression, never a crontab line.
void read_robfig_expression(EntryBuilder& builder) {
  if (builder.line.empty()) reject("field-count", "empty spec string", 0, 0);
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(builder.line.data(), builder.line.size(), "");
  if (!pegtl::parse<g::robfig_expression, action, control>(in, builder)) {
    reject("field-syntax", "syntax error", 0, builder.line.size());
  }
  finish_robfig_fields(builder);
}

void read_cronexpr_schedule(EntryBuilder& builder, std::size_t count) {
  switch (count) {
    case 1: {
      // One word: only an @-special; anything else is too few fields for cronexpr.
      const std::size_t begin = builder.line.find_first_not_of(" \t");
      if (begin == std::string_view::npos || builder.line[begin] != '@') {
        reject("field-count",
               "missing field(s): cronexpr needs five fields (minute hour day-of-month month "
               "day-of-week), six (and a year) or seven (a second first, a year last)",
               builder.line.size(), builder.line.size());
      }
      read_entry<g::cronexpr_schedule<g::special>>(builder);
      break;
    }
    case 5:
      read_entry<g::cronexpr_schedule<g::time_fields>>(builder);
      break;
    case 6:
      read_entry<g::cronexpr_schedule<g::time_fields_and_year>>(builder);
      break;
    default:
      read_entry<g::cronexpr_schedule<g::second_time_fields_and_year>>(builder);
      break;
  }
}

// cronexpr.go Parse: the field count decides the layout; fewer than five is an error, and
// supercronic's ParseStrict refuses more than seven.
void check_cronexpr_field_count(std::string_view text) {
  const auto fields = go_fields(text);
  if (fields.size() == 1 && text[fields[0].first] == '@') return;
  if (fields.size() < 5) {
    reject("field-count",
           "missing field(s): cronexpr needs five fields (minute hour day-of-month month "
           "day-of-week), six (and a year) or seven (a second first, a year last)",
           fields.empty() ? 0 : fields.back().second, text.size());
  }
  if (fields.size() > 7) {
    reject("field-count", "too many fields: cronexpr reads at most seven", fields[7].first,
           fields.back().second);
  }
}

// Whether a word reads like a time field (digits, `*`, `/`, `,` and `-` only): a sixth one after
// the schedule (seconds or year) is not the command of a rejected line.
bool is_schedule_word(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '*' || c == '/' || c == ',' || c == '-';
  });
}

class CrontabParser {
 public:
  CrontabParser(Crontab& crontab, const ParseOptions& options)
      : tab_(crontab),
        dialect_(dialect(options.dialect)),
        memory_(crontab.arena.get()),
        builder_(dialect_, std::string_view()) {}

  void parse_line(std::string_view text, std::size_t offset, std::uint32_t number,
                  bool has_newline) {
    Line line;
    line.number = number;
    const TextPlace line_place{offset, 0, number};
    line.span = span_in(line_place, 0, text.size());
    line.ends_with_newline = has_newline;
    line.ends_with_crlf = !text.empty() && text.back() == '\r';

    std::size_t indent = 0;
    while (indent < text.size() && (text[indent] == ' ' || text[indent] == '\t')) ++indent;
    std::string_view rest = text.substr(indent);
    const TextPlace rest_place{offset + indent, indent, number};
    if (rest.empty()) {
      line.kind = Line::Kind::blank;
    } else if (rest.front() == '#') {
      line.kind = Line::Kind::comment;
      line.index = static_cast<std::uint32_t>(tab_.comments.size());
      tab_.comments.push_back({span_in(rest_place, 0, rest.size()), rest});
    } else if (std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
      reject_line(line,
                  {"non-ascii-character",
                   "NUL byte in the line: cron stops reading the line there and misreads the rest",
                   nul, nul + 1},
                  line_place, std::string_view());
    } else if (const std::string_view content = comment_cut(rest);
               auto assignment = read_assignment(content, dialect_, rest_place)) {
      line.kind = Line::Kind::environment;
      line.index = static_cast<std::uint32_t>(tab_.environment.size());
      tab_.environment.push_back(std::move(*assignment));
    } else {
      parse_entry(line, text, content, rest_place);
    }
    if (!has_newline && line.kind != Line::Kind::blank && line.kind != Line::Kind::comment) {
      report_missing_newline(line, text);
    }
    tab_.lines.push_back(line);
  }

 private:
  // busybox reads a `#` anywhere as the start of a comment (config_read's PARSE_EOL_COMMENTS) and
  // trims the blanks before it; an @-line's command is taken from the uncut line.
  std::string_view comment_cut(std::string_view rest) const {
    if (!dialect_.hash_ends_command || rest.empty() || rest.front() == '@') return rest;
    std::string_view cut = rest.substr(0, std::min(rest.find('#'), rest.size()));
    while (!cut.empty() && (cut.back() == ' ' || cut.back() == '\t')) cut.remove_suffix(1);
    return cut;
  }

  // busybox crond and systemd-cron's generator count the words of a line before reading it.
  // Throws the daemon's verdict on a line with too few.
  void check_word_count(std::string_view rest) const {
    if (dialect_.field_reader == FieldReader::vixie_get_list) return;
    std::size_t words = 0;
    for (std::size_t i = 0; i < rest.size();) {
      while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t')) ++i;
      if (i == rest.size()) break;
      ++words;
      while (i < rest.size() && rest[i] != ' ' && rest[i] != '\t') ++i;
    }
    const bool system = tab_.format == CrontabFormat::system;
    const std::size_t needed = (rest.front() == '@' ? 2 : 6) + (system ? 1 : 0);
    if (words >= needed) return;
    const std::string what =
        fmt::format("{}{}a command", rest.front() == '@' ? "an @-word" : "five time fields",
                    system ? ", a user and " : " and ");
    if (dialect_.ignores_short_lines_silently) {
      // crond.c load_crontab(): `if (n < 6) continue;` (an @-line needs two words).
      reject("field-count",
             fmt::format("{} skips a line of fewer than {} words ({}) without a message; this "
                         "one has {}",
                         dialect_.daemon, needed, what, words),
             0, rest.size());
    }
    // The generator logs "truncated line"; in a user crontab its main() then reads the missing
    // job fields and stops with a KeyError.
    reject("field-count",
           fmt::format("{} logs \"truncated line\" for a line of fewer than {} words ({}); this "
                       "one has {}{}",
                       dialect_.daemon, needed, what, words,
                       system ? ", and makes no timer for it"
                              : ", then fails with a KeyError, so no later line or file gets a "
                                "timer"),
           0, rest.size());
  }

  // FreeBSD's wording of a rejected time field, after cronkit's: "(owner) PARSE (bad minute)".
  LineProblem in_daemon_terms(LineProblem problem, const EntryBuilder& builder) const {
    if (dialect_.field_reader != FieldReader::vixie_get_list || dialect_.field_error_log.empty() ||
        builder.special || builder.field_index < 0 ||
        (builder.field_index == 4 && builder.fields[4].text.data() != nullptr &&
         problem.begin >= builder.fields[4].span.end) ||
        problem.code == "field-count") {
      return problem;
    }
    const FieldFacts& facts = field_facts(static_cast<FieldKind>(builder.field_index));
    problem.message += fmt::format(
        " ({} logs \"{}\" and skips the line)", dialect_.daemon,
        fmt::format(fmt::runtime(dialect_.field_error_log), fmt::arg("field", facts.name),
                    fmt::arg("text", std::string_view())));
    return problem;
  }

  void parse_entry(Line& line, std::string_view text, std::string_view rest,
                   const TextPlace& rest_place) {
    EntryBuilder& builder = builder_;
    builder.reset(rest);
    try {
      const bool system = tab_.format == CrontabFormat::system;
      if (!dialect_.reads_crontab_files) {
        reject(
            "field-syntax",
            fmt::format("{} reads no crontab files: give the schedule on its own", dialect_.name),
            0, rest.size());
      }
      if (dialect_.seconds_and_year_fields) {
        read_cronexpr_entry(builder, rest);
      } else if (dialect_.field_reader != FieldReader::vixie_get_list) {
        check_word_count(rest);
        if (system) {
          read_entry<g::word_system_entry>(builder);
        } else {
          read_entry<g::word_user_entry>(builder);
        }
      } else if (dialect_.accepts_bsd_line_options) {
        check_word_count(rest);
        if (system) {
          read_entry<g::bsd_system_entry>(builder);
        } else {
          read_entry<g::bsd_user_entry>(builder);
        }
      } else if (system) {
        check_word_count(rest);
        read_entry<g::system_entry>(builder);
      } else {
        read_entry<g::user_entry>(builder);
      }
    } catch (const LineProblem& problem) {
      reject_line(line, in_daemon_terms(problem, builder), rest_place, text);
      return;
    }
    // Built in place: an Entry is several hundred bytes, and a million of them are written once.
    line.kind = Line::Kind::entry;
    line.index = static_cast<std::uint32_t>(tab_.entries.size());
    Entry& entry = tab_.entries.emplace_back();
    entry.span = line.span;
    entry.special = builder.special;
    if (builder.special) {
      entry.special_span = span_in(rest_place, builder.special_begin, builder.special_end);
    }
    auto* items = builder.items.empty()
                      ? nullptr
                      : static_cast<FieldItem*>(memory_->allocate(
                            builder.items.size() * sizeof(FieldItem), alignof(FieldItem)));
    Field* extra = nullptr;
    if (const std::size_t count = extra_field_count(builder); count > 0) {
      static_assert(std::is_trivially_destructible_v<Field>);
      extra = static_cast<Field*>(memory_->allocate(count * sizeof(Field), alignof(Field)));
      std::uninitialized_default_construct_n(extra, count);
    }
    const std::size_t extra_count = place_fields(entry.fields, builder, items, rest_place, extra);
    if (extra_count > 0) entry.second_and_year = std::span<const Field>(extra, extra_count);
    if (builder.line_options != 0) {
      entry.line_options = builder.line_options;
      entry.line_options_span =
          span_in(rest_place, builder.line_options_begin, builder.line_options_end);
    }
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
    entry.command = split_command(raw, dialect_, memory_);
    entry.command.span = span_in(rest_place, command_begin, rest.size());
    entry.schedule = builder.schedule;
    entry.environment_in_force = tab_.environment.size();

    for (const LineProblem& note : builder.notes) {
      tab_.diagnostics.push_back(to_diagnostic(note, rest_place, false));
    }
    check_command(entry, line, raw, rest_place, command_begin);
  }

  // supercronic (crontab/crontab.go parseJobLine): the line's `\S+` words; for 7, 6, 5 and 1
  // schedule words in turn, if the line has more words than that, the text up to the end of
  // that many words is handed to cronexpr, and the first that parses is the schedule. The
  // command is the rest of the line from the next word on.
  void read_cronexpr_entry(EntryBuilder& builder, std::string_view rest) {
    const auto words = go_fields(rest);
    for (std::size_t count : {std::size_t{7}, std::size_t{6}, std::size_t{5}, std::size_t{1}}) {
      if (words.size() <= count) continue;
      builder.reset(rest.substr(0, words[count - 1].second));
      try {
        read_cronexpr_schedule(builder, count);
      } catch (const LineProblem&) {
        continue;
      }
      builder.command_begin = words[count].first;
      builder.line = rest;
      return;
    }
    // Nothing parses: say what is wrong with the reading the line most likely meant.
    const bool special = !words.empty() && rest[words[0].first] == '@';
    const std::size_t count = special ? 1 : 5;
    if (words.size() <= count) {
      builder.reset(rest);
      check_cronexpr_field_count(rest);
      read_cronexpr_schedule(builder,
                             words.size() >= 5 ? std::min<std::size_t>(words.size(), 7) : count);
      reject("field-count", "missing command after the schedule", rest.size(), rest.size());
    }
    builder.reset(rest.substr(0, words[count - 1].second));
    read_cronexpr_schedule(builder, count);
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
    if (raw.find_first_not_of(" \t") == std::string_view::npos && entry.line_options != 0) {
      // entry.c load_entry(): after the options the command may not be empty.
      problem("field-count",
              fmt::format("missing command after the options: {} logs \"bad command\" and skips "
                          "the line",
                          dialect_.daemon),
              command_begin, end, true);
    } else if (raw.find_first_not_of(" \t") == std::string_view::npos) {
      bool accepted = dialect_.accepts_empty_command;
      problem("field-count",
              accepted ? fmt::format("missing command after the schedule: {} accepts the entry "
                                     "and runs nothing",
                                     dialect_.daemon)
                       : "missing command after the schedule",
              command_begin, end, !accepted);
    } else if (dialect_.rejects_star_command && tab_.format == CrontabFormat::user &&
               raw.front() == '*') {
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

  // `text` is the whole line, to find the job in; empty when the line has none to offer.
  void reject_line(Line& line, const LineProblem& problem, const TextPlace& place,
                   std::string_view text) {
    tab_.diagnostics.push_back(to_diagnostic(problem, place, true));
    line.kind = Line::Kind::rejected;
    line.index = static_cast<std::uint32_t>(tab_.rejected.size());
    RejectedLine& rejected = tab_.rejected.emplace_back();
    rejected.span = line.span;
    rejected.environment_in_force = tab_.environment.size();
    find_rejected_job(rejected, text, TextPlace{line.span.begin, 0, line.number});
    note_file_rejection(line.number, problem.message);
  }

  // The job of a line cron rejects (see RejectedLine): the first word after the schedule (five
  // time fields or an @-word), the user and any sixth schedule-like word that is not a command.
  void find_rejected_job(RejectedLine& rejected, std::string_view text,
                         const TextPlace& line_place) {
    const bool system = tab_.format == CrontabFormat::system;
    std::size_t schedule_words = 0;
    std::size_t previous_begin = 0, previous_end = 0;
    std::size_t word = 0;  // how many words were passed
    for (std::size_t i = 0; i < text.size();) {
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      if (i == text.size()) break;
      std::size_t begin = i;
      while (i < text.size() && text[i] != ' ' && text[i] != '\t') ++i;
      if (word == 0) schedule_words = (text[begin] == '@' ? 1 : 5) + (system ? 1 : 0);
      if (word >= schedule_words && !is_schedule_word(text.substr(begin, i - begin))) {
        rejected.has_command = true;
        if (system) {
          rejected.user = text.substr(previous_begin, previous_end - previous_begin);
          rejected.user_span = span_in(line_place, previous_begin, previous_end);
        }
        rejected.command = split_command(text.substr(begin), dialect_, memory_);
        rejected.command.span = span_in(line_place, begin, text.size());
        return;
      }
      previous_begin = begin;
      previous_end = i;
      ++word;
    }
  }

  void report_missing_newline(Line& line, std::string_view text) {
    if (dialect_.reads_last_line_without_newline) return;
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
  EntryBuilder builder_;
};

// What Quartz's ParseException says, with what to write instead for the mistakes people make
// most (a crontab line given to Quartz; both day fields set).
std::string quartz_error_text(const QuartzReading& reading) {
  std::string text = fmt::format("Quartz rejects the expression: {}", reading.message);
  if (reading.offset >= 0 && !reading.message.starts_with("Illegal cron expression format"))
    text += fmt::format(" (error offset {})", reading.offset);
  if (reading.message.starts_with("Unexpected end of expression")) {
    text +=
        "; a Quartz expression has six or seven fields: second minute hour day-of-month month "
        "day-of-week [year]";
  } else if (reading.message.starts_with("Support for specifying both") ||
             reading.message.starts_with("'?' can only be specified for Day-of-Month -OR-")) {
    text +=
        "; exactly one of day-of-month and day-of-week must be '?', e.g. '0 0 9 ? * MON-FRI' or "
        "'0 0 9 1 * ?'";
  }
  return text;
}

// org.quartz.CronExpression's reading of a bare expression (parse/quartz_expression.hpp).
void read_quartz_schedule(ParsedSchedule& result) {
  const std::string_view source = result.text();
  const int max_year = quartz_max_year();
  const QuartzReading reading = read_quartz_expression(source, max_year);
  auto field_span = [&](std::size_t i) {
    return span_in(TextPlace{}, reading.fields[i].begin, reading.fields[i].end);
  };
  if (!reading.cron) {
    Span span = span_in(TextPlace{}, source.size(), source.size());
    std::string code = "field-count";
    if (reading.message.starts_with("Support for specifying both") ||
        reading.message.starts_with("'?' can only be specified for Day-of-Month -OR-")) {
      code = "field-syntax";
      span = span_in(TextPlace{}, reading.fields[3].begin, reading.fields[5].end);
    } else if (!reading.message.starts_with("Unexpected end of expression") && reading.count > 0) {
      code = "field-syntax";
      span = field_span(reading.count - 1);
    }
    result.diagnostics.push_back(
        Diagnostic{code, Severity::error, span, quartz_error_text(reading), true});
    return;
  }
  static constexpr std::array<FieldKind, 7> kinds = {
      FieldKind::second, FieldKind::minute,      FieldKind::hour, FieldKind::day_of_month,
      FieldKind::month,  FieldKind::day_of_week, FieldKind::year};
  auto make_field = [&](std::size_t i) {
    Field field;
    field.kind = kinds[i];
    field.text =
        source.substr(reading.fields[i].begin, reading.fields[i].end - reading.fields[i].begin);
    field.span = field_span(i);
    return field;
  };
  for (std::size_t i = 1; i <= 5; ++i) result.fields[i - 1] = make_field(i);
  result.second_and_year.push_back(make_field(0));
  if (reading.count == 7) result.second_and_year.push_back(make_field(6));
  result.schedule = quartz_schedule(*reading.cron, reading.count == 7, max_year);
}

// GitLab's reading of a pipeline schedule's cron text: fugit's (parse/fugit_expression.hpp).
// fugit answers nil, and GitLab says "Cron syntax is invalid"; cronkit adds why and where.
void read_gitlab_schedule(ParsedSchedule& result) {
  const std::string_view source = result.text();
  const FugitReading reading = read_gitlab_expression(source);
  if (!reading.cron) {
    std::string text;
    if (reading.raises) {
      text = fmt::format(
          "fugit raises {}; GitLab fails with this exception instead of saying \"Cron syntax is "
          "invalid\"",
          reading.message);
    } else {
      text = fmt::format("Cron syntax is invalid: {}", reading.message);
    }
    std::string code = "field-syntax";
    if (reading.message.starts_with("expected 5 fields")) code = "field-count";
    if (!reading.special.empty() || reading.message.starts_with("unknown @-word") ||
        reading.message.starts_with("@reboot"))
      code = "special-invalid";
    result.diagnostics.push_back(
        Diagnostic{code, Severity::error,
                   span_in(TextPlace{}, reading.error_begin, reading.error_end), text, true});
    return;
  }
  if (reading.fields_known) {
    static constexpr std::array<FieldKind, 6> kinds = {FieldKind::second, FieldKind::minute,
                                                       FieldKind::hour,   FieldKind::day_of_month,
                                                       FieldKind::month,  FieldKind::day_of_week};
    auto make_field = [&](std::size_t i) {
      Field field;
      field.kind = kinds[i];
      field.text =
          source.substr(reading.fields[i].begin, reading.fields[i].end - reading.fields[i].begin);
      field.span = span_in(TextPlace{}, reading.fields[i].begin, reading.fields[i].end);
      return field;
    };
    for (std::size_t i = 1; i <= 5; ++i) result.fields[i - 1] = make_field(i);
    if (reading.has_seconds) result.second_and_year.push_back(make_field(0));
  }
  result.schedule = fugit_schedule(*reading.cron);
}

// Amazon EventBridge's ScheduleExpression (parse/eventbridge_expression.hpp). AWS says the same
// thing about every invalid expression; the diagnostic says that and cronkit's reason.
void read_eventbridge_schedule(ParsedSchedule& result, const Dialect& rules) {
  const std::string_view source = result.text();
  const EventBridgeReading reading = read_eventbridge_expression(source, rules);
  if (!reading.ok()) {
    const std::string message =
        rules.invalid_expression_message.empty()
            ? fmt::format("{} rejects the expression (ValidationException): {}", rules.daemon,
                          reading.reason)
            : fmt::format("\"{}\" is all {} says; the reason: {}", rules.invalid_expression_message,
                          rules.daemon, reading.reason);
    result.diagnostics.push_back(Diagnostic{reading.code, Severity::error,
                                            span_in(TextPlace{}, reading.begin, reading.end),
                                            message, true});
    return;
  }
  if (!reading.cron) {
    result.schedule.writable_extras().rate = reading.rate;
    result.schedule.writable_extras().one_time = reading.one_time;
    return;
  }
  static constexpr std::array<FieldKind, 6> kinds = {FieldKind::minute,       FieldKind::hour,
                                                     FieldKind::day_of_month, FieldKind::month,
                                                     FieldKind::day_of_week,  FieldKind::year};
  auto make_field = [&](std::size_t i) {
    Field field;
    field.kind = kinds[i];
    field.text =
        source.substr(reading.fields[i].begin, reading.fields[i].end - reading.fields[i].begin);
    field.span = span_in(TextPlace{}, reading.fields[i].begin, reading.fields[i].end);
    return field;
  };
  for (std::size_t i = 0; i < 5; ++i) result.fields[i] = make_field(i);
  result.second_and_year.push_back(make_field(5));
  result.schedule = quartz_schedule(*reading.cron, true, last_eventbridge_year);
}

}  // namespace

Crontab parse_crontab(std::string text, const ParseOptions& options) {
  Crontab tab;
  tab.path = options.path;
  tab.format = options.format;
  tab.dialect = options.dialect;
  tab.buffer = std::make_unique<const std::string>(std::move(text));
  std::string_view source = tab.source();
  if (source.size() >= max_source_bytes) {
    // Spans hold 32-bit offsets; no crontab cron reads comes near this size.
    tab.diagnostics.push_back(Diagnostic{
        "file-too-large", Severity::error, Span{},
        fmt::format("the file is {} bytes; cronkit reads files of less than 4 GiB", source.size()),
        true});
    tab.whole_file_ignored = true;
    tab.whole_file_ignored_reason = "the file is too large to read";
    return tab;
  }
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
  if (dialect(dialect_id).field_reader == FieldReader::quartz_store_expression_vals) {
    read_quartz_schedule(result);
    return result;
  }
  if (dialect(dialect_id).field_reader == FieldReader::spring_cron_field) {
    read_spring_schedule(result);
    return result;
  }
  if (dialect(dialect_id).field_reader == FieldReader::ncrontab_field) {
    read_ncrontab_schedule(result);
    return result;
  }
  if (dialect(dialect_id).field_reader == FieldReader::fugit_parse) {
    read_gitlab_schedule(result);
    return result;
  }
  if (dialect(dialect_id).field_reader == FieldReader::eventbridge_schedule_expression) {
    read_eventbridge_schedule(result, dialect(dialect_id));
    return result;
  }
  EntryBuilder builder(dialect(dialect_id), source);
  if (source.size() >= max_source_bytes) {
    result.diagnostics.push_back(
        Diagnostic{"field-syntax", Severity::error, Span{}, "the schedule is too long", true});
    return result;
  }
  try {
    if (source.find('\0') != std::string_view::npos) {
      std::size_t nul = source.find('\0');
      reject("non-ascii-character", "NUL byte in the schedule", nul, nul + 1);
    }
    if (builder.dialect.field_reader == FieldReader::robfig_get_field) {
      read_robfig_expression(builder);
    } else if (builder.dialect.field_reader == FieldReader::croniter_expand) {
      read_croniter_expression(builder);
    } else if (builder.cronexpr()) {
      check_cronexpr_field_count(source);
      const auto fields = go_fields(source);
      read_cronexpr_schedule(builder, fields.size());
    } else {
      pegtl::memory_input<pegtl::tracking_mode::lazy> in(source.data(), source.size(), "");
      if (builder.dialect.field_reader == FieldReader::vixie_get_list) {
        pegtl::parse<g::schedule_only, action, control>(in, builder);
      } else if (!pegtl::parse<g::word_schedule_only, action, control>(in, builder)) {
        reject("field-count",
               fmt::format("expected five time fields or an @-word, as {} reads them",
                           builder.dialect.daemon),
               0, source.size());
      }
      finish_time_fields(builder);
      note_min_interval(builder);
    }
  } catch (const LineProblem& problem) {
    result.diagnostics.push_back(to_diagnostic(problem, TextPlace{}, true));
    return result;
  }
  for (const LineProblem& note : builder.notes) {
    result.diagnostics.push_back(to_diagnostic(note, TextPlace{}, false));
  }
  result.special = builder.special;
  result.item_storage = std::make_unique<FieldItem[]>(builder.items.size());
  std::array<Field, 2> extra{};
  const std::size_t extra_count =
      place_fields(result.fields, builder, result.item_storage.get(), TextPlace{}, extra.data());
  result.second_and_year.assign(extra.begin(), extra.begin() + extra_count);
  result.schedule = builder.schedule;
  result.zone_name = builder.robfig_zone;
  return result;
}

}  // namespace cronkit
