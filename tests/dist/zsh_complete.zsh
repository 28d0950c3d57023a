# The candidates zsh's completion system offers for a command line, one per line: an interactive
# zsh in a pseudo-terminal (zpty) with the completions of COMPLETION_DIR loaded by compinit
# types the line and TAB; every candidate a completion function adds passes through compadd,
# which prints it.
# Usage: zsh -f zsh_complete.zsh COMPLETION_DIR 'COMMAND LINE'
zmodload zsh/zpty || exit 2
zpty shell zsh -f -i
zpty -w shell "PROMPT=''; fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w shell 'compadd() { local -a added; builtin compadd -O added "$@"; print -rl -- "<candidate>"${^added}; builtin compadd "$@"; }'
# compsys runs the functions in comppostfuncs when a completion is over: the mark to wait for
# (input typed before then would make zsh cut the completion short). The marks are quoted apart
# so that the echo of these lines does not match them.
zpty -w shell "_mark_done() { print -r -- 'COMPLETION''-DONE'; }; comppostfuncs=(_mark_done)"
zpty -w shell "print 'RE''ADY'"
zpty -r shell ignored '*READY*'
zpty -n -w shell "$2"$'\t'
zpty -r shell output '*COMPLETION-DONE*'
zpty -d shell
print -r -- "${output//$'\r'/}" | grep -o '<candidate>[^<[:space:]]*' | sed 's/^<candidate>//' |
  grep -v '^$' | sort -u
