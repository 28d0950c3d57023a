#include "lint/fix.hpp"

#include <algorithm>
#include <tuple>

namespace cronkit::lint {

FixResult apply_fixes(std::string_view source, std::span<const Finding> findings,
                      const FixOptions& options) {
  std::vector<const Finding*> candidates;
  for (const Finding& finding : findings) {
    if (finding.fix && (finding.fix->safe || options.include_unsafe)) {
      candidates.push_back(&finding);
    }
  }
  // File order, so that "the first one wins" means the same thing whatever order the findings
  // came in.
  std::stable_sort(candidates.begin(), candidates.end(), [](const Finding* a, const Finding* b) {
    return std::tie(a->fix->span.begin, a->fix->span.end, a->rule) <
           std::tie(b->fix->span.begin, b->fix->span.end, b->rule);
  });

  FixResult result;
  const Finding* last = nullptr;  // the applied fix that reaches furthest (they do not overlap)
  for (const Finding* finding : candidates) {
    const Fix& fix = *finding->fix;
    const Span& span = fix.span;
    if (span.begin > span.end || span.end > source.size()) {
      result.skipped.push_back({finding->rule, span, SkippedFix::Reason::invalid, std::string()});
      continue;
    }
    if (source.substr(span.begin, span.length()) == fix.replacement) continue;  // changes nothing
    if (last) {
      const Fix& previous = *last->fix;
      if (previous.span.begin == span.begin && previous.span.end == span.end &&
          previous.replacement == fix.replacement) {
        continue;  // the same edit from another rule: done already
      }
      bool both_insert_here = span.begin == span.end && previous.span.begin == span.begin &&
                              previous.span.end == span.end;
      if (span.begin < previous.span.end || both_insert_here) {
        result.skipped.push_back({finding->rule, span, SkippedFix::Reason::overlaps, last->rule});
        continue;
      }
    }
    result.applied.push_back({finding->rule, span,
                              std::string(source.substr(span.begin, span.length())),
                              fix.replacement});
    last = finding;
  }

  std::size_t copied = 0;
  for (const AppliedFix& applied : result.applied) {
    result.text.append(source.substr(copied, applied.span.begin - copied));
    result.text += applied.after;
    copied = applied.span.end;
  }
  result.text.append(source.substr(copied));
  return result;
}

FixedFile fix_file(const LintInput& input, const FixOptions& options, int max_passes) {
  FixedFile fixed;
  fixed.original = input.text;
  fixed.text = input.text;
  for (int pass = 0; pass < max_passes; ++pass) {
    LintInput next = input;
    next.text = fixed.text;
    LintedFile linted = lint_text(std::move(next));
    FixResult result = apply_fixes(linted.crontab.source(), linted.result.findings, options);
    fixed.skipped = std::move(result.skipped);
    if (!result.changed()) break;
    ++fixed.passes;
    fixed.text = std::move(result.text);
    for (AppliedFix& applied : result.applied) fixed.applied.push_back(std::move(applied));
  }
  return fixed;
}

}  // namespace cronkit::lint
