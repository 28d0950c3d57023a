#!/bin/sh
# cronkit.toml(5) against the config reader: the page's KEYS section names exactly the keys the
# reader accepts, as it lists them when it meets an unknown key in a [[paths]] section.
# Usage: check_config_page.sh CRONLINT SOURCE.scd BUILT_PAGE
set -eu
cronlint=$1 source=$2 page=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '[[paths]]\nmatch = "x"\nqqqqqqqq = 1\n' > "$work/cronkit.toml"
if "$cronlint" --config "$work/cronkit.toml" /dev/null 2> "$work/error"; then
  echo "cronlint accepted an unknown key" >&2
  exit 1
fi
# "unknown key `qqqqqqqq` in [[paths]] (expected match, kind, dialect, ...)"
sed -n 's/.*(expected \(.*\))$/\1/p' "$work/error" | tr -d ' ' | tr ',' '\n' | sort > "$work/reader"
[ -s "$work/reader" ] || { echo "no key list in: $(cat "$work/error")" >&2; exit 1; }
sed -n '/^# KEYS$/,/^# [A-Z]/p' "$source" | sed -n 's/^\*\([a-z-]*\)\*$/\1/p' | sort > "$work/page"
if ! diff "$work/reader" "$work/page"; then
  echo "the keys of the config reader (<) and of $source (>) differ" >&2
  exit 1
fi
warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
[ -z "$warnings" ] || { echo "$page: $warnings" >&2; exit 1; }
