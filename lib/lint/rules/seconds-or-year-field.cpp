// seconds-or-year-field: a 6- or 7-field Quartz/supercronic expression in a Vixie-family crontab.

#include <fmt/format.h>

#include <algorithm>

#include "lint/prefilters.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds lines whose schedule has six or seven time-like fields: the word after the fifth field (the
user field in a system crontab, the command in a user crontab) is itself a schedule token (`*`,
digits, `*/N`, `N-M`, a list of numbers). That is a Quartz or supercronic expression with a
seconds or a year field.

## Why is this bad?
Vixie-family crons have exactly five time fields. cronie and Debian reject a command that starts
with `*` ("bad command"); a number becomes the command or the user name and the job fails at run
time. supercronic accepts six and seven fields, so the same file works in a container and fails
on a host.

## Example
    0 */5 * * * * /opt/llm/poll.sh

## Use instead
    */5 * * * * /opt/llm/poll.sh

## Notes
Under the supercronic dialect six and seven fields are valid, but not as Quartz has them: six
fields end with a year, and seconds come first only in seven. There the rule warns about a
six-field schedule whose last field is `*` or `?` (a seconds-first schedule read shifted: `0 */5 *
* * *` runs at minute 0 of every fifth hour).)doc";

// The schedule words that lead the line of an entry, or of a line cron rejects.
void check_line(lint::RuleContext& ctx, const Line& line) {
  std::string_view text = ctx.crontab.line_text(line);
  const lint::LeadingWords leading = lint::leading_words(text);
  const std::size_t schedule_words = std::min<std::size_t>(leading.schedule_words(), 7);
  if (schedule_words < 6) return;
  const std::size_t first_begin = leading.words[0].begin;
  const std::size_t sixth_begin = leading.words[5].begin;
  const std::size_t last_end = leading.words[schedule_words - 1].end();
  if (ctx.dialect.seconds_and_year_fields) {
    // Seven fields are seconds, the five and a year; six are the five and a year. A sixth
    // field that is `*` or `?` is no year anyone writes: it is a seconds-first (Quartz,
    // node-cron) schedule, which this daemon reads shifted by one field.
    std::string_view sixth = text.substr(sixth_begin, last_end - sixth_begin);
    if (schedule_words != 6 || (sixth != "*" && sixth != "?")) return;
    Span schedule = ctx.span_at(line, line.span.begin + first_begin, line.span.begin + last_end);
    ctx.report(Severity::warning, schedule,
               fmt::format("6 time fields: {} reads them as minute, hour, day of month, month, "
                           "day of week and year, not with seconds first, so '{}' starts at "
                           "minute '{}'; for seconds write 7 fields (seconds first, year last)",
                           ctx.dialect.daemon, ctx.text(schedule), leading.words[0].text));
    return;
  }
  // A user crontab's sixth word is the command; a system crontab's is the user. Either way,
  // a schedule token there is a sixth field unless it is the last word (`* * * * * 5` is a
  // command called "5", unusual enough to flag too).
  Span span = ctx.span_at(line, line.span.begin + sixth_begin, line.span.begin + last_end);
  ctx.report(span,
             fmt::format("{} time fields: {} reads exactly 5 (no seconds or year field); "
                         "'{}' is read as the {}",
                         schedule_words, ctx.dialect.daemon, ctx.text(span),
                         ctx.options.format == CrontabFormat::system ? "user name" : "command"));
}

// The parser's own diagnostics of this id, and the lines cron rejects; entries are checked one
// by one (check_entry), while they are in the cache.
void check(lint::RuleContext& ctx) {
  // A daemon with seconds and year fields accepts the six- and seven-field shapes this rule is
  // about; what it says about them is below, not a Vixie parser's "too many fields".
  if (!ctx.dialect.seconds_and_year_fields) ctx.report_parser_diagnostics();
  for (const RejectedLine& rejected : ctx.crontab.rejected) {
    if (const Line* line = ctx.crontab.line_at(rejected.span.line)) check_line(ctx, *line);
  }
}

void check_entry(lint::RuleContext& ctx, const Entry& entry) {
  if (!lint::may_have_sixth_schedule_word(entry)) return;
  if (const Line* line = ctx.crontab.line_at(entry.span.line)) check_line(ctx, *line);
}

}  // namespace

extern const lint::Rule seconds_or_year_field{
    {.id = "seconds-or-year-field",
     .severity = Severity::error,
     .category = lint::Category::syntax,
     .summary = "six or seven time fields (Quartz seconds or year): cron has exactly five",
     .doc = doc},
    check,
    check_entry};

}  // namespace cronkit::rules
