#pragma once
// Linting the schedules of a file that is not a crontab (a GitHub workflow, a Kubernetes
// manifest: lib/embedded): each schedule goes through the bare-expression lint
// (lint/expression.hpp) with its system's dialect, the rules with a check_found judge it with
// what the file says around it, and every finding is moved from the expression's columns to
// the bytes of the file the expression was read from.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "embedded/embedded.hpp"
#include "lint/directives.hpp"
#include "lint/lint.hpp"
#include "parse/parse.hpp"

namespace cronkit::lint {

// What a check_found rule gets: one schedule as found, the expression as its dialect reads it,
// and where to report.
class FoundContext {
 public:
  FoundContext(const embedded::FoundSchedule& found, const ParsedSchedule& parsed,
               const RuleInfo& rule, std::string_view file_text, const embedded::LineIndex& lines,
               std::vector<Finding>& sink)
      : found(found),
        parsed(parsed),
        rule(rule),
        file_text(file_text),
        lines_(lines),
        sink_(sink) {}

  const embedded::FoundSchedule& found;
  const ParsedSchedule& parsed;  // parsed.ok(): the dialect accepts the expression
  const RuleInfo& rule;
  std::string_view file_text;  // the whole file the schedule was found in
  // The options of the run (--tz, the reference instant); set by lint_embedded_file().
  const LintOptions* options = nullptr;

  // The comments written next to the schedule: the comment lines directly above its line (up to
  // the first line that is blank or not a comment; `#` or `//` as the file's language writes
  // comments: FoundSchedule::comment_markers), nearest last, then a comment at the end of its
  // own line. Each without its marker and blanks; `cronlint:` directives left out. None for
  // JSON, which has no comments.
  std::vector<std::string> nearby_comments() const;
  // The words next to the schedule that may state when it runs, nearest first, each with where
  // it stands for messages: the nearby comments ("comment"), then a `Description` or
  // `description` label (its key).
  struct NearbyText {
    std::string where;
    std::string text;
  };
  std::vector<NearbyText> nearby_texts() const;

  // A finding about the bytes [begin, end) of the expression's value.
  void report(std::size_t begin, std::size_t end, std::string message);
  // A finding about the zone the file gives (found.zone must be set).
  void report_zone(std::string message);
  // A finding about another value the file gives for the schedule (one of found's FoundTexts).
  void report_value(const embedded::FoundText& value, std::string message);

 private:
  const embedded::LineIndex& lines_;
  std::vector<Finding>& sink_;
};

// The findings for the schedules of `text`, a file of `kind`. options.zone is --tz (the zone of
// a schedule whose file names none); the dialect is the kind's. `# cronlint: disable=RULE` on the
// line before a finding's line (comments and blank lines between allowed) and
// `disable-file=RULE` silence findings as in a crontab.
LintResult lint_embedded_file(std::string_view text, embedded::FileKind kind,
                              const LintOptions& options, const RuleSelection& selection,
                              const Directives& directives);

// The file span of the expression bytes [begin, end) of a found schedule (the span of the first
// character's line when the expression spans several lines).
Span found_span(const embedded::FoundText& text, const embedded::LineIndex& lines,
                std::size_t begin, std::size_t end);

}  // namespace cronkit::lint
