#pragma once
// Linting a schedule expression on its own (`cronlint --expr '*/5 * * * *'`), as it is written
// in a deployment file, a CI variable or a chat message, with no command and no crontab around
// it: the rules of the categories that judge a schedule (syntax, schedule, dst), with every
// position a column within the expression on line 1.

#include <string_view>

#include "lint/lint.hpp"

namespace cronkit::lint {

// The findings for `expression` read by options.dialect. An expression the dialect rejects gets
// the parser's errors (and nothing else, as a crontab line with a syntax error does); one it
// accepts goes through the rules as the schedule of a crontab entry would, and only the findings
// about the expression itself are kept.
LintResult lint_expression(std::string_view expression, const LintOptions& options,
                           const RuleSelection& selection);

// Whether the rules of `category` are about a schedule, and so apply to a bare expression.
bool judges_expressions(Category category);

}  // namespace cronkit::lint
