// cron-d-filename-invalid: Debian's cron silently skips /etc/cron.d files with dots in the name.

#include <fmt/format.h>

#include <algorithm>

#include "crontab_file/location.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a crontab meant for `/etc/cron.d/` (its path, `--stdin-filename` or a
`# cronlint: path=/etc/cron.d/NAME` directive says so) whose file name cron does not read.
Debian's cron reads only names made of letters, digits, `_` and `-`; cronie skips names starting
with `.` or `#`, ending in `~`, `.rpmsave`, `.rpmorig` or `.rpmnew`. A file without jobs (such
as Debian's `/etc/cron.d/.placeholder`, which keeps the directory in its package) loses nothing
when cron skips it and is not reported.

## Why is this bad?
cron skips such files silently: a `certbot.cron` or `llm-reports.conf` dropped into
`/etc/cron.d` never runs, and nothing is logged. cronie reads dotted names, so under
`--dialect cronie` a name only Debian skips is a portability warning.

## Example
A file installed as `/etc/cron.d/llm.reports`:
<!-- cronlint: --stdin-filename=/etc/cron.d/llm.reports -->

    0 6 * * * root /opt/llm/reports.sh

## Use instead
The same file installed as `/etc/cron.d/llm-reports`:
<!-- cronlint: --stdin-filename=/etc/cron.d/llm-reports -->

    0 6 * * * root /opt/llm/reports.sh

## Notes
busybox crond and supercronic read no /etc/cron.d: under those dialects any file there is
reported, whatever its name.)doc";

// A name both crons read: the characters Debian's cron rejects become single dashes.
std::string suggested_name(std::string_view name) {
  const Dialect& debian = dialect(DialectId::debian);
  std::string out;
  for (char c : name) {
    if (debian.reads_cron_d_file(std::string_view(&c, 1))) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? std::string("jobs") : out;
}

void check(lint::RuleContext& ctx) {
  std::string_view path = ctx.options.assumed_path;
  std::optional<std::string_view> cron_d_name = cron_d_file_name(path);
  if (!cron_d_name) return;
  std::string_view name = *cron_d_name;
  bool debian_reads = !cron_skips_file_name(path, DialectId::debian);
  bool chosen_reads = !cron_skips_file_name(path, ctx.dialect.id);
  if (debian_reads && chosen_reads && ctx.dialect.reads_system_crontabs) return;
  // A file without jobs (Debian's /etc/cron.d/.placeholder, which keeps the directory in its
  // package) loses nothing when cron skips it.
  bool has_jobs = std::any_of(
      ctx.crontab.lines.begin(), ctx.crontab.lines.end(),
      [](const Line& l) { return l.kind == Line::Kind::entry || l.kind == Line::Kind::rejected; });
  if (!has_jobs) return;
  std::string suggestion = suggested_name(name);
  if (!ctx.dialect.reads_system_crontabs) {
    // busybox crond and supercronic have no /etc/cron.d at all: no name helps.
    ctx.report_file(
        fmt::format("{} reads no /etc/cron.d: the jobs of '{}' never run; put them "
                    "in the crontab it reads",
                    ctx.dialect.daemon, name));
  } else if (!chosen_reads) {
    ctx.report_file(
        fmt::format("file name '{}' is never read by {} (its rule for names in "
                    "/etc/cron.d: {}); rename it to '{}'",
                    name, ctx.dialect.daemon, ctx.dialect.cron_d_file_names, suggestion));
  } else {
    ctx.report(Severity::warning, Span{},
               fmt::format("file name '{}' works with {}, but Debian's cron skips names with "
                           "characters other than letters, digits, '_' and '-'; '{}' works "
                           "everywhere",
                           name, ctx.dialect.daemon, suggestion));
  }
}

}  // namespace

extern const lint::Rule cron_d_filename_invalid{
    {.id = "cron-d-filename-invalid",
     .severity = Severity::error,
     .category = lint::Category::filesystem,
     .summary = "an /etc/cron.d file name that cron skips (Debian: anything but [A-Za-z0-9_-])",
     .doc = doc},
    check};

}  // namespace cronkit::rules
