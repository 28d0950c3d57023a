#!/bin/sh
# A tool's manual page against its --help: the page documents exactly the options --help lists
# (no option missing from the page, none the program does not have), its NAME line is --help's
# first line, and the built page renders without a warning from man/groff.
# Usage: check_man_page.sh TOOL SOURCE.scd BUILT_PAGE
set -eu
tool=$1 source=$2 page=$3
name=$(basename "$tool")

# --help lists each option at two spaces' indent: "  -n,--count N   description".
"$tool" --help | sed -n 's/^  \(-[^ ]*\).*/\1/p' | tr ',' '\n' | sort -u > "${TMPDIR:-/tmp}/$name.help.$$"
# The page's OPTIONS section has one "*-n*, *--count* _N_" line per option.
sed -n '/^# OPTIONS$/,/^# [A-Z]/p' "$source" | grep '^\*-' | grep -o '\*-[-A-Za-z0-9]*\*' |
  tr -d '*' | sort -u > "${TMPDIR:-/tmp}/$name.man.$$"
status=0
if ! diff "${TMPDIR:-/tmp}/$name.help.$$" "${TMPDIR:-/tmp}/$name.man.$$" > "${TMPDIR:-/tmp}/$name.diff.$$"; then
  echo "$name: the options of --help (<) and of $source (>) differ:" >&2
  cat "${TMPDIR:-/tmp}/$name.diff.$$" >&2
  status=1
fi
rm -f "${TMPDIR:-/tmp}/$name.help.$$" "${TMPDIR:-/tmp}/$name.man.$$" "${TMPDIR:-/tmp}/$name.diff.$$"

help_name="$("$tool" --help | head -n 1)"
page_name=$(sed -n '/^# NAME$/,/^# SYNOPSIS$/p' "$source" | grep " - ")
if [ "$page_name" != "$name - ${help_name#"$name: "}" ]; then
  echo "$name: NAME of $source is '$page_name', --help says '$help_name'" >&2
  status=1
fi

warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
  echo "$page: man --warnings:" >&2
  echo "$warnings" >&2
  status=1
fi
exit $status
