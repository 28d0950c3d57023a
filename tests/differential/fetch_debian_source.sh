#!/usr/bin/env bash
# Unpacks Debian's source package PACKAGE into DIR and prints the unpacked tree's path. Enables
# the deb-src lines of the machine's own apt sources first when none are enabled, and installs
# dpkg-dev (for dpkg-source) when it is missing. Used by the build_*.sh oracles of this directory.
# Usage: fetch_debian_source.sh PACKAGE DIR   (run as root on a fresh Debian machine)
set -euo pipefail
package=${1:?usage: fetch_debian_source.sh PACKAGE DIR}
dir=${2:?usage: fetch_debian_source.sh PACKAGE DIR}
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
(cd "$dir" && apt-get source -qq "$package" >/dev/null 2>&1)
src=$(find "$dir" -maxdepth 1 -type d -name "$package-*" | head -n 1)
[ -n "$src" ] || { echo "fetch_debian_source.sh: apt-get source $package failed" >&2; exit 1; }
echo "$src"
