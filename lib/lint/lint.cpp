#include "lint/lint.hpp"

#include <algorithm>
#include <unordered_set>

#include "lint/registry.hpp"
#include "lint/run_cache.hpp"

namespace cronkit::lint {
namespace {

bool list_names(const std::vector<std::string>& rules, std::string_view id) {
  return std::any_of(rules.begin(), rules.end(),
                     [&](const std::string& rule) { return rule == id || rule == "all"; });
}

// The rule id that suppression lists name: "shellcheck/SC2086" can be silenced as a whole with
// "shellcheck" too.
bool suppressed_by(const std::vector<std::string>& rules, std::string_view id) {
  if (list_names(rules, id)) return true;
  std::size_t slash = id.find('/');
  return slash != std::string_view::npos && list_names(rules, id.substr(0, slash));
}

// The line a `# cronlint: disable=...` on `line` applies to: the next line that is not a comment
// or blank line (so that several directives may be stacked).
std::uint32_t suppression_target(const Crontab& crontab, std::uint32_t line) {
  std::uint32_t target = line + 1;
  while (const Line* next = crontab.line_at(target)) {
    if (next->kind != Line::Kind::comment && next->kind != Line::Kind::blank) break;
    ++target;
  }
  return target;
}

// An unfilled placeholder is the cause of what other rules find inside it (`<minute>` is no
// minute, `%py-interpreter%` is cut at its `%`): those findings merge into the placeholder's one,
// which takes the most severe of their levels, so that --fail-on still sees what cron will do.
// `findings` is sorted by line.
void merge_findings_inside_placeholders(std::vector<Finding>& findings) {
  std::vector<bool> merged(findings.size(), false);
  bool any = false;
  for (std::size_t first = 0; first < findings.size();) {
    std::size_t last = first;
    while (last < findings.size() && findings[last].span.line == findings[first].span.line) ++last;
    for (std::size_t p = first; p < last; ++p) {
      if (findings[p].rule != "unfilled-placeholder") continue;
      Finding& placeholder = findings[p];
      for (std::size_t i = first; i < last; ++i) {
        const Finding& other = findings[i];
        if (i == p || other.span.begin < placeholder.span.begin ||
            other.span.begin >= placeholder.span.end) {
          continue;
        }
        merged[i] = any = true;
        placeholder.severity = std::min(placeholder.severity, other.severity);  // error first
      }
    }
    first = last;
  }
  if (!any) return;
  std::size_t kept = 0;
  for (std::size_t i = 0; i < findings.size(); ++i) {
    if (merged[i]) continue;
    if (kept != i) findings[kept] = std::move(findings[i]);
    ++kept;
  }
  findings.resize(kept);
}

}  // namespace

bool RuleSelection::selects(const RuleInfo& rule, bool check_paths) const {
  if (rule.needs_filesystem && !check_paths) return false;
  bool enabled = rule.default_enabled;
  for (const auto& [id, enable] : changes) {
    // "shellcheck" names every "shellcheck/SCxxxx".
    if (id == rule.id ||
        (rule.id.size() > id.size() && rule.id.starts_with(id) && rule.id[id.size()] == '/')) {
      enabled = enable;
    }
    // `--enable all` turns on default-off rules too; `--disable all` everything.
    if (id == "all") enabled = enable;
    // `--enable hardening`: every rule of a category, in command-line order with the others.
    if (std::optional<Category> category = category_named(id);
        category && *category == rule.category)
      enabled = enable;
  }
  return enabled;
}

LintResult lint_crontab(const Crontab& crontab, const LintOptions& options,
                        const RuleSelection& selection, const Directives& directives,
                        std::vector<Finding> extra) {
  LintResult result;
  std::vector<bool> syntax_error_lines(crontab.lines.size() + 2, false);
  for (const Diagnostic& diagnostic : crontab.diagnostics) {
    // Every syntax rule is error-level in the catalogue, even where cron accepts the line.
    if (is_syntax_error_code(diagnostic.code) && diagnostic.span.line < syntax_error_lines.size()) {
      syntax_error_lines[diagnostic.span.line] = true;
    }
  }

  std::vector<bool> broken_lines(crontab.lines.size() + 2, false);
  for (const Diagnostic& diagnostic : crontab.diagnostics) {
    if (is_structural_code(diagnostic.code) && diagnostic.span.line < broken_lines.size()) {
      broken_lines[diagnostic.span.line] = true;
    }
  }

  std::vector<Finding> findings;
  std::unordered_set<std::string_view> registered;
  for (const Rule* rule : all_rules()) registered.insert(rule->info.id);
  // Syntax rules run before the others: an error-level finding of theirs (from the parser or of
  // their own, such as a sixth time field) keeps the schedule rules off the line. Per-entry
  // checks all run in one pass, entry by entry, so each entry is loaded from memory once.
  RunCache cache;  // outlives the contexts, which point at it
  std::vector<RuleContext> contexts;
  std::vector<const Rule*> selected;
  for (const Rule* rule : all_rules()) {
    if (!selection.selects(rule->info, options.check_paths)) continue;
    selected.push_back(rule);
    contexts.emplace_back(crontab, options, rule->info, syntax_error_lines, findings);
    contexts.back().directives = &directives;
    contexts.back().cache = &cache;
    contexts.back().broken_lines = &broken_lines;
  }
  // The rules that find broken lines run first, and the other rules skip those lines.
  auto finds_breakage = [](const Rule* rule) {
    return is_syntax_error_code(rule->info.id) || is_structural_code(rule->info.id);
  };
  auto mark_syntax_errors = [&](std::size_t from) {
    for (std::size_t i = from; i < findings.size(); ++i) {
      const Finding& finding = findings[i];
      if (finding.severity == Severity::error && finding.span.line < syntax_error_lines.size()) {
        syntax_error_lines[finding.span.line] = true;
      }
      if (is_structural_code(finding.rule) && finding.span.line < broken_lines.size()) {
        broken_lines[finding.span.line] = true;
      }
    }
  };
  for (std::size_t i = 0; i < selected.size(); ++i) {
    if (selected[i]->check && finds_breakage(selected[i])) selected[i]->check(contexts[i]);
  }
  mark_syntax_errors(0);
  // The per-entry checks with their contexts side by side: this loop makes one call per rule and
  // entry, tens of millions for a big file.
  struct EntryCheck {
    EntryCheckFunction check;
    RuleContext* context;
    bool runs_on_broken_lines;  // RuleContext::broken_lines
  };
  std::vector<EntryCheck> syntax_entry_checks, other_entry_checks;
  for (std::size_t i = 0; i < selected.size(); ++i) {
    if (!selected[i]->check_entry) continue;
    const RuleInfo& info = selected[i]->info;
    bool runs_on_broken_lines = info.category == Category::syntax || info.reads_broken_lines;
    (finds_breakage(selected[i]) ? syntax_entry_checks : other_entry_checks)
        .push_back({selected[i]->check_entry, &contexts[i], runs_on_broken_lines});
  }
  // The entries were written by the parser long before (a big file's tree is hundreds of
  // megabytes) and each is read by dozens of checks: the next ones are requested from memory
  // while this one is checked, so that no check waits for its entry.
  constexpr std::size_t prefetch_distance = 2;
  for (std::size_t index = 0; index < crontab.entries.size(); ++index) {
    if (index + prefetch_distance < crontab.entries.size()) {
      const char* ahead =
          reinterpret_cast<const char*>(&crontab.entries[index + prefetch_distance]);
      for (std::size_t offset = 0; offset < sizeof(Entry); offset += 64) {
        __builtin_prefetch(ahead + offset);
      }
    }
    const Entry& entry = crontab.entries[index];
    cache.next_job();  // this entry's rules share one analysis of its job
    std::size_t before = findings.size();
    for (const EntryCheck& check : syntax_entry_checks) check.check(*check.context, entry);
    if (findings.size() != before) mark_syntax_errors(before);
    bool broken = entry.span.line < broken_lines.size() && broken_lines[entry.span.line];
    for (const EntryCheck& check : other_entry_checks) {
      if (broken && !check.runs_on_broken_lines) continue;
      check.check(*check.context, entry);
    }
  }
  for (std::size_t i = 0; i < selected.size(); ++i) {
    if (selected[i]->check && !finds_breakage(selected[i])) selected[i]->check(contexts[i]);
  }

  // A parser diagnostic that no rule owns still reaches the user, under its own code.
  for (const Diagnostic& diagnostic : crontab.diagnostics) {
    if (registered.count(diagnostic.code)) continue;
    RuleInfo info{.id = diagnostic.code, .severity = diagnostic.severity};
    if (!selection.selects(info, options.check_paths)) continue;
    findings.push_back({diagnostic.code, diagnostic.severity, diagnostic.span, diagnostic.span.line,
                        diagnostic.message, std::nullopt});
  }
  for (Finding& finding : extra) {
    RuleInfo info{.id = finding.rule, .severity = finding.severity};
    if (selection.selects(info, options.check_paths)) findings.push_back(std::move(finding));
  }

  // Suppressions.
  std::vector<std::pair<std::uint32_t, const std::vector<std::string>*>> line_rules;
  for (const LineSuppression& suppression : directives.line_suppressions) {
    line_rules.emplace_back(suppression_target(crontab, suppression.line), &suppression.rules);
  }
  std::sort(line_rules.begin(), line_rules.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::erase_if(findings, [&](const Finding& finding) {
    if (suppressed_by(directives.file_suppressions, finding.rule)) return true;
    auto it =
        std::lower_bound(line_rules.begin(), line_rules.end(), finding.span.line,
                         [](const auto& entry, std::uint32_t line) { return entry.first < line; });
    for (; it != line_rules.end() && it->first == finding.span.line; ++it) {
      if (suppressed_by(*it->second, finding.rule)) return true;
    }
    return false;
  });

  // A message that quotes the crontab (a 10 MB command word) is cut: the excerpt shows the text.
  constexpr std::size_t max_message_bytes = 400;
  for (Finding& finding : findings) {
    if (finding.message.size() <= max_message_bytes) continue;
    std::size_t cut = max_message_bytes;
    while (cut > 0 && (static_cast<unsigned char>(finding.message[cut]) & 0xC0) == 0x80) --cut;
    finding.message.resize(cut);
    finding.message += "...";
  }

  // One finding per (line, rule): the first one reported wins.
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.span.line != b.span.line) return a.span.line < b.span.line;
    return a.rule < b.rule;
  });
  findings.erase(std::unique(findings.begin(), findings.end(),
                             [](const Finding& a, const Finding& b) {
                               return a.span.line == b.span.line && a.rule == b.rule;
                             }),
                 findings.end());
  // One structural finding per line: a command in the user field leaves no command after it,
  // and user-field-missing already says why, so field-count's "missing command" is dropped.
  std::unordered_set<std::uint32_t> user_field_missing_lines;
  for (const Finding& finding : findings) {
    if (finding.rule == "user-field-missing") user_field_missing_lines.insert(finding.span.line);
  }
  std::erase_if(findings, [&](const Finding& finding) {
    return finding.rule == "field-count" && user_field_missing_lines.count(finding.span.line) > 0;
  });
  merge_findings_inside_placeholders(findings);
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.span.line != b.span.line) return a.span.line < b.span.line;
    if (a.span.column != b.span.column) return a.span.column < b.span.column;
    return a.rule < b.rule;
  });
  result.findings = std::move(findings);

  result.whole_file_ignored = crontab.whole_file_ignored;
  for (const Line& line : crontab.lines) {
    if (line.kind == Line::Kind::entry) {
      if (crontab.whole_file_ignored || !crontab.entries[line.index].accepted) {
        ++result.entries_dropped;
      }
    } else if (line.kind == Line::Kind::rejected) {
      ++result.entries_dropped;
    }
  }
  return result;
}

}  // namespace cronkit::lint
