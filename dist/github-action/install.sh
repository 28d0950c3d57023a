#!/usr/bin/env bash
# The action's install step: cronkit from a .deb (INPUT_DEB: a path or an https URL), or built
# from the action's own source (CRONKIT_SOURCE) with its Debian/Ubuntu build dependencies and
# installed under /usr/local. Needs root or sudo (GitHub's runners have passwordless sudo).
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
export DEBIAN_FRONTEND=noninteractive

if [ -n "${INPUT_DEB:-}" ]; then
  deb=$INPUT_DEB
  if [[ $deb == https://* ]]; then
    deb=$(mktemp -d)/cronkit.deb
    curl -fsSL -o "$deb" "$INPUT_DEB"
  fi
  # apt-get takes a local package only as a path with a slash.
  [[ $deb == */* ]] || deb=./$deb
  $sudo apt-get install -y -qq "$deb" >/dev/null
else
  : "${CRONKIT_SOURCE:?the cronkit source directory}"
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends cmake ninja-build g++ tao-pegtl-dev \
    libfmt-dev libcli11-dev libhowardhinnant-date-dev libtomlplusplus-dev scdoc tzdata >/dev/null
  build=$(mktemp -d)
  cmake -S "$CRONKIT_SOURCE" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCRONKIT_TESTS=OFF -DCRONKIT_BENCH=OFF >/dev/null
  cmake --build "$build" -j"$(nproc)"
  $sudo cmake --install "$build" >/dev/null
fi
cronlint --version
