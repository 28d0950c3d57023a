// duplicate-entry: the same job twice runs twice, at the same time.

#include <fmt/format.h>

#include <string>
#include <unordered_map>

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

void append_normalised(std::string& key, std::string_view text) {
  bool blank = false;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      blank = true;
      continue;
    }
    if (blank && !key.empty() && key.back() != '\x1f') key += ' ';
    blank = false;
    key += c;
  }
}

std::string entry_key(const Entry& entry) {
  std::string key;
  key.reserve(entry.span.length() + 8);
  if (entry.special) {
    key += '@';
    key += special_name(*entry.special);
  } else {
    for (const Field& field : entry.fields) {
      key += field.text;
      key += ' ';
    }
  }
  key += '\x1f';
  if (entry.user) key += *entry.user;
  key += '\x1f';
  append_normalised(key, entry.command.raw);
  return key;
}

void check(lint::RuleContext& ctx) {
  std::unordered_map<std::string, std::uint32_t> first_line;
  first_line.reserve(ctx.crontab.entries.size());
  for (const Entry& entry : ctx.crontab.entries) {
    if (!entry.accepted) continue;
    auto [it, inserted] = first_line.emplace(entry_key(entry), entry.span.line);
    if (inserted) continue;
    ctx.report(entry.span,
               fmt::format("same schedule and command as line {}: both run, at the same "
                           "time",
                           it->second));
  }
}

}  // namespace

extern const lint::Rule duplicate_entry{
    {.id = "duplicate-entry",
     .severity = Severity::warning,
     .summary = "the same job as an earlier line: both copies run",
     .doc = doc},
    check};

}  // namespace cronkit::rules
