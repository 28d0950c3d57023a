#pragma once
// One schedule expression read by several crons side by side: whether each accepts it (with the
// parser's own message when it does not), what it means there (the explain sentence of that
// dialect's reading), and the first instant at which their firings part ways, found by stepping
// each dialect's simulator from firing to firing over a bounded horizon.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>
#include <date/tz.h>

#include "ast/diagnostic.hpp"
#include "dialect/dialect.hpp"

namespace cronkit {

struct CompareOptions {
  const date::time_zone* zone = nullptr;  // the zone the daemons run in (required)
  date::sys_seconds from;                 // the first instant compared (inclusive)
  int years = 5;                          // the horizon: this many calendar years after `from`
  bool twelve_hour = false;               // for the explain sentences
};

// How one dialect reads the expression.
struct DialectReading {
  DialectId dialect = DialectId::debian;
  bool accepted = false;
  // The parser's diagnostics in this dialect, as it gives them (columns within the expression):
  // the errors of a rejected expression, the warnings of an accepted one read oddly.
  std::vector<Diagnostic> diagnostics;
  std::string meaning;  // the explain sentence; empty when rejected
  bool at_reboot = false;
  // The first firing at or after `from` within the horizon (none: @reboot, never, or too late).
  std::optional<date::sys_seconds> first_firing;
};

// Where one dialect stands at the instant the firings part ways.
struct PartingDialect {
  DialectId dialect = DialectId::debian;
  std::size_t firings_at_instant = 0;  // how often it starts the job at that instant (0: not)
  // When it does not fire then: its next firing after the instant, if any within the horizon.
  std::optional<date::sys_seconds> next;
};

struct Parting {
  date::sys_seconds instant;             // the earliest instant where the firing sequences differ
  std::vector<PartingDialect> dialects;  // the accepting dialects, in the compared order
};

struct Comparison {
  std::string expression;
  const date::time_zone* zone = nullptr;
  date::sys_seconds from;
  date::sys_seconds until;               // exclusive: `from` plus the horizon
  std::vector<DialectReading> readings;  // in the compared order
  // Nothing when fewer than two dialects accept the expression or when all accepting dialects
  // start the job at the same instants throughout [from, until).
  std::optional<Parting> parting;

  std::size_t accepting() const;
};

// Compares `dialects` (in this order, each once: repeats are dropped) on `expression`.
Comparison compare_dialects(std::string_view expression, std::span<const DialectId> dialects,
                            const CompareOptions& options);

// The comparisons as text: per expression a heading, one line per dialect (accepts or rejects,
// the meaning or the parser's messages), and where the firings part ways or that they agree.
std::string render_comparisons_text(const std::vector<Comparison>& comparisons);
// The same as a JSON array, one object per expression.
std::string render_comparisons_json(const std::vector<Comparison>& comparisons);

// Reads a --compare list: "all" (every dialect in the table, in its order) or names separated by
// commas ("debian,systemd-cron"). Nothing, with `error` naming the first unknown name and the
// known ones, for anything else.
std::optional<std::vector<DialectId>> dialects_from_list(std::string_view list, std::string& error);

}  // namespace cronkit
