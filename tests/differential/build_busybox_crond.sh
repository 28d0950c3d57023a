#!/usr/bin/env bash
# Builds the busybox binary whose crond the busybox differential test runs: Debian's `busybox`
# source package, configured like Debian's busybox-static (debian/config/pkg/static, the only
# Debian flavour with crond) except that it is linked dynamically and every applet other than
# crond is switched off. The general settings and all CROND options stay as Debian ships them and
# crond.c is not modified, so the daemon behaves like the one in busybox-static; dropping the other
# applets only keeps the build short.
# Usage: build_busybox_crond.sh OUTPUT   (needs apt source access; run as root on a fresh machine)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "${1:?usage: build_busybox_crond.sh OUTPUT}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=$("$here/fetch_debian_source.sh" busybox "$work")
started=$(date +%s)
# Everything before the "# Applets" header (settings, build options, library tuning) is kept;
# after it, every enabled option except crond's own is turned off. `make oldconfig` then settles
# the dependencies (it keeps `sh`, the default of a choice; two applets keep `busybox crond` working).
awk '/^# Applets$/ { applets = 1 }
  /^CONFIG_STATIC=y$/ { print "# CONFIG_STATIC is not set"; next }
  applets && /^CONFIG_[A-Z0-9_]+=y$/ && !/^CONFIG_(CROND|FEATURE_CROND_[A-Z_]+)=y$/ {
    sub(/=y$/, ""); print "# " $0 " is not set"; next }
  { print }' "$src/debian/config/pkg/static" > "$src/.config"
(cd "$src" && set +o pipefail && yes "" | make oldconfig >/dev/null 2>&1)
for option in CONFIG_CROND=y CONFIG_FEATURE_CROND_CALL_SENDMAIL=y CONFIG_FEATURE_CROND_SPECIAL_TIMES=y \
  'CONFIG_FEATURE_CROND_DIR="/var/spool/cron"' '# CONFIG_FEATURE_CROND_D is not set' \
  '# CONFIG_STATIC is not set'; do
  grep -qxF "$option" "$src/.config" || { echo "build_busybox_crond.sh: .config lacks '$option'" >&2; exit 1; }
done
(cd "$src" && make -j2 busybox >"$work/build.log" 2>&1) || { tail -n 30 "$work/build.log" >&2; exit 1; }
cp "$src/busybox" "$out"
echo "built $out from $(basename "$src") in $(($(date +%s) - started)) s"
