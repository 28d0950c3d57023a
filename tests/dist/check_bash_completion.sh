#!/bin/bash
# The bash completions the build wrote: each registers itself with `complete`, offers every
# option --help lists, and completes the values the option definitions name (rule ids from the
# registry, formats, dialects, zones from the tz database, files).
# Usage: check_bash_completion.sh COMPLETION_DIR BIN_DIR  (run in the source tree's testdata)
set -euo pipefail
completions=$1 bin=$2
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# COMPREPLY for the command line "$@" with the cursor at the end of the last word.
complete_words() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  local function_name
  function_name=$(complete -p "$1" | sed -n 's/.*-F \([^ ]*\) .*/\1/p')
  "$function_name" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
}
offered() {  # offered WORD: whether the last completion offered WORD
  local candidate
  for candidate in "${COMPREPLY[@]}"; do [ "$candidate" = "$1" ] && return 0; done
  return 1
}

for file in "$completions"/*; do
  tool=$(basename "$file")
  # shellcheck disable=SC1090
  source "$file"
  complete -p "$tool" > /dev/null || fail "$tool: no complete -p after sourcing"
  complete_words "$tool" -
  for option in $("$bin/$tool" --help | sed -n 's/^  \(-[^ ]*\).*/\1/p' | tr ',' ' '); do
    offered "$option" || fail "$tool -<TAB> does not offer $option"
  done
  offered --print-completion && fail "$tool -<TAB> offers the hidden --print-completion"
done

complete_words cronlint --explain ''
for rule in $("$bin/cronlint" --list-rules | awk '{ print $1 }'); do
  offered "$rule" || fail "cronlint --explain <TAB> does not offer $rule"
done
complete_words cronlint --explain dom-d
[ "${COMPREPLY[*]}" = "dom-dow-or" ] || fail "cronlint --explain dom-d<TAB> gives '${COMPREPLY[*]}'"
complete_words cronlint --enable hard
offered hardening || fail "cronlint --enable hard<TAB> gives '${COMPREPLY[*]}'"
complete_words cronlint --disable al
offered all || fail "cronlint --disable al<TAB> gives '${COMPREPLY[*]}'"
complete_words cronlint --format g
[ "${COMPREPLY[*]}" = "github gitlab" ] || fail "cronlint --format g<TAB> gives '${COMPREPLY[*]}'"
complete_words cronsim --dialect sys
[ "${COMPREPLY[*]}" = "systemd-cron" ] || fail "cronsim --dialect sys<TAB> gives '${COMPREPLY[*]}'"
complete_words cronsim --format ''
[ "${COMPREPLY[*]}" = "text jsonl csv ics" ] || fail "cronsim --format <TAB> gives '${COMPREPLY[*]}'"
complete_words cronsim --tz America/New_Y
[ "${COMPREPLY[*]}" = "America/New_York" ] || fail "cronsim --tz America/New_Y<TAB> gives '${COMPREPLY[*]}'"
complete_words cronexplain --tz Europe/Berl
[ "${COMPREPLY[*]}" = "Europe/Berlin" ] || fail "cronexplain --tz Europe/Berl<TAB> gives '${COMPREPLY[*]}'"
complete_words cronlint --tz ''
offered posixrules && fail "cronlint --tz <TAB> offers posixrules, not a zone"
offered zone.tab && fail "cronlint --tz <TAB> offers zone.tab, not a zone"
# A flag takes no value: the word after it is an option or a file again.
complete_words cronlint --check-paths --ro
[ "${COMPREPLY[*]}" = "--root" ] || fail "cronlint --check-paths --ro<TAB> gives '${COMPREPLY[*]}'"
complete_words cronlint --system examples/llm
[ "${COMPREPLY[*]}" = "examples/llm-jobs.crontab" ] || fail "cronlint --system examples/llm<TAB> gives '${COMPREPLY[*]}'"
complete_words cronsim --count ''
[ "${#COMPREPLY[@]}" -eq 0 ] || fail "cronsim --count <TAB> offers '${COMPREPLY[*]}'"
complete_words cronlint examples/llm
[ "${COMPREPLY[*]}" = "examples/llm-jobs.crontab" ] || fail "cronlint examples/llm<TAB> gives '${COMPREPLY[*]}'"
complete_words cronlint --root examples
[ "${COMPREPLY[*]}" = "examples" ] || fail "cronlint --root examples<TAB> gives '${COMPREPLY[*]}'"
complete_words cronexplain --file examples/llm
[ "${COMPREPLY[*]}" = "examples/llm-jobs.crontab" ] || fail "cronexplain --file examples/llm<TAB> gives '${COMPREPLY[*]}'"

[ "$failures" -eq 0 ] || { echo "$failures failures" >&2; exit 1; }
echo "bash completions: all checks passed"
