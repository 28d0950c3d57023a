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
#include "parse/assignment_lines.hpp"
#include "parse/command_text.hpp"
#include "parse/croniter_actions.hpp"
#include "parse/entry_actions.hpp"
#include "parse/entry_schedule.hpp"
#include "parse/eventbridge_expression.hpp"
#include "parse/field_values.hpp"
#include "parse/fugit_expression.hpp"
#include "parse/ncrontab_expression.hpp"
#include "parse/quartz_expression.hpp"
#include "parse/robfig_actions.hpp"
#include "parse/scheduler_expressions.hpp"
#include "parse/spring_expression.hpp"
#include "parse/text_place.hpp"
#include "parse/word_field_actions.hpp"

namespace cronkit {
namespace {

// The storage never runs destructors: items must not need them.
static_assert(std::is_trivially_destructible_v<FieldItem>);

// Copies the builder's fields into `fields` and their items into `storage` (room for
// builder.items.size() items), turning the fields' spans from line offsets into file positions
// (an item's position is derived from its text and its field's span).
// cronexpr's second and year fields, when read, go to `second_and_year` (room for two).
std::size_t place_fields(std::array<Field, 5>& fields, EntryBuilder& builder, FieldItem* storage,
                         const TextPlace& place, Field* second_and_year = nullptr) {
  std::uninitialized_copy(builder.items.begin(), builder.items.end(), storage);
  auto place_field = [&](Field& field, std::size_t i) {
    field = builder.fields[i];
    std::size_t begin = builder.field_items_begin[i];
    std::size_t end = builder.field_items_end[i];
    if (end < begin) end = begin;  // a field that was never read (an @-special)
    field.set_items(std::span<const FieldItem>(storage + begin, end - begin));
    if (field.text().empty()) return;
    const Span offsets = field.span();  // offsets in the line, so far
    field.set_span(span_in(place, offsets.begin, offsets.end));
  };
  for (std::size_t i = 0; i < fields.size(); ++i) place_field(fields[i], i);
  std::size_t extra = 0;
  if (second_and_year) {
    for (FieldKind kind : {FieldKind::second, FieldKind::year}) {
      const auto i = static_cast<std::size_t>(kind);
      if (builder.fields[i].text().empty()) continue;
      place_field(second_and_year[extra++], i);
    }
  }
  return extra;
}

// How many of cronexpr's fields the builder read besides the five (0-2).
std::size_t extra_field_count(const EntryBuilder& builder) {
  return (builder.fields[static_cast<std::size_t>(FieldKind::second)].text().empty() ? 0 : 1) +
         (builder.fields[static_cast<std::size_t>(FieldKind::year)].text().empty() ? 0 : 1);
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
        file_has_nul_(crontab.source().find('\0') != std::string_view::npos),
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
    } else if (std::size_t nul = file_has_nul_ ? text.find('\0') : std::string_view::npos;
               nul != std::string_view::npos) {
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
        (builder.field_index == 4 && builder.fields[4].text().data() != nullptr &&
         problem.begin >= builder.fields[4].span().end) ||
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
      entry.special_part = in_line(rest_place, builder.special_begin, builder.special_end);
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
      entry.line_options_part =
          in_line(rest_place, builder.line_options_begin, builder.line_options_end);
    }
    if (builder.user) {
      entry.user = builder.user;
      entry.user_part =
          in_line(rest_place, builder.user_begin, builder.user_begin + builder.user->size());
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
    entry.environment_in_force = static_cast<std::uint32_t>(tab_.environment.size());

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
    rejected.environment_in_force = static_cast<std::uint32_t>(tab_.environment.size());
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
          rejected.user_part = {static_cast<std::uint32_t>(previous_begin),
                                static_cast<std::uint32_t>(previous_end)};
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
  // Whether any line holds a NUL byte: one search of the file spares a search of every line.
  bool file_has_nul_;
  const Dialect& dialect_;
  std::pmr::memory_resource* memory_;
  EntryBuilder builder_;
};

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
  // A plain loop, which the compiler turns into vector instructions (std::count is not).
  std::size_t line_count = 1;
  for (const char c : source) line_count += c == '\n' ? 1 : 0;
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
