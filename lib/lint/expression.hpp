#pragma once
// Linting a schedule expression on its own (`cronlint --expr '*/5 * * * *'`), as it is written
// in a deployment file, a CI variable or a chat message, with no command and no crontab around
// it: the rules of the categories that judge a schedule (syntax, schedule, dst), with every
// position a column within the expression on line 1.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.hpp"
#include "parse/parse.hpp"

namespace cronkit::lint {

// What a check_expression rule gets (lint/rule.hpp): one expression a scheduler accepts, read by
// its dialect, the zone it runs in when anything says so, and where to report. The same context
// serves `cronlint --expr` and the schedules found in workflows and manifests, whose findings
// lint_embedded_file moves from the expression's columns into the file.
class ExpressionContext {
 public:
  ExpressionContext(const ParsedSchedule& parsed, const Dialect& dialect, std::string_view zone,
                    const RuleInfo& rule, std::vector<Finding>& sink)
      : parsed(parsed), dialect(dialect), zone(zone), rule(rule), sink_(sink) {}

  const ParsedSchedule& parsed;  // parsed.ok(): the checks run only on accepted expressions
  const Dialect& dialect;
  // The zone the schedule runs in: a robfig `CRON_TZ=` prefix, the file's zone setting or --tz,
  // else the system's fixed zone (UTC for GitHub Actions and EventBridge rules); empty when
  // nothing says (a Kubernetes CronJob without timeZone runs in the controller's zone).
  std::string_view zone;
  const RuleInfo& rule;

  // A finding about the bytes [begin, end) of the expression, at the rule's severity or another.
  void report(std::size_t begin, std::size_t end, std::string message) {
    report(rule.severity, begin, end, std::move(message));
  }
  void report(Severity severity, std::size_t begin, std::size_t end, std::string message);

 private:
  std::vector<Finding>& sink_;
};

// The findings for `expression` read by options.dialect. An expression the dialect rejects gets
// the parser's errors (and nothing else, as a crontab line with a syntax error does); one it
// accepts goes through the rules as the schedule of a crontab entry would, and only the findings
// about the expression itself are kept.
LintResult lint_expression(std::string_view expression, const LintOptions& options,
                           const RuleSelection& selection);

// Whether the rules of `category` are about a schedule, and so apply to a bare expression.
bool judges_expressions(Category category);

}  // namespace cronkit::lint
