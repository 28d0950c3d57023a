#!/bin/sh
# The zsh and fish completions the build wrote, read by the real shells: zsh parses each file,
# compinit binds it to its command by its #compdef line and TAB in an interactive zsh offers the
# expected candidates; fish parses each file and completes with it (`complete -C`, fish's own
# completion engine).
# Usage: check_zsh_fish_completion.sh COMPLETION_DIR ZSH FISH
set -eu
completions=$1 zsh=$2 fish=$3
status=0
tools=""
for file in "$completions"/fish/*.fish; do
  tool=$(basename "$file" .fish)
  tools="$tools $tool"
  "$zsh" -n "$completions/zsh/_$tool" || { echo "zsh -n: _$tool" >&2; status=1; }
  "$fish" --no-execute "$file" || { echo "fish --no-execute: $tool.fish" >&2; status=1; }
  bound=$(HOME=$(mktemp -d) "$zsh" -fc "fpath=('$completions/zsh' \$fpath); autoload -Uz compinit;
    compinit -u -D; print -r -- \${_comps[$tool]}")
  [ "$bound" = "_$tool" ] || { echo "zsh compinit binds $tool to '$bound'" >&2; status=1; }
done
[ -n "$tools" ] || { echo "no completions in $completions" >&2; status=1; }

# zsh's own completion system in a pseudo-terminal (zsh_complete.zsh): what TAB offers.
zsh_complete() {  # zsh_complete LINE: the candidates, space-separated
  HOME=$(mktemp -d) timeout 60 "$zsh" -f "$(dirname "$0")/zsh_complete.zsh" "$completions/zsh" "$1" |
    tr '\n' ' '
}
for case in 'cronlint --explain dom-d|dom-dow-or ' 'cronlint --format g|github gitlab ' \
  'cronlint --enable hard|hardening ' 'cronsim --tz America/New_Y|America/New_York ' \
  'cronlint --che|--check-paths ' 'cronexplain --dialect b|bsd busybox '; do
  line=${case%%|*} expected=${case#*|}
  got=$(zsh_complete "$line")
  [ "$got" = "$expected" ] || { echo "zsh: $line<TAB> gives '$got', not '$expected'" >&2; status=1; }
done

fish_complete() {  # fish_complete TOOL LINE: the candidates fish offers, without descriptions
  HOME=$(mktemp -d) "$fish" --no-config -c "source '$completions/fish/$1.fish'; complete -C '$2'" | cut -f1
}
got=$(fish_complete cronlint 'cronlint --explain dom-d')
[ "$got" = "dom-dow-or" ] || { echo "fish: cronlint --explain dom-d gives '$got'" >&2; status=1; }
got=$(fish_complete cronlint 'cronlint --format gi' | tr '\n' ' ')
[ "$got" = "github gitlab " ] || { echo "fish: cronlint --format gi gives '$got'" >&2; status=1; }
got=$(fish_complete cronsim 'cronsim --tz America/New_Y')
[ "$got" = "America/New_York" ] || { echo "fish: cronsim --tz America/New_Y gives '$got'" >&2; status=1; }
got=$(fish_complete cronexplain 'cronexplain --12')
[ "$got" = "--12h" ] || { echo "fish: cronexplain --12 gives '$got'" >&2; status=1; }
exit $status
