// duplicate-entry: the same job twice runs twice, at the same time.

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <string>

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds an entry whose schedule (as written), user (in a system crontab) and command (with runs of
blanks made one) are the same as an earlier entry's. It is reported on the later line.

## Why is this bad?
Both copies run, at the same moment: double backups, double LLM spend, two writers on one log
file. It happens when configuration management appends a line on every run or a snippet is
pasted twice.

## Example
    30 2 * * * /usr/local/bin/backup.sh
    30 2 * * * /usr/local/bin/backup.sh

## Use instead
    30 2 * * * /usr/local/bin/backup.sh)doc";

// The key two entries share when they are the same job: the schedule as written, the user and the
// command with runs of blanks made one (and no blanks at either end).
std::string normalised(std::string_view text) {
  std::string out;
  bool blank = false;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank && !out.empty()) out += ' ';
    blank = false;
    out += c;
  }
  return out;
}

std::uint64_t entry_hash(const Entry& entry) {
  // Most commands have single blanks only: hash them as they are, a word at a time.
  std::string_view command = entry.command.raw;
  bool plain = command.find("  ") == std::string_view::npos &&
               command.find('\t') == std::string_view::npos &&
               (command.empty() || (command.back() != ' ' && command.front() != ' '));
  std::hash<std::string_view> hash;
  std::uint64_t value = plain ? hash(command) : hash(normalised(command));
  auto mix = [&](std::uint64_t part) {
    value ^= part + 0x9e3779b97f4a7c15ULL + (value << 6) + (value >> 2);
  };
  if (entry.special) {
    mix(static_cast<std::uint64_t>(*entry.special) + 1);
  } else {
    for (const Field& field : entry.fields) mix(hash(field.text));
  }
  if (entry.user) mix(hash(*entry.user));
  return value;
}

bool same_job(const Entry& a, const Entry& b) {
  if (a.special != b.special || a.user != b.user) return false;
  if (!a.special) {
    for (std::size_t i = 0; i < a.fields.size(); ++i) {
      if (a.fields[i].text != b.fields[i].text) return false;
    }
  }
  return normalised(a.command.raw) == normalised(b.command.raw);
}

void check(lint::RuleContext& ctx) {
  // (hash, entry index) sorted: equal jobs end up next to each other, in file order.
  const std::vector<Entry>& entries = ctx.crontab.entries;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
  keys.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].accepted)
      keys.emplace_back(entry_hash(entries[i]), static_cast<std::uint32_t>(i));
  }
  std::sort(keys.begin(), keys.end());
  for (std::size_t i = 1; i < keys.size(); ++i) {
    if (keys[i].first != keys[i - 1].first) continue;
    // Compare with the earliest entry of this hash that is really the same job.
    std::size_t first = i;
    while (first > 0 && keys[first - 1].first == keys[i].first) --first;
    const Entry& later = entries[keys[i].second];
    for (std::size_t k = first; k < i; ++k) {
      const Entry& earlier = entries[keys[k].second];
      if (!same_job(earlier, later)) continue;
      ctx.report(later.span, fmt::format("same schedule and command as line {}: both run, at the "
                                         "same time",
                                         earlier.span.line));
      break;
    }
  }
}

}  // namespace

extern const lint::Rule duplicate_entry{
    {.id = "duplicate-entry",
     .severity = Severity::warning,
     .category = lint::Category::schedule,
     .summary = "the same job as an earlier line: both copies run",
     .doc = doc},
    check};

}  // namespace cronkit::rules
