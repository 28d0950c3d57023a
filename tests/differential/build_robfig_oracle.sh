#!/usr/bin/env bash
# Builds the kubernetes dialect's differential oracle: robfig_oracle/main.go around Debian's
# packaged robfig/cron v3 (golang-github-robfig-cron-dev, which installs the v3 code at the import
# path github.com/robfig/cron), the library the Kubernetes API server validates CronJob schedules
# with and the CronJob controller schedules with. Needs the packages golang-go and
# golang-github-robfig-cron-dev; installs nothing itself (.ci/run installs them). Builds offline:
# GOPATH mode over /usr/share/gocode, no module proxy.
# Usage: build_robfig_oracle.sh OUTPUT
set -euo pipefail
out=$(realpath -m "${1:?usage: build_robfig_oracle.sh OUTPUT}")
here=$(cd "$(dirname "$0")" && pwd)
library=/usr/share/gocode/src/github.com/robfig/cron
command -v go >/dev/null || { echo "build_robfig_oracle.sh: no go (apt-get install golang-go)" >&2; exit 1; }
[ -d "$library" ] || {
  echo "build_robfig_oracle.sh: no $library (apt-get install golang-github-robfig-cron-dev)" >&2
  exit 1
}
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
(cd "$here/robfig_oracle" &&
  GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= GOPROXY=off GOCACHE="$cache" \
    go build -o "$out" .)
echo "built $out with $(go version | cut -d' ' -f3) and $(dpkg-query -W -f='${Package} ${Version}' \
  golang-github-robfig-cron-dev 2>/dev/null || echo "$library")"
