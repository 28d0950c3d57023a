#!/bin/sh
# Fails when the repository refers to something a reader of it cannot open or follow: documents
# that are not part of it, tracker issue numbers, notes about how the work was organised. Facts
# about cron belong in docs/semantics.md, rule policy in docs/rules.md, layout in
# docs/architecture.md; point there instead.
# Usage: check_references.sh [SOURCE_DIR]   (run by ctest as no_outside_references)
set -eu
cd "${1:-$(dirname "$0")/..}"

# Each alternative is one kind of dangling reference. The names below are what the check forbids
# elsewhere; this script is the one file exempt from it (see `self`).
pattern='SEMANTICS\.md|SEMANTICS §|PITFALLS|STYLE\.md|DIALECTS\.md|EXPORTS\.md'
pattern="$pattern|\\.\\./shared|/work/shared"
pattern="$pattern|[Ii]ssues? #?[0-9]|[Ii]ssue [0-9]+ is"
# Working names from how the work was once divided (a batch of rules named after it, a part of
# the work's own rules): nothing in the repository defines them, so no file may use them. One
# letter of each is a bracket expression, so that these lines do not spell the names they forbid.
pattern="$pattern|lint-rule[s]'|lint-rule[s] rules|rules of this helpe[r]|this helpe[r]'s|this helpe[r] \\("
pattern="$pattern|this branch|cronlint branches"

self=tests/check_references.sh
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  files=$(git ls-files --cached --others --exclude-standard | grep -v -x -F "$self" || true)
else
  files=$(find . -path ./.git -prune -o -path './build*' -prune -o -type f -print |
    sed 's|^\./||' | grep -v -x -F "$self" || true)
fi

# One file name per line; names with blanks are not expected in this repository.
found=$(printf '%s\n' "$files" | tr '\n' '\0' | xargs -0 grep -n -I -E "$pattern" -- 2>/dev/null || true)
if [ -n "$found" ]; then
  printf '%s\n' "$found"
  echo "check_references.sh: the lines above refer to documents, issues or work notes outside" \
    "the repository; point to docs/ instead" >&2
  exit 1
fi
echo "check_references.sh: no outside references"
