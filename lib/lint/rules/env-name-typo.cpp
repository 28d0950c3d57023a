// env-name-typo: a near miss of a name cron reads (MAIL_TO, Path, CRONTZ) is just another
// variable.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "lint/command_analysis.hpp"
#include "lint/edit_distance.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

using lint::edit_distance;

constexpr std::string_view doc = R"doc(## What it does
Finds environment names that are not names cron (or the job's shell) reads but are near misses of
one: `MAILTO`, `MAILFROM`, `SHELL`, `PATH`, `HOME`, `CRON_TZ`, `RANDOM_DELAY`, `CONTENT_TYPE`. A
near miss differs only in case (`mailto`, `Path`), by one edit (two for names of seven letters or
more), or is a known variant (`MAIL_TO`, `EMAILTO`, `MAILT0`, `CRONTZ`, `CRON_TIMEZONE`).

## Why is this bad?
Names are case-sensitive and cron only reacts to the exact ones. A misspelt MAILTO silently sends
the failure mail to the crontab owner's local mailbox, which nobody reads.

## Example
    MAIL_TO=oncall@example.com

## Use instead
    MAILTO=oncall@example.com)doc";

constexpr std::array<std::string_view, 8> significant = {
    "MAILTO", "MAILFROM", "SHELL", "PATH", "HOME", "CRON_TZ", "RANDOM_DELAY", "CONTENT_TYPE"};

struct Variant {
  std::string_view written;
  std::string_view meant;
};
constexpr std::array<Variant, 6> variants = {{{"MAIL_TO", "MAILTO"},
                                              {"EMAILTO", "MAILTO"},
                                              {"MAILT0", "MAILTO"},
                                              {"CRONTZ", "CRON_TZ"},
                                              {"CRON_TIMEZONE", "CRON_TZ"},
                                              {"MAIL_FROM", "MAILFROM"}}};

// Names that are legitimately close to a significant one.
constexpr std::array<std::string_view, 6> known_names = {"PATHS", "PWD",   "HOST",
                                                         "USER",  "SHLVL", "TZ"};

std::string upper(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return result;
}

std::string_view intended_name(std::string_view name) {
  if (std::find(significant.begin(), significant.end(), name) != significant.end()) return {};
  if (std::find(known_names.begin(), known_names.end(), name) != known_names.end()) return {};
  for (const Variant& variant : variants) {
    if (upper(name) == variant.written) return variant.meant;
  }
  std::string upper_name = upper(name);
  for (std::string_view candidate : significant) {
    if (upper_name == candidate) return candidate;
  }
  for (std::string_view candidate : significant) {
    std::size_t allowed = candidate.size() >= 7 ? 2 : 1;
    if (name.size() < 4) continue;
    if (edit_distance(upper_name, candidate) <= allowed) return candidate;
  }
  return {};
}

void check(lint::RuleContext& ctx) {
  for (const lint::EnvLineView& view : lint::env_lines(ctx)) {
    if (!view.assignment) continue;
    std::string_view name = view.assignment->name;
    std::string_view meant = intended_name(name);
    if (meant.empty()) continue;
    Span span = ctx.span_at(*view.line, view.line_begin + view.candidate.name_begin,
                            view.line_begin + view.candidate.name_end);
    std::string message =
        fmt::format("`{}` is not a name cron reads; did you mean `{}`? (names are case-sensitive)",
                    lint::excerpt(name), meant);
    if (meant == "MAILTO" || meant == "MAILFROM") {
      message += "; failure mail still goes to the crontab's owner";
    }
    ctx.report(span, std::move(message), lint::Fix{span, std::string(meant)});
  }
}

}  // namespace

extern const lint::Rule env_name_typo{
    {.id = "env-name-typo",
     .severity = Severity::warning,
     .category = lint::Category::environment,
     .summary =
         "an environment name is a near miss of MAILTO, PATH, SHELL, CRON_TZ or another cron name",
     .doc = doc},
    check};

}  // namespace cronkit::rules
