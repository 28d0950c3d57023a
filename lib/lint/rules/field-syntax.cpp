// field-syntax: a time field does not follow cron's grammar

#include <fmt/format.h>

#include "lint/fields.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds time fields that are not a comma-separated list of `*`, `N`, `N-M`, `*/S`, `N-M/S` or
three-letter names: `1--2`, `*,`, `1,,3`, `**`, `1-`, and the Quartz-only tokens `?`, `L`,
`W`, `#` (and cronie's `~` outside cronie). In a template (a file named `*.tpl`, `*.tmpl`,
`*.template`, `*.j2`), a line that starts with a placeholder (`${MINUTES}`, `{{ schedule }}`) is
left alone: it is filled in before cron reads the file.

## Why is this bad?
cronie rejects the line. Debian's cron rejects most of these too, but it stops reading a field at
the first character it does not understand and silently skips the rest of the token: `5#3` is
read as `5`, `*5` as `*`, `1–5` (en dash) as `1`. The line is installed and runs at a time
nobody wrote.

## Example
    0 9 ? * MON /opt/llm/weekly.sh

## Use instead
    0 9 * * mon /opt/llm/weekly.sh)doc";

void check_file(lint::RuleContext& ctx) {
  ctx.report_parser_diagnostics();
  // What Debian skips silently, in case the parser kept it as a note on the field only.
}

void check(lint::RuleContext& ctx, const Entry& entry) {
  if (entry.special) return;
  for (const Field& field : entry.fields) {
    if (field.ignored_tail().empty()) continue;
    std::string_view read =
        field.text().substr(0, field.text().size() - field.ignored_tail().size());
    ctx.report(field.ignored_tail_span(),
               fmt::format("{} field '{}': Debian's cron ignores '{}' and reads the field as '{}'; "
                           "cronie rejects the line",
                           field_facts(field.kind).name, field.text(), field.ignored_tail(), read));
    break;
  }
}

}  // namespace

extern const lint::Rule field_syntax{{.id = "field-syntax",
                                      .severity = Severity::error,
                                      .category = lint::Category::syntax,
                                      .summary = "a time field does not follow cron's grammar",
                                      .doc = doc},
                                     check_file,
                                     check};

}  // namespace cronkit::rules
