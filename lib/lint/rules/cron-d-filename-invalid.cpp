// cron-d-filename-invalid: Debian's cron silently skips /etc/cron.d files with dots in the name.

#include <fmt/format.h>

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds a crontab meant for `/etc/cron.d/` (its path, `--stdin-filename` or a
`# cronlint: path=/etc/cron.d/NAME` directive says so) whose file name cron does not read.
Debian's cron reads only names made of letters, digits, `_` and `-`; cronie skips names starting
with `.` or `#`, ending in `~`, `.rpmsave`, `.rpmorig` or `.rpmnew`.

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

    0 6 * * * root /opt/llm/reports.sh)doc";

std::string suggested_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_' || c == '-';
    if (ok) {
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
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) return;
  std::string_view name = path.substr(slash + 1);
  std::string_view directory = path.substr(0, slash);
  std::size_t parent = directory.rfind('/');
  if ((parent == std::string_view::npos ? directory : directory.substr(parent + 1)) != "cron.d") {
    return;
  }
  bool debian_reads = dialect(DialectId::debian).reads_cron_d_file(name);
  bool chosen_reads = ctx.dialect.reads_cron_d_file(name);
  if (debian_reads && chosen_reads) return;
  std::string suggestion = suggested_name(name);
  if (!chosen_reads) {
    std::string_view why =
        ctx.dialect.id == DialectId::debian
            ? "Debian's cron reads only names of letters, digits, '_' and '-' in /etc/cron.d"
            : "cronie skips names starting with '.' or '#' and backup names ('~', '.rpmnew', ...)";
    ctx.report_file(fmt::format("file name '{}' is never read by cron: {}; rename it to '{}'", name,
                                why, suggestion));
  } else {
    ctx.report(Severity::warning, Span{},
               fmt::format("file name '{}' works with cronie, but Debian's cron skips names with "
                           "characters other than letters, digits, '_' and '-'; '{}' works "
                           "everywhere",
                           name, suggestion));
  }
}

}  // namespace

extern const lint::Rule cron_d_filename_invalid{
    {.id = "cron-d-filename-invalid",
     .severity = Severity::error,
     .category = lint::Category::file,
     .summary = "an /etc/cron.d file name that cron skips (Debian: anything but [A-Za-z0-9_-])",
     .doc = doc},
    check};

}  // namespace cronkit::rules
