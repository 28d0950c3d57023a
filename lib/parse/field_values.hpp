#pragma once
// The facts about each time field, for the parser, the linter and the explainer: its name in
// messages, its bounds and cycle, its three-letter names, and how cron turns the text of a value
// into a number.

#include <array>
#include <optional>
#include <string_view>

#include "ast/ast.hpp"

namespace cronkit {

struct FieldFacts {
  FieldKind kind;
  std::string_view name;     // "minute", "day-of-week": as used in messages
  std::string_view rule_id;  // the out-of-range rule: "minute-out-of-range", ...
  int low;
  int high;   // day-of-week: 7 (both 0 and 7 are Sunday)
  int cycle;  // values per cycle: 60, 24, 31 (months are shorter), 12, 7
  // Three-letter names, case-insensitive, numbered from `low` (day-of-week also accepts "sun" as
  // 7 in cron's table, but the first match, 0, wins).
  std::array<std::string_view, 12> names;
  int name_count;
};

const FieldFacts& field_facts(FieldKind kind);

// cron reads numbers with atoi(): a digit string that does not fit is clamped by strtol and
// then truncated to an int, so absurdly long numbers can wrap around into range. Reproduced
// exactly so that cronkit accepts and rejects what cron does.
int cron_atoi(std::string_view digits);

// The number a name stands for in this field (case-insensitive), if it is one of its names.
std::optional<int> value_of_name(const FieldFacts& field, std::string_view name);

}  // namespace cronkit
