#include "lint/embedded_file.hpp"

#include <algorithm>
#include <optional>

#include "lint/expression.hpp"
#include "lint/registry.hpp"

namespace cronkit::lint {
namespace {

bool names(const std::vector<std::string>& rules, std::string_view id) {
  return std::any_of(rules.begin(), rules.end(),
                     [&](const std::string& rule) { return rule == id || rule == "all"; });
}

// The line a `# cronlint: disable=...` on `line` applies to: the next line that is neither blank
// nor a YAML comment.
std::uint32_t suppression_target(std::string_view text, std::uint32_t line) {
  std::uint32_t number = 1;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    if (number > line) {
      std::string_view content = text.substr(at, end - at);
      const std::size_t first = content.find_first_not_of(" \t\r");
      if (first != std::string_view::npos && content[first] != '#') return number;
    }
    at = end + 1;
    ++number;
  }
  return line + 1;
}

// A finding of the expression (columns on line 1 of the expression) moved into the file.
Finding moved(Finding finding, const embedded::FoundText& text, const embedded::LineIndex& lines) {
  const std::size_t begin = finding.span.column == 0 ? 0 : finding.span.column - 1;
  const std::size_t end =
      std::max(begin, std::size_t{finding.span.end_column > 0 ? finding.span.end_column - 1u : 0u});
  finding.span = found_span(text, lines, begin, end);
  finding.end_line = finding.span.line;
  // A fix replaces bytes of the expression, which the file may spell differently (escapes).
  finding.fix.reset();
  return finding;
}

}  // namespace

Span found_span(const embedded::FoundText& text, const embedded::LineIndex& lines,
                std::size_t begin, std::size_t end) {
  const std::size_t size = text.sources.size();
  begin = std::min(begin, size);
  end = std::clamp(end, begin, size);
  const std::uint32_t from = begin < size ? text.sources[begin].begin : text.end;
  std::uint32_t to = end > begin ? text.sources[end - 1].end : from;
  if (!text.exact) to = std::max(from, text.end);
  return lines.span(from, std::max(from, to));
}

std::vector<std::string> FoundContext::nearby_comments() const {
  const std::string_view text = file_text;
  using Markers = embedded::FoundSchedule::CommentMarkers;
  const bool hash = found.comment_markers != Markers::slashes;
  const bool slashes = found.comment_markers != Markers::hash;
  auto trimmed = [](std::string_view s) {
    const std::size_t first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return std::string_view();
    const std::size_t last = s.find_last_not_of(" \t\r");
    return s.substr(first, last - first + 1);
  };
  // The comment a whole line is, without its marker; nothing when the line is not one.
  auto comment_of = [&](std::string_view line) -> std::optional<std::string_view> {
    line = trimmed(line);
    if (hash && line.starts_with('#')) return trimmed(line.substr(1));
    if (slashes && line.starts_with("//")) return trimmed(line.substr(2));
    return std::nullopt;
  };
  const std::uint32_t at =
      std::min<std::uint32_t>(found.expression.begin, static_cast<std::uint32_t>(text.size()));
  const std::size_t newline = at == 0 ? std::string_view::npos : text.rfind('\n', at - 1);
  const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
  std::vector<std::string> above;
  std::size_t end = line_start;  // the end of the line above, after its '\n'
  while (end > 0) {
    const std::size_t previous = end - 1 == 0 ? std::string_view::npos : text.rfind('\n', end - 2);
    const std::size_t start = previous == std::string_view::npos ? 0 : previous + 1;
    const std::optional<std::string_view> comment = comment_of(text.substr(start, end - 1 - start));
    if (!comment || comment->empty()) break;
    if (!comment->starts_with("cronlint:")) above.emplace_back(*comment);
    end = start;
  }
  std::vector<std::string> comments(above.rbegin(), above.rend());
  // After the value on its own line: past a closing quote, a `#` (or `//`) starts a comment.
  std::size_t line_end = text.find('\n', found.expression.end);
  if (line_end == std::string_view::npos) line_end = text.size();
  if (found.expression.end <= line_end) {
    std::string_view rest = text.substr(found.expression.end, line_end - found.expression.end);
    if (!found.expression.plain && !rest.empty() && (rest[0] == '"' || rest[0] == '\''))
      rest.remove_prefix(1);
    const std::string_view after = trimmed(rest);
    if (std::optional<std::string_view> comment = comment_of(after);
        comment && !comment->empty() && !comment->starts_with("cronlint:"))
      comments.emplace_back(*comment);
  }
  return comments;
}

std::vector<FoundContext::NearbyText> FoundContext::nearby_texts() const {
  std::vector<NearbyText> texts;
  for (std::string& comment : nearby_comments()) texts.push_back({"comment", std::move(comment)});
  for (const embedded::FoundLabel& label : found.labels) {
    if (label.key == "Description" || label.key == "description")
      texts.push_back({label.key, label.value});
  }
  return texts;
}

void FoundContext::report(std::size_t begin, std::size_t end, std::string message) {
  const Span span = found_span(found.expression, lines_, begin, end);
  sink_.push_back(
      {std::string(rule.id), rule.severity, span, span.line, std::move(message), std::nullopt});
}

void FoundContext::report_zone(std::string message) {
  report_value(*found.zone, std::move(message));
}

void FoundContext::report_value(const embedded::FoundText& value, std::string message) {
  const Span span = found_span(value, lines_, 0, value.value.size());
  sink_.push_back(
      {std::string(rule.id), rule.severity, span, span.line, std::move(message), std::nullopt});
}

LintResult lint_embedded_file(std::string_view text, embedded::FileKind kind,
                              const LintOptions& options, const RuleSelection& selection,
                              const Directives& directives) {
  const embedded::Extraction extraction = embedded::file_kind(kind).extract(text);
  const embedded::LineIndex lines(text);
  std::vector<Finding> findings;

  for (const embedded::FileProblem& problem : extraction.problems) {
    const Rule* rule = find_rule(problem.rule);
    if (!rule || !selection.selects(rule->info, false)) continue;
    const Span span = lines.span(problem.begin, problem.end);
    findings.push_back(
        {problem.rule, rule->info.severity, span, span.line, problem.message, std::nullopt});
  }

  std::vector<const Rule*> found_rules;
  for (const Rule* rule : all_rules()) {
    if (rule->check_found && selection.selects(rule->info, false)) found_rules.push_back(rule);
  }
  for (const embedded::FoundSchedule& found : extraction.schedules) {
    LintOptions expression_options = options;
    expression_options.dialect = found.dialect;
    expression_options.dialect_declared = true;
    if (found.zone) expression_options.zone = found.zone->value;
    for (Finding& finding :
         lint_expression(found.expression.value, expression_options, selection).findings)
      findings.push_back(moved(std::move(finding), found.expression, lines));
    const ParsedSchedule parsed = parse_schedule(found.expression.value, found.dialect);
    for (const Rule* rule : found_rules) {
      FoundContext context(found, parsed, rule->info, text, lines, findings);
      context.options = &options;
      rule->check_found(context);
    }
  }

  // Suppressions, as in a crontab.
  std::vector<std::pair<std::uint32_t, const std::vector<std::string>*>> line_rules;
  for (const LineSuppression& suppression : directives.line_suppressions)
    line_rules.emplace_back(suppression_target(text, suppression.line), &suppression.rules);
  std::erase_if(findings, [&](const Finding& finding) {
    if (names(directives.file_suppressions, finding.rule)) return true;
    return std::any_of(line_rules.begin(), line_rules.end(), [&](const auto& entry) {
      return entry.first == finding.span.line && names(*entry.second, finding.rule);
    });
  });

  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.span.line != b.span.line) return a.span.line < b.span.line;
    if (a.span.column != b.span.column) return a.span.column < b.span.column;
    return a.rule < b.rule;
  });
  LintResult result;
  result.findings = std::move(findings);
  return result;
}

}  // namespace cronkit::lint
