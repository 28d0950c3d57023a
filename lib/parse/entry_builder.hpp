#pragma once
// What the grammar's actions fill in while reading one entry (EntryBuilder), and the LineProblem
// they throw when cron rejects the line. Private to the parser: included by the action headers
// and parse.cpp only.

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
    item_begin = 0;
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
  FieldItem item;              // the item being read
  std::size_t item_begin = 0;  // where it starts; its text is set once it is complete
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
  // The offsets of a complete item (one whose text is set) in `line`.
  std::size_t begin_of(const FieldItem& read) const { return offset(read.text().data()); }
  std::size_t end_of(const FieldItem& read) const { return begin_of(read) + read.text().size(); }
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

}  // namespace
}  // namespace cronkit
