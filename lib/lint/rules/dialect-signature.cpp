// dialect-signature: nothing names the cron that reads the file, and the file shows whose it is.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

#include "lint/prefilters.hpp"
#include "lint/programs.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
When nothing names the dialect (no `--dialect`, no `# cronlint: dialect=NAME` comment, no
`dialect` in cronkit.toml), cronlint reads a crontab as Debian's cron does. This rule looks for the
first sign that the file is written for another daemon and reports it once per file, with the
option that makes cronlint read the file as that daemon does:

- a schedule of seven time fields, or of six whose last is a year (`2027`): supercronic (seconds
  first, year last); six fields whose last is `*` or `?` are a seconds-first (Quartz) schedule,
  and supercronic is the one dialect with a seconds field;
- a path in a `crontabs` directory that is not the spool directory (`/etc/crontabs/root`):
  busybox crond, Alpine's cron;
- FreeBSD's per-line options `-n` and `-q` before the command, `@every_second`, `@every_minute`
  or `@300` (seconds between runs): FreeBSD's cron;
- `@every 5m`: the interval syntax of Go's robfig/cron (go-crond, ofelia), which none of the
  dialects reads;
- `ID=name` before the command: dcron (Dillon's cron) names its jobs that way; none of the
  dialects reads the tag.

## Why is this bad?
Every other finding is about Debian's cron then: a busybox crontab gets findings about mail and
`%` that busybox crond does not have, and a supercronic crontab gets errors for its seconds field.
The hint changes no other finding; declaring the dialect does.

## Example
    */10 * * * * * * /usr/local/bin/poll-queue

## Use instead
    # cronlint: dialect=supercronic
    */10 * * * * * * /usr/local/bin/poll-queue)doc";

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

// A year as gorhill/cronexpr reads one (1970-2099), or a range or list of them.
bool is_year_field(std::string_view word) {
  if (word.size() < 4) return false;
  std::size_t digits = 0;
  for (char c : word) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == ',' || c == '-') {
      if (digits != 4) return false;
      digits = 0;
    } else {
      return false;
    }
  }
  return digits == 4 && (word.starts_with("19") || word.starts_with("20"));
}

// What the file shows: a dialect to read it with, or (no dialect) what else it is written for.
struct Signature {
  std::optional<DialectId> dialect;
  std::string evidence;  // "a seconds field on line 3"
  std::string other;     // without a dialect: the whole message
  Span span;             // empty: about the file
};

std::optional<Signature> line_signature(const lint::RuleContext& ctx, const Line& line) {
  std::string_view text = ctx.crontab.line_text(line);
  const lint::LeadingWords leading = lint::leading_words(text);
  if (leading.count == 0) return std::nullopt;
  const auto& words = leading.words;
  const auto span_of = [&](std::size_t begin, std::size_t end) {
    return ctx.span_at(line, line.span.begin + begin, line.span.begin + end);
  };
  const std::string_view first = words[0].text;
  if (first.starts_with('@')) {
    const Span span = span_of(words[0].begin, words[0].end());
    std::string_view name = first.substr(1);
    bool seconds = !name.empty() &&
                   name.find_first_not_of("+0123456789") == std::string_view::npos &&
                   name.find_first_of("123456789") != std::string_view::npos;
    if (name == "every_second" || name == "every_minute" || seconds) {
      return Signature{
          DialectId::bsd, fmt::format("`{}` on line {}", first, line.number), {}, span};
    }
    if (name == "every") {
      return Signature{
          std::nullopt,
          {},
          fmt::format("this file looks written for a Go scheduler: `@every` on line {} is the "
                      "interval syntax of robfig/cron (go-crond, ofelia), which none of cronlint's "
                      "dialects reads (busybox crond skips the line, supercronic rejects the file, "
                      "FreeBSD's cron and Debian's cron reject the line, systemd-cron writes a "
                      "timer systemd refuses)",
                      line.number),
          span};
    }
    return std::nullopt;
  }
  const std::size_t schedule_words = std::min<std::size_t>(leading.schedule_words(), 7);
  // A command must follow: `* * * * * 5` is a job that runs "5".
  if (schedule_words >= 6 && schedule_words < leading.count) {
    const Span span = span_of(words[0].begin, words[schedule_words - 1].end());
    if (schedule_words == 7) {
      return Signature{DialectId::supercronic,
                       fmt::format("7 time fields, seconds to year, on line {}", line.number),
                       {},
                       span};
    }
    if (is_year_field(words[5].text)) {
      return Signature{
          DialectId::supercronic, fmt::format("a year field on line {}", line.number), {}, span};
    }
    return Signature{DialectId::supercronic,
                     fmt::format("a seconds field on line {}, although supercronic wants 7 fields "
                                 "for one: seconds first, year last",
                                 line.number),
                     {},
                     span};
  }
  return std::nullopt;
}

std::optional<Signature> entry_signature(const lint::RuleContext& ctx, const Entry& entry) {
  std::string_view command = entry.command.raw;
  std::size_t start = 0;
  while (start < command.size() && is_blank(command[start])) ++start;
  // Most commands start with neither: no more work for them.
  if (start == command.size() || (command[start] != '-' && command[start] != 'I')) {
    return std::nullopt;
  }
  command.remove_prefix(start);
  const Span& at = entry.command.span;
  const auto span_of = [&](std::size_t length) {
    const auto begin = static_cast<std::uint32_t>(start);
    return Span{at.line, at.column + begin, static_cast<std::uint32_t>(at.column + begin + length),
                at.begin + start, at.begin + start + length};
  };
  if ((command.starts_with("-n") || command.starts_with("-q")) && command.size() > 2 &&
      is_blank(command[2])) {
    return Signature{DialectId::bsd,
                     fmt::format("the line option `{}` on line {}", command.substr(0, 2), at.line),
                     {},
                     span_of(2)};
  }
  if (command.starts_with("ID=")) {
    std::size_t end = 3;
    while (end < command.size() && !is_blank(command[end])) ++end;
    if (end == 3 || end == command.size()) return std::nullopt;
    std::string_view tag = command.substr(0, end);
    return Signature{
        std::nullopt,
        {},
        fmt::format("this file looks written for dcron (Dillon's cron), which names a job with "
                    "`{}` before its command (line {}); none of cronlint's dialects reads that "
                    "tag: {} hands it to the shell as a variable assignment for the command",
                    lint::excerpt(tag), at.line, ctx.dialect.daemon),
        span_of(end)};
  }
  (void)ctx;
  return std::nullopt;
}

// The signature of the first entry whose line has one, kept while the entries are checked one
// by one. An entry's signature always has a span on its line.
using FirstSignature = std::optional<Signature>;

// The signature of an entry's line.
std::optional<Signature> entry_line_signature(const lint::RuleContext& ctx, const Entry& entry) {
  if (lint::may_have_sixth_schedule_word(entry)) {
    if (const Line* line = ctx.crontab.line_at(entry.span.line)) {
      if (std::optional<Signature> found = line_signature(ctx, *line)) return found;
    }
  }
  return entry_signature(ctx, entry);
}

// The first signature in the file: an entry's is found entry by entry (check_entry), and the
// lines before it that per-entry checks do not see (lines cron rejects, entries on broken lines)
// are looked at here.
void check(lint::RuleContext& ctx) {
  if (ctx.dialect_declared()) return;
  std::optional<Signature> found;
  if (ctx.options.busybox_layout) {
    found = Signature{DialectId::busybox,
                      fmt::format("its path {} is in a crontabs directory, Alpine's layout",
                                  lint::excerpt(ctx.options.assumed_path)),
                      {},
                      Span{}};
  }
  const FirstSignature& first_entry = ctx.state<FirstSignature>();
  for (const Line& line : ctx.crontab.lines) {
    if (found) break;
    if (first_entry && line.number == first_entry->span.line) {
      found = first_entry;
      break;
    }
    if (line.kind == Line::Kind::rejected) {
      found = line_signature(ctx, line);
    } else if (line.kind == Line::Kind::entry && ctx.line_is_broken(line.number)) {
      found = entry_line_signature(ctx, ctx.crontab.entries[line.index]);
    }
  }
  if (!found || found->dialect == ctx.dialect.id) return;
  std::string message = std::move(found->other);
  if (found->dialect) {
    const Dialect& signed_by = dialect(*found->dialect);
    message = fmt::format(
        "this file looks written for {} ({}); to check it as {} reads it, pass --dialect {} "
        "or add `# cronlint: dialect={}`",
        signed_by.daemon, found->evidence, signed_by.daemon, signed_by.name, signed_by.name);
  }
  if (found->span.line == 0) {
    ctx.report_file(std::move(message));
  } else {
    ctx.report(found->span, std::move(message));
  }
}

void check_entry(lint::RuleContext& ctx, const Entry& entry) {
  if (ctx.dialect_declared() || ctx.options.busybox_layout) return;
  FirstSignature& first = ctx.state<FirstSignature>();
  if (!first) first = entry_line_signature(ctx, entry);
}

}  // namespace

extern const lint::Rule dialect_signature{
    {.id = "dialect-signature",
     .severity = Severity::info,
     .category = lint::Category::meta,
     .summary = "no dialect is declared and the file looks written for another cron",
     .doc = doc},
    check,
    check_entry};

}  // namespace cronkit::rules
