#!/usr/bin/env bash
# Builds cronkit's differential oracle: Debian's crontab parser (entry.c, env.c, misc.c from the
# `cron` source package, Debian's patches applied) around debian_parser_main.c.
# Usage: build_debian_parser.sh OUTPUT   (needs apt source access; run as root on a fresh machine)
set -euo pipefail
out=$(realpath -m "${1:?usage: build_debian_parser.sh OUTPUT}")
here=$(cd "$(dirname "$0")" && pwd)
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    sed 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
      > /etc/apt/sources.list.d/cronkit-deb-src.sources
  else
    sed -n 's/^deb /deb-src /p' /etc/apt/sources.list > /etc/apt/sources.list.d/cronkit-deb-src.list
  fi
  apt-get update -qq
fi
command -v dpkg-source >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get source -qq cron >/dev/null 2>&1)
src=$(find "$work" -maxdepth 1 -type d -name 'cron-*' | head -n 1)
[ -n "$src" ] || { echo "build_debian_parser.sh: apt-get source cron failed" >&2; exit 1; }
cp "$here/debian_parser_main.c" "$src/cronkit_debian_parser_main.c"
(cd "$src" && gcc -w -O1 -I. -DDEBUGGING=0 -o "$out" cronkit_debian_parser_main.c entry.c env.c misc.c)
echo "built $out from $(basename "$src")"
