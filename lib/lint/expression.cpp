#include "lint/expression.hpp"

#include <algorithm>
#include <string>

#include "lint/registry.hpp"
#include "parse/parse.hpp"

namespace cronkit::lint {
namespace {

// The command of the entry the expression is linted as: one that no schedule rule reads
// anything into.
constexpr std::string_view placeholder_command = "true";

Finding finding_from(const Diagnostic& diagnostic, Severity severity) {
  return Finding{diagnostic.code,      severity,           diagnostic.span,
                 diagnostic.span.line, diagnostic.message, std::nullopt};
}

// The parser's diagnostics of an expression the dialect rejects, under the rules that report
// them (their catalogue severity), as far as those rules are selected.
// Whether --disable (or --disable all) names the rule last.
bool disabled_by_name(const RuleSelection& selection, const RuleInfo& rule) {
  bool disabled = false;
  for (const auto& [id, enable] : selection.changes) {
    if (id == rule.id || id == "all") disabled = !enable;
  }
  return disabled;
}

LintResult parser_findings(const ParsedSchedule& parsed, const RuleSelection& selection,
                           DialectId dialect_id) {
  // A scheduler's own limit (GitHub Actions runs nothing more often than every 5 minutes) is a
  // fact of the system the expression is for, not advice: its finding is reported even where
  // the rule is off by default for crontabs, unless --disable names it.
  const bool scheduler = !dialect(dialect_id).reads_crontab_files;
  LintResult result;
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    const Rule* rule = find_rule(diagnostic.code);
    if (rule && !selection.selects(rule->info, false) &&
        (!scheduler || disabled_by_name(selection, rule->info)))
      continue;
    result.findings.push_back(
        finding_from(diagnostic, rule ? rule->info.severity : diagnostic.severity));
  }
  return result;
}

// The zone a scheduler runs the expression in (ExpressionContext::zone).
std::string scheduler_zone(const ParsedSchedule& parsed, const Dialect& cron,
                           const LintOptions& options) {
  if (cron.zone_is_fixed) return std::string(cron.default_zone);
  if (parsed.zone_name) return *parsed.zone_name;
  if (!options.zone.empty()) return options.zone;
  return std::string(cron.default_zone);
}

// The check_expression rules on an expression the scheduler accepts.
void check_expression_rules(const ParsedSchedule& parsed, const LintOptions& options,
                            const RuleSelection& selection, std::vector<Finding>& findings) {
  const Dialect& cron = dialect(options.dialect);
  const std::string zone = scheduler_zone(parsed, cron, options);
  for (const Rule* rule : all_rules()) {
    if (!rule->check_expression || !selection.selects(rule->info, false)) continue;
    ExpressionContext context(parsed, cron, zone, rule->info, findings);
    rule->check_expression(context);
  }
}

}  // namespace

void ExpressionContext::report(Severity severity, std::size_t begin, std::size_t end,
                               std::string message) {
  const std::size_t size = parsed.text().size();
  begin = std::min(begin, size);
  end = std::clamp(end, begin, size);
  const Span span{1, static_cast<std::uint32_t>(begin + 1), static_cast<std::uint32_t>(end + 1),
                  begin, end};
  sink_.push_back({std::string(rule.id), severity, span, 1, std::move(message), std::nullopt});
}

bool judges_expressions(Category category) {
  return category == Category::syntax || category == Category::schedule ||
         category == Category::dst;
}

LintResult lint_expression(std::string_view expression, const LintOptions& options,
                           const RuleSelection& selection) {
  const ParsedSchedule parsed = parse_schedule(expression, options.dialect);
  if (!parsed.ok()) return parser_findings(parsed, selection, options.dialect);
  // A scheduler's expression has no crontab line to be linted as: the parser and the rules that
  // know what that scheduler does with an expression judge it.
  if (!dialect(options.dialect).reads_crontab_files) {
    LintResult result = parser_findings(parsed, selection, options.dialect);
    check_expression_rules(parsed, options, selection, result.findings);
    return result;
  }

  // The expression as the schedule of a user-crontab entry, at the start of line 1, so that the
  // rules' columns are the expression's.
  LintOptions entry_options = options;
  entry_options.format = CrontabFormat::user;
  entry_options.format_basis = FormatBasis::declared;
  std::string text(expression);
  text += ' ';
  text += placeholder_command;
  text += '\n';
  const Crontab crontab =
      parse_crontab(std::move(text), ParseOptions{CrontabFormat::user, options.dialect, "-"});
  // The line must read as the expression followed by the command (a schedule that ends in
  // blanks, or one the line parser splits otherwise, is judged by the parser alone).
  const bool read_alike = crontab.entries.size() == 1 && crontab.entries.front().accepted &&
                          crontab.entries.front().command.raw == placeholder_command &&
                          crontab.entries.front().command.span.begin == expression.size() + 1;
  if (!read_alike) return parser_findings(parsed, selection, options.dialect);

  LintResult linted = lint_crontab(crontab, entry_options, selection, Directives{});
  LintResult result;
  const auto end_column = static_cast<std::uint32_t>(expression.size() + 1);
  for (Finding& finding : linted.findings) {
    const Rule* rule = find_rule(finding.rule);
    if (!rule || !judges_expressions(rule->info.category)) continue;
    if (finding.span.line != 1 || finding.span.column == 0 || finding.span.column > end_column)
      continue;
    finding.span.end_column = std::min(finding.span.end_column, end_column);
    finding.span.end = std::min<std::uint32_t>(
        finding.span.end, finding.span.begin + (finding.span.end_column - finding.span.column));
    finding.end_line = 1;
    if (finding.fix && finding.fix->span.end > expression.size()) finding.fix.reset();
    result.findings.push_back(std::move(finding));
  }
  return result;
}

}  // namespace cronkit::lint
