#include "lint/rule.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>

#include "lint/run_cache.hpp"

namespace cronkit::lint {

namespace {
constexpr std::array<std::pair<Category, std::string_view>, 10> category_names = {{
    {Category::syntax, "syntax"},
    {Category::user, "user"},
    {Category::schedule, "schedule"},
    {Category::dst, "dst"},
    {Category::environment, "environment"},
    {Category::command, "command"},
    {Category::output, "output"},
    {Category::hardening, "hardening"},
    {Category::filesystem, "filesystem"},
    {Category::meta, "meta"},
}};
}  // namespace

std::string_view category_name(Category category) {
  for (const auto& [value, name] : category_names)
    if (value == category) return name;
  return "syntax";
}

std::optional<Category> category_named(std::string_view name) {
  for (const auto& [value, spelled] : category_names)
    if (spelled == name) return value;
  return std::nullopt;
}

std::string doc_for_readers(std::string_view doc) {
  std::string out;
  out.reserve(doc.size());
  while (!doc.empty()) {
    std::size_t end = doc.find('\n');
    std::string_view line = doc.substr(0, end == std::string_view::npos ? doc.size() : end + 1);
    doc.remove_prefix(line.size());
    if (!line.starts_with("<!-- cronlint:")) out += line;
  }
  return out;
}

bool is_syntax_error_code(std::string_view code) {
  static constexpr std::array<std::string_view, 13> codes = {
      "field-count",          "field-syntax",       "minute-out-of-range", "hour-out-of-range",
      "dom-out-of-range",     "month-out-of-range", "dow-out-of-range",    "name-invalid",
      "range-reversed",       "step-zero",          "step-without-range",  "special-invalid",
      "seconds-or-year-field"};
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

bool names_template(std::string_view name) {
  for (std::string_view extension : {".tpl", ".tmpl", ".template", ".j2", ".jinja"}) {
    if (name.ends_with(extension)) return true;
  }
  return false;
}

bool starts_with_placeholder(std::string_view text) {
  std::size_t first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  text.remove_prefix(first);
  auto is_name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
  };
  if (text.starts_with("${") || text.starts_with("{{")) return true;
  if (text.size() > 1 && text[0] == '$' &&
      (std::isupper(static_cast<unsigned char>(text[1])) || text[1] == '_')) {
    return true;
  }
  if (text.starts_with('%')) {
    std::size_t end = 1;
    while (end < text.size() && is_name_char(text[end])) ++end;
    return end > 1 && end < text.size() && text[end] == '%';
  }
  return false;
}

bool is_structural_code(std::string_view code) {
  static constexpr std::array<std::string_view, 3> codes = {"field-count", "field-syntax",
                                                            "user-field-missing"};
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

RunCache& RuleContext::own_run_cache() {
  own_cache_ = std::make_shared<RunCache>();
  cache = own_cache_.get();
  return *cache;
}

void RuleContext::report(Severity severity, const Span& span, std::string message,
                         std::optional<Fix> fix) {
  Finding finding;
  finding.rule = std::string(rule.id);
  finding.severity = severity;
  finding.span = span;
  finding.end_line = span.line;
  finding.message = std::move(message);
  finding.fix = std::move(fix);
  sink_.push_back(std::move(finding));
}

void RuleContext::report_file(std::string message) {
  report(Span{}, std::move(message));
}

std::size_t RuleContext::report_parser_diagnostics() {
  std::size_t count = 0;
  for (const Diagnostic& diagnostic : crontab.diagnostics) {
    if (diagnostic.code != rule.id) continue;
    // A template's placeholder is filled in before cron reads the file.
    if (options.template_file) {
      const Line* line = crontab.line_at(diagnostic.span.line);
      if (line && starts_with_placeholder(crontab.line_text(*line))) continue;
    }
    std::string message = diagnostic.message;
    if (diagnostic.rejected_by_cron && message.find("whole file") == std::string::npos) {
      message += dialect.rejects_whole_file_on_error
                     ? "; Debian's cron rejects this line and therefore ignores the whole file"
                     : "; cron skips this line";
    }
    // The catalogue, not the parser, decides the severity (the parser says "warning" for what
    // cron accepts, such as a reversed range).
    report(diagnostic.span, std::move(message));
    ++count;
  }
  return count;
}

Span RuleContext::span_at(const Line& line, std::size_t begin, std::size_t end) const {
  Span span;
  span.line = line.number;
  span.begin = begin;
  span.end = end;
  span.column = static_cast<std::uint32_t>(begin - line.span.begin + 1);
  span.end_column = static_cast<std::uint32_t>(end - line.span.begin + 1);
  return span;
}

}  // namespace cronkit::lint
