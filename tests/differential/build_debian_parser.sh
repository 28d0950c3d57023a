#!/usr/bin/env bash
# Builds cronkit's differential oracle: Debian's crontab parser (entry.c, env.c, misc.c from the
# `cron` source package, Debian's patches applied) around debian_parser_main.c.
# Usage: build_debian_parser.sh OUTPUT   (needs apt source access; run as root on a fresh machine)
set -euo pipefail
out=$(realpath -m "${1:?usage: build_debian_parser.sh OUTPUT}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=$("$here/fetch_debian_source.sh" cron "$work")
cp "$here/debian_parser_main.c" "$src/cronkit_debian_parser_main.c"
(cd "$src" && gcc -w -O1 -I. -DDEBUGGING=0 -o "$out" cronkit_debian_parser_main.c entry.c env.c misc.c)
echo "built $out from $(basename "$src")"
