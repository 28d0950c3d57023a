#!/usr/bin/env bash
# Builds the supercronic dialect's differential oracle: cronexpr_oracle/main.go around Debian's
# packaged copy of the cron expression library supercronic uses (github.com/gorhill/cronexpr).
# Needs the packages golang-go and golang-github-gorhill-cronexpr-dev; installs nothing itself
# (.ci/run installs them). Builds offline: GOPATH mode over /usr/share/gocode, no module proxy.
# Usage: build_cronexpr_oracle.sh OUTPUT
set -euo pipefail
out=$(realpath -m "${1:?usage: build_cronexpr_oracle.sh OUTPUT}")
here=$(cd "$(dirname "$0")" && pwd)
library=/usr/share/gocode/src/github.com/gorhill/cronexpr
command -v go >/dev/null || { echo "build_cronexpr_oracle.sh: no go (apt-get install golang-go)" >&2; exit 1; }
[ -d "$library" ] || {
  echo "build_cronexpr_oracle.sh: no $library (apt-get install golang-github-gorhill-cronexpr-dev)" >&2
  exit 1
}
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
(cd "$here/cronexpr_oracle" &&
  GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= GOPROXY=off GOCACHE="$cache" \
    go build -o "$out" .)
echo "built $out with $(go version | cut -d' ' -f3) and $(dpkg-query -W -f='${Package} ${Version}' \
  golang-github-gorhill-cronexpr-dev 2>/dev/null || echo "$library")"
