// duplicate-entry: the same job twice runs twice, at the same time.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "lint/rule.hpp"
#include "text/byte_openings.hpp"

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

// What normalised() changes inside a command: a run of spaces, and any tab.
constexpr std::array<ByteOpening, 2> blanks_to_normalise{{{' ', ' '}, {'\t', '\0'}}};

// A fast 64-bit hash of bytes, eight at a time: a million commands are hashed per run, and the
// hash only groups candidates (equal jobs are still compared in full).
std::uint64_t hash_bytes(std::string_view text, std::uint64_t seed) {
  constexpr std::uint64_t multiplier = 0x9e3779b97f4a7c15ULL;
  std::uint64_t value = seed ^ (text.size() * multiplier);
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    value = (value ^ word) * multiplier;
    value ^= value >> 32;
  }
  if (i < text.size()) {
    // The last 1-7 bytes are gathered in a register: copying them into a word in memory and
    // loading that stalls the load behind the narrower stores, and most field texts are this
    // short.
    std::uint64_t word = 0;
    for (std::size_t k = 0; i + k < text.size(); ++k) {
      word |= std::uint64_t{static_cast<unsigned char>(text[i + k])} << (8 * k);
    }
    value = (value ^ word) * multiplier;
    value ^= value >> 32;
  }
  value *= 0xbf58476d1ce4e5b9ULL;
  return value ^ (value >> 31);
}

std::uint64_t entry_hash(const Entry& entry) {
  // Most commands have single blanks only: hash them as they are. One vectorised pass looks for
  // both a run of spaces and a tab (a search for "  " stops at every single space).
  std::string_view command = entry.command.raw;
  bool plain = find_opening<blanks_to_normalise>(command) == std::string_view::npos &&
               (command.empty() || (command.back() != ' ' && command.front() != ' '));
  std::uint64_t value = plain ? hash_bytes(command, 0) : hash_bytes(normalised(command), 0);
  if (entry.special) {
    value = hash_bytes({}, value + static_cast<std::uint64_t>(*entry.special) + 1);
  } else {
    for (const Field& field : entry.fields) value = hash_bytes(field.text(), value);
  }
  if (entry.user) value = hash_bytes(*entry.user, value + 1);
  return value;
}

bool same_job(const Entry& a, const Entry& b) {
  if (a.special != b.special || a.user != b.user) return false;
  if (!a.special) {
    for (std::size_t i = 0; i < a.fields.size(); ++i) {
      if (a.fields[i].text() != b.fields[i].text()) return false;
    }
  }
  return normalised(a.command.raw) == normalised(b.command.raw);
}

// (hash, entry index) of every accepted entry: hashed one by one by check_entry, while each
// entry is in the cache (a million entries are several hundred megabytes).
using HashedEntries = std::vector<std::pair<std::uint64_t, std::uint32_t>>;

void add_entry(lint::RuleContext& ctx, const Entry& entry, std::uint32_t index) {
  if (!entry.accepted) return;
  HashedEntries& hashed = ctx.state<HashedEntries>();
  if (hashed.empty()) hashed.reserve(ctx.crontab.entries.size());
  hashed.emplace_back(entry_hash(entry), index);
}

void check_entry(lint::RuleContext& ctx, const Entry& entry) {
  add_entry(ctx, entry, static_cast<std::uint32_t>(&entry - ctx.crontab.entries.data()));
}

void check(lint::RuleContext& ctx) {
  const std::vector<Entry>& entries = ctx.crontab.entries;
  // The entries on lines with a broken structure, which per-entry checks of this category skip.
  for (const Line& line : ctx.crontab.lines) {
    if (line.kind == Line::Kind::entry && ctx.line_is_broken(line.number)) {
      add_entry(ctx, entries[line.index], line.index);
    }
  }
  const HashedEntries& hashed = ctx.state<HashedEntries>();
  // Then a bitmap indexed by the top bits of each hash: an entry whose bit is already set may
  // repeat an earlier job. Only the entries whose bit was hit twice are then sorted and
  // compared: in a file without duplicates, a small share of them. Each bitmap word holds the
  // "seen" bits and the next one the "repeated" bits of the same hashes, so that one cache line
  // serves both.
  std::size_t bitmap_bits = 64;
  while (bitmap_bits < 8 * hashed.size()) bitmap_bits *= 2;
  const int shift = 64 - std::countr_zero(bitmap_bits);
  std::vector<std::uint64_t> bitmap(2 * (bitmap_bits / 64));
  auto seen_word = [&](std::uint64_t hash) -> std::uint64_t& {
    return bitmap[2 * ((hash >> shift) / 64)];
  };
  auto repeated_word = [&](std::uint64_t hash) -> std::uint64_t& {
    return bitmap[2 * ((hash >> shift) / 64) + 1];
  };
  auto bit_of = [&](std::uint64_t hash) { return std::uint64_t{1} << ((hash >> shift) % 64); };
  // The words are visited in random order, and the bitmap of a big file does not fit in the
  // cache: each word is requested this many entries before it is needed.
  constexpr std::size_t prefetch_distance = 16;
  for (std::size_t k = 0; k < hashed.size(); ++k) {
    if (k + prefetch_distance < hashed.size()) {
      __builtin_prefetch(&seen_word(hashed[k + prefetch_distance].first), 1);
    }
    const std::uint64_t hash = hashed[k].first;
    std::uint64_t& seen = seen_word(hash);
    if (seen & bit_of(hash)) repeated_word(hash) |= bit_of(hash);
    seen |= bit_of(hash);
  }
  // Equal jobs end up next to each other once sorted, in file order.
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;
  for (std::size_t k = 0; k < hashed.size(); ++k) {
    if (k + prefetch_distance < hashed.size()) {
      __builtin_prefetch(&repeated_word(hashed[k + prefetch_distance].first), 0);
    }
    if (repeated_word(hashed[k].first) & bit_of(hashed[k].first)) keys.push_back(hashed[k]);
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
    check,
    check_entry};

}  // namespace cronkit::rules
