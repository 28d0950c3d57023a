#pragma once
// Applying the fixes that findings carry: what `cronlint --fix` writes and `--diff` shows. Pure
// text in, text out; writing the file is fs::write_file_atomically, showing it fs::unified_diff.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "lint/lint.hpp"
#include "lint/rule.hpp"

namespace cronkit::lint {

struct FixOptions {
  // Also apply fixes not marked safe (a future `--unsafe-fixes`); off for --fix.
  bool include_unsafe = false;
};

// A fix that was applied: where (in the text it was applied to) and what it did.
struct AppliedFix {
  std::string rule;
  Span span;           // the replaced bytes in the text before this fix
  std::string before;  // those bytes
  std::string after;   // the replacement
};

// A fix that was not applied, and why.
struct SkippedFix {
  enum class Reason {
    overlaps,  // it touches bytes an earlier fix already changed (`other_rule`'s)
    invalid,   // its span is not inside the text (a rule's bug; never written out)
  };
  std::string rule;
  Span span;
  Reason reason = Reason::overlaps;
  std::string other_rule;
};

struct FixResult {
  std::string text;  // the source with the fixes applied
  std::vector<AppliedFix> applied;
  std::vector<SkippedFix> skipped;
  bool changed() const { return !applied.empty(); }
};

// Applies the findings' safe fixes (see Fix::safe) to `source`. Fixes are taken in file order
// (by start, then end, then rule id), whatever order the findings are in, and a fix that touches
// bytes an earlier one changed is skipped: two insertions at the same place, or an insertion
// strictly inside a replaced range, count as touching. The same edit proposed by two rules is
// applied once. Deterministic: the same source and findings give the same result.
FixResult apply_fixes(std::string_view source, std::span<const Finding> findings,
                      const FixOptions& options = {});

// What --fix and --diff need for one file: lints `input`, applies the safe fixes, and lints the
// result again until no safe fix is left (fixes skipped for overlapping get their turn in the
// next pass) or `max_passes` passes ran. `applied` lists every pass's fixes in order; their spans
// refer to the text of their pass, whose line numbers are the original's (no safe fix adds or
// removes a line, except the final newline). `skipped` is what the last pass could not apply.
struct FixedFile {
  std::string original;
  std::string text;
  std::vector<AppliedFix> applied;
  std::vector<SkippedFix> skipped;
  int passes = 0;
  bool changed() const { return text != original; }
};
FixedFile fix_file(const LintInput& input, const FixOptions& options = {}, int max_passes = 10);

}  // namespace cronkit::lint
