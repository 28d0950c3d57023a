#pragma once
// The syntax tree of a crontab. Plain structs: the parser fills them in, every other part of
// cronkit reads them. Every node remembers where it came from (a Span), so that a tool can put a
// caret under the exact character it talks about.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <memory_resource>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ast/diagnostic.hpp"
#include "ast/packed_view.hpp"
#include "ast/span.hpp"
#include "dialect/dialect.hpp"
#include "schedule/schedule.hpp"

namespace cronkit {

// User crontabs (`crontab -e`) have five time fields and a command; system crontabs
// (`/etc/crontab`, `/etc/cron.d/*`) have a user name between the schedule and the command.
enum class CrontabFormat { user, system };

// The five time fields, in the order they are written, then the two that only gorhill/cronexpr
// (supercronic) reads: a second before the minute (7 fields) and a year after the day of week
// (6 or 7 fields). all_field_kinds lists the five every dialect has.
enum class FieldKind : std::uint8_t {
  minute,
  hour,
  day_of_month,
  month,
  day_of_week,
  second,
  year
};
inline constexpr std::array<FieldKind, 5> all_field_kinds = {
    FieldKind::minute, FieldKind::hour, FieldKind::day_of_month, FieldKind::month,
    FieldKind::day_of_week};

// One element of a comma-separated field: `*`, `5`, `mon`, `1-5`, `*/15`, `mon-fri/2`.
// A million-line crontab holds millions of items, and the memory they take is most of what
// parsing one costs, so an item is 28 bytes: where it is in the file is not stored but derived
// from its text, which lies within its field's text (Field::span_of), its text is a PackedView,
// and the step is a number with a bit saying whether it was written.
struct FieldItem {
  // The item exactly as written, e.g. "mon-fri/2".
  std::string_view text() const { return {text_.data(), text_.size()}; }
  void set_text(std::string_view text) { text_ = PackedView<char>(text.data(), text.size()); }

  // The values this item stands for before the step: for `*` the field's whole range, for a value
  // `first == last`. A reversed range (`5-1`) keeps first > last: cron reads it as an empty set.
  int first = 0;
  int last = 0;
  enum class Kind : std::uint8_t { star, value, range };
  Kind kind = Kind::value;
  bool first_is_name = false;  // `jan`, `Mon`: spelled as a name, not a number
  bool last_is_name = false;
  // gorhill/cronexpr's Quartz-style day items (kind `value`, `first` the day or weekday):
  // `L`, `LW`, `15W` in day-of-month; `5L` and `5#3` (nth = 3) in day-of-week.
  enum class DaySuffix : std::uint8_t {
    none,
    last_day,         // `L`: the month's last day
    last_weekday,     // `LW`: the month's last Monday-to-Friday
    nearest_weekday,  // `15W`: the Monday-to-Friday nearest the 15th, within the month
    last_in_month,    // `5L`: the month's last Friday
    nth_in_month,     // `5#3`: the month's third Friday
  };
  DaySuffix day_suffix : 3 = DaySuffix::none;
  std::uint8_t nth : 3 = 0;  // `#N`: 1-5

  // `/N`; nothing when no step is written (which means 1).
  std::optional<int> step() const { return has_step_ ? std::optional<int>(step_) : std::nullopt; }
  void set_step(int step) {
    step_ = step;
    has_step_ = true;
  }
  // `?`: gorhill/cronexpr's "any value", read like `*`.
  bool is_question_mark() const { return kind == Kind::star && text().starts_with('?'); }

 private:
  // In the byte of day_suffix and nth.
  bool has_step_ : 1 = false;
  PackedView<char> text_;
  int step_ = 0;
};
static_assert(sizeof(FieldItem) <= 28, "a million-line crontab holds millions of items");

// One time field as written, e.g. "1,15" or "*/5", with its items and what they expand to.
struct Field {
  // The whole token.
  std::string_view text() const { return {text_.data(), text_.size()}; }
  void set_text(std::string_view text) { text_ = PackedView<char>(text.data(), text.size()); }
  // In a parsed Crontab the items live in the crontab's arena, all items of an entry in one
  // block (one bump allocation per entry, which is what makes a million-line file parse in a
  // fraction of a second); in a ParsedSchedule, in the schedule's own storage.
  std::span<const FieldItem> items() const { return {items_.data(), items_.size()}; }
  void set_items(std::span<const FieldItem> items) {
    items_ = PackedView<FieldItem>(items.data(), items.size());
  }

  // Where the field is in the file. Only where it starts is stored, and its end follows from the
  // length of `text()` (a million-line crontab holds five million fields): the span is as long as
  // the text, except where a whole word stands for the fields (Spring's `@daily` gives each of
  // its six fields the word's span and the text of its expansion, "0 0 0 * * *").
  Span span() const {
    const auto size = text_.size() + span_beyond_text_;
    return Span{line_, column_, column_ + size, begin_, begin_ + size};
  }
  // Places the field, whose `text()` must already be set, at `span`.
  void set_span(const Span& span) {
    line_ = span.line;
    column_ = span.column;
    begin_ = span.begin;
    const std::size_t length = span.length();
    span_beyond_text_ = length > text_.size() ? static_cast<std::uint16_t>(length - text_.size())
                                              : std::uint16_t{0};
  }

  // Debian's cron stops reading a field at the first character it does not understand and skips
  // the rest of the token (`5#3` is read as `5`, `*5` as `*`). What it skipped, if anything: the
  // end of `text()` after the last item, so it is derived rather than stored (a million-line
  // crontab holds five million fields).
  std::string_view ignored_tail() const {
    const std::string_view text = this->text();
    if (items_.size() == 0 || text.empty()) return {};
    const std::string_view last = items().back().text();
    return text.substr(std::min<std::size_t>(last.data() + last.size() - text.data(), text.size()));
  }
  // Where one of this field's items is in the file: its text lies within the field's, on the
  // field's line.
  Span span_of(const FieldItem& item) const {
    const auto offset = static_cast<std::uint32_t>(item.text().data() - text_.data());
    const auto size = static_cast<std::uint32_t>(item.text().size());
    return Span{line_, column_ + offset, column_ + offset + size, begin_ + offset,
                begin_ + offset + size};
  }
  Span ignored_tail_span() const {
    const std::string_view tail = ignored_tail();
    if (tail.empty()) return Span{};
    const Span whole = span();
    const auto size = static_cast<std::uint32_t>(tail.size());
    return Span{whole.line, whole.end_column - size, whole.end_column, whole.end - size, whole.end};
  }
  // Whether the field's text starts with `*`: this, not the expanded set, is what cron uses for
  // the day rule and for the "wildcard job" classification across clock jumps.
  bool starts_with_star() const { return text().starts_with('*'); }
  // gorhill/cronexpr: a day field is unrestricted when any of its items is `*` or `?` (without a
  // step: `*/2` is restricted).
  bool has_star_item() const {
    const std::span<const FieldItem> items = this->items();
    return std::any_of(items.begin(), items.end(), [](const FieldItem& item) {
      return item.kind == FieldItem::Kind::star && !item.step();
    });
  }

 private:
  PackedView<char> text_;
  PackedView<FieldItem> items_;
  std::uint32_t line_ = 0;
  std::uint32_t column_ = 0;
  std::uint32_t begin_ = 0;
  std::uint16_t span_beyond_text_ = 0;

 public:
  // Last, so that it takes a byte of what would be padding after span_beyond_text_.
  FieldKind kind = FieldKind::minute;
};
static_assert(sizeof(Field) <= 40, "a million-line crontab holds five million fields");

// `@reboot`, `@daily`, ...: a word that replaces all five time fields.
enum class Special : std::uint8_t {
  reboot,
  yearly,
  annually,
  monthly,
  weekly,
  daily,
  midnight,
  hourly,
  // FreeBSD (lib/entry.c load_entry): `* * * * *`, and every second of every minute.
  every_minute,
  every_second,
  // systemd-cron's generator: systemd's `minutely`, `quarterly` and `semiannually` calendars.
  minutely,
  quarterly,
  semiannually,
};
// Vixie cron's words, which every modelled cron knows.
inline constexpr std::array<Special, 8> all_specials = {
    Special::reboot, Special::yearly, Special::annually, Special::monthly,
    Special::weekly, Special::daily,  Special::midnight, Special::hourly};
std::string_view special_name(Special special);  // "reboot", "yearly", ... (without the `@`)
// The special a word after `@` names (case-sensitive, as in cron), if any.
std::optional<Special> special_from_name(std::string_view name);
// The special a word after `@` names for a daemon with this set of words, if any: FreeBSD adds
// every_minute and every_second; systemd-cron's generator lower-cases the word and adds
// minutely, quarterly and semiannually (spelled also semi-annually, biannually, bi-annually),
// and reads `anually` as annually.
std::optional<Special> special_from_name(std::string_view name, SpecialSet set);

// The schedule as shown to people: "@daily", or the five fields separated by single spaces
// ("30 2 * * 1-5" whatever blanks separate them in the file).
std::string schedule_text(std::optional<Special> special, const std::array<Field, 5>& fields);
// The same with gorhill/cronexpr's second and year fields in their places ("15 30 9 * * * 2027").
std::string schedule_text(std::optional<Special> special, const std::array<Field, 5>& fields,
                          std::span<const Field> second_and_year);
// The second or year field among `second_and_year`, if written.
const Field* find_field(std::span<const Field> second_and_year, FieldKind kind);

// The command part of an entry. cron cuts it at the first `%` that is not preceded by a
// backslash: the part before is the shell command, the rest becomes the job's standard input.
// The texts are views: into the file when cron passes the bytes through unchanged (the common
// case), otherwise into the storage of whoever split the command (a Crontab's arena).
struct Command {
  std::string_view raw;             // everything after the schedule (and user), up to the line end
  std::string_view shell_command;   // what `$SHELL -c` receives (`\%` already read as `%`)
  std::string_view standard_input;  // text after the first unescaped `%`, `%` read as newlines
  Span span;

  // The byte offset of the first unescaped `%` within `raw`, if there is one.
  std::optional<std::uint32_t> first_unescaped_percent() const {
    return percent_ != no_percent ? std::optional<std::uint32_t>(percent_) : std::nullopt;
  }
  void set_first_unescaped_percent(std::uint32_t offset) { percent_ = offset; }

 private:
  // A sentinel rather than a std::optional, which would take 8 bytes instead of 4: a
  // million-line crontab holds a million commands. No command is 4 GiB long.
  static constexpr std::uint32_t no_percent = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t percent_ = no_percent;
};

// An optional piece of text in 16 bytes, where std::optional<std::string_view> takes 24: nothing
// is a view without data, so an empty text that was written (data, no length) is still there.
class OptionalText {
 public:
  OptionalText() = default;
  OptionalText(std::nullopt_t) {}      // NOLINT(google-explicit-constructor): reads like optional
  OptionalText(std::string_view text)  // NOLINT(google-explicit-constructor)
      : text_(text.data() ? text : std::string_view("", 0)) {}
  OptionalText(const std::optional<std::string_view>& text)  // NOLINT(google-explicit-constructor)
      : OptionalText(text ? OptionalText(*text) : OptionalText()) {}

  bool has_value() const { return text_.data() != nullptr; }
  explicit operator bool() const { return has_value(); }
  const std::string_view& operator*() const { return text_; }
  const std::string_view* operator->() const { return &text_; }
  // As for std::optional: equal when both are nothing or both hold the same text.
  friend bool operator==(const OptionalText& a, const OptionalText& b) {
    return a.has_value() == b.has_value() && a.text_ == b.text_;
  }

 private:
  std::string_view text_;
};

// A piece of an entry's own line, as byte offsets from the line's start: 8 bytes where a Span
// takes 20 (within() turns it into one).
struct LinePart {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;

  // Where this part of `line`, the span of its whole line, is in the file.
  Span within(const Span& line) const {
    return Span{line.line, line.column + begin, line.column + end, line.begin + begin,
                line.begin + end};
  }
};

// Members are ordered so that the small ones fill the gaps the large ones leave: a million-line
// crontab holds a million entries, and the memory they take is most of what parsing one costs.
struct Entry {
  Span span;  // the whole line, without its line end
  std::optional<Special> special;
  // Whether the chosen cron accepts this line (it may still read it oddly: see diagnostics).
  bool accepted = true;
  // FreeBSD's per-line options between the schedule (or user) and the command: `-n` mails only
  // when the job fails, `-q` does not log the run. Bits of BsdLineOption; their text is
  // line_options_span().
  std::uint8_t line_options = 0;
  enum BsdLineOption : std::uint8_t { mail_only_on_failure = 1, no_run_log = 2 };
  // Index into Crontab::environment: the assignments with an index below this are in force.
  std::uint32_t environment_in_force = 0;
  LinePart line_options_part;   // from the first option to the command
  LinePart special_part;        // the @-word
  LinePart user_part;           // the user name (system format)
  std::array<Field, 5> fields;  // the written fields; empty when `special` is set
  // gorhill/cronexpr's second and year fields, when written (kind `second` first, then `year`),
  // in the crontab's arena: almost no entry has them, so they do not widen every entry.
  std::span<const Field> second_and_year;
  OptionalText user;  // system format only
  Command command;
  Schedule schedule;  // what the fields expand to, with cron's flags

  // Where a part of this entry's line is in the file.
  Span span_of(LinePart part) const { return part.within(span); }
  // The options' span; empty (all zero) when there are none.
  Span line_options_span() const { return line_options != 0 ? span_of(line_options_part) : Span{}; }
  // The @-word's span; empty (all zero) for an entry without one.
  Span special_span() const { return special ? span_of(special_part) : Span{}; }
  // The user name's span; empty (all zero) in a user crontab.
  Span user_span() const { return user ? span_of(user_part) : Span{}; }
};
static_assert(sizeof(Entry) <= 416, "a million-line crontab holds a million entries");

// `NAME=value`, as cron reads it: no expansion of `$VAR` or `~`; quotes are removed.
struct EnvAssignment {
  Span span;
  std::string name;
  std::string value;
  Span name_span;
  Span value_span;  // the value as written, including its quotes
  char quote = 0;   // '"', '\'' or 0 when the value is unquoted
};

struct Comment {
  Span span;
  std::string_view text;  // from the `#` to the line end
};

struct BlankLine {};

// A line cron would reject (and that therefore carries an error diagnostic). Its command still
// deserves the command rules' findings, so the parser keeps the job cron would have run had the
// schedule been valid: the words after five time fields (or an @-word), the user in system
// crontabs, and any sixth schedule-like word (seconds or year) skipped.
struct RejectedLine {
  Span span;  // the whole line, without its line end
  // Index into Crontab::environment: the assignments with an index below this are in force.
  std::uint32_t environment_in_force = 0;
  // False when the line has no command after its schedule, holds a NUL byte, or looks like an
  // environment line; the members below are then empty.
  bool has_command = false;
  OptionalText user;   // system format only
  LinePart user_part;  // the user name, as in Entry
  Command command;

  // The user name's span; empty (all zero) when there is none.
  Span user_span() const { return user ? user_part.within(span) : Span{}; }
};

// One physical line of the file.
struct Line {
  std::uint32_t number = 0;       // 1-based
  Span span;                      // the line without its line end
  bool ends_with_newline = true;  // false only for a final line without `\n`
  bool ends_with_crlf = false;    // the line's text ended in `\r` before the `\n`
  // Index into the matching vector of Crontab (entries, environment, comments, rejected), or
  // nothing for a blank line.
  enum class Kind : std::uint8_t { blank, comment, environment, entry, rejected };
  Kind kind = Kind::blank;
  std::uint32_t index = 0;
};

struct Crontab {
  std::string path;  // for messages; "-" or a display name for standard input
  CrontabFormat format = CrontabFormat::user;
  DialectId dialect = DialectId::debian;
  // The bytes of the file. Every string_view in the tree points into this buffer; it lives on the
  // heap so that moving a Crontab keeps the views valid, and a Crontab cannot be copied.
  std::unique_ptr<const std::string> buffer;
  std::string_view source() const {
    return buffer ? std::string_view(*buffer) : std::string_view();
  }
  // Where the entries' field items and rewritten command texts are stored; released with the
  // Crontab. Declared before the entries so that it outlives them.
  std::unique_ptr<std::pmr::monotonic_buffer_resource> arena =
      std::make_unique<std::pmr::monotonic_buffer_resource>();
  std::vector<Line> lines;
  std::vector<Entry> entries;
  std::vector<EnvAssignment> environment;
  std::vector<Comment> comments;
  std::vector<RejectedLine> rejected;
  std::vector<Diagnostic> diagnostics;
  // Debian's cron ignores the whole file when any line is rejected or the final entry lacks a
  // newline; cronie drops only the offending line. True when the chosen cron runs nothing here.
  bool whole_file_ignored = false;
  // Why (empty when whole_file_ignored is false).
  std::string whole_file_ignored_reason;

  Crontab() = default;
  Crontab(Crontab&&) = default;
  // Member-wise assignment would release the arena before the entries that live in it, so the
  // old value is destroyed as a whole (entries first) and the new one moved in.
  Crontab& operator=(Crontab&& other) noexcept {
    if (this != &other) {
      std::destroy_at(this);
      std::construct_at(this, std::move(other));
    }
    return *this;
  }
  Crontab(const Crontab&) = delete;
  Crontab& operator=(const Crontab&) = delete;

  // The environment assignments in force for an entry, in file order.
  std::span<const EnvAssignment> environment_for(const Entry& entry) const {
    return {environment.data(), entry.environment_in_force};
  }
  // The text of a line (without its line end).
  std::string_view line_text(const Line& line) const {
    return source().substr(line.span.begin, line.span.end - line.span.begin);
  }
  // The line with this 1-based number, or nullptr.
  const Line* line_at(std::uint32_t number) const {
    return number >= 1 && number <= lines.size() ? &lines[number - 1] : nullptr;
  }
  // The entry on this line, or nullptr.
  const Entry* entry_at_line(std::uint32_t number) const {
    const Line* line = line_at(number);
    return line && line->kind == Line::Kind::entry ? &entries[line->index] : nullptr;
  }
  // The rejected line with this 1-based number, or nullptr.
  const RejectedLine* rejected_at_line(std::uint32_t number) const {
    const Line* line = line_at(number);
    return line && line->kind == Line::Kind::rejected ? &rejected[line->index] : nullptr;
  }
  bool has_errors() const;
};

}  // namespace cronkit
