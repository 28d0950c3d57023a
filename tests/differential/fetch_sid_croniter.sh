#!/usr/bin/env bash
# Gets the croniter dialects' differential oracle: croniter 6.x and pendulum 3 (the versions
# Airflow, Prefect and Dagster run on; Debian 12 has only croniter 1.3.5 and pendulum 2) from
# Debian's unstable suite, unpacked next to OUTPUT, and a launcher OUTPUT that runs
# croniter_oracle/croniter_oracle.py with them.
#
# apt-get downloads them with a private configuration: the machine's own Debian mirror (read from
# /etc/apt/sources.list and /etc/apt/sources.list.d/) with the suite `sid`, package lists and
# cache under OUTPUT.apt/. Nothing is installed and /etc/apt is not touched. Debian 12's
# python3-dateutil and python3-tz (pytz, which Prefect's generator uses) must be installed; the
# script installs nothing itself (.ci/run installs them). Any failure, an unreachable mirror
# included, exits non-zero.
# Usage: fetch_sid_croniter.sh OUTPUT
set -euo pipefail
out=$(realpath -m "${1:?usage: fetch_sid_croniter.sh OUTPUT}")
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "fetch_sid_croniter.sh: $*" >&2; exit 1; }

# The first http(s) URI of a `deb` source whose suites are Debian's own (bookworm, not
# bookworm-security): one-line sources.list entries, then deb822 .sources files.
mirror=$(
  {
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) { if ($(i + 1) !~ /-security$/) print $i; break } }'
    for file in /etc/apt/sources.list.d/*.sources; do
      [ -f "$file" ] || continue
      # One stanza per paragraph: Types, URIs and Suites of each.
      awk 'BEGIN { RS = ""; FS = "\n" }
           { types = uris = suites = ""
             for (i = 1; i <= NF; i++) {
               if ($i ~ /^Types:/) types = $i
               if ($i ~ /^URIs:/) uris = $i
               if ($i ~ /^Suites:/) suites = $i
             }
             if (types ~ /[ \t]deb([ \t]|$)/ && suites !~ /-security/ && uris ~ /https?:/) {
               sub(/^URIs:[ \t]*/, "", uris); split(uris, list, /[ \t]+/); print list[1]
             } }' "$file"
    done
  } | grep -m1 -E '/debian/?$' || true
)
[ -n "$mirror" ] || fail "no Debian mirror found in /etc/apt/sources.list or /etc/apt/sources.list.d/"

apt_dir="$out.apt"
root="$out.root"
rm -rf "$apt_dir" "$root"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs" "$root"
echo "deb [arch=$(dpkg --print-architecture) signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${mirror%/} sid main" \
  >"$apt_dir/sources.list"
# Only this list, no preferences, no Contents or translation indexes (apt-file's configuration
# would add sid's Contents, tens of megabytes); the status file stays the system's, read only.
apt_options=(
  -o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
  -o Dir::Etc::Preferences=/dev/null -o Dir::Etc::PreferencesParts=/dev/null
  -o Acquire::IndexTargets::deb::Contents-deb::DefaultEnabled=false
  -o Acquire::Languages=none -o Acquire::Retries=2
  -o APT::Sandbox::User=root  # the download directory is not the _apt user's
)
echo "apt-get update: ${mirror%/} sid main"
apt-get "${apt_options[@]}" -qq --error-on=any update || fail "apt-get update of ${mirror%/} sid failed"
# `/sid`: the unstable version, not Debian 12's installed python3-croniter.
(cd "$apt_dir/debs" && apt-get "${apt_options[@]}" -qq download python3-croniter/sid python3-pendulum/sid) ||
  fail "apt-get download python3-croniter python3-pendulum from sid failed"
for deb in "$apt_dir"/debs/*.deb; do
  dpkg-deb --field "$deb" Package Version Depends | tr '\n' ' '
  echo
  dpkg -x "$deb" "$root"
done
rm -rf "$apt_dir/lists" "$apt_dir/cache"

packages="$root/usr/lib/python3/dist-packages"
cat >"$out" <<LAUNCHER
#!/bin/sh
PYTHONPATH="$packages" exec /usr/bin/python3 "$here/croniter_oracle/croniter_oracle.py" "\$@"
LAUNCHER
chmod +x "$out"
# The oracle refuses a croniter older than 2: check here that the unpacked one is found.
PYTHONPATH="$packages" /usr/bin/python3 -c '
import importlib.metadata as m, croniter, pendulum, pytz, dateutil
print("croniter", m.version("croniter"), "from", croniter.__file__)
print("pendulum", m.version("pendulum"), "from", pendulum.__file__)
print("pytz", m.version("pytz"), "dateutil", m.version("python-dateutil"))
' || fail "the unpacked croniter or pendulum does not run with /usr/bin/python3"
echo "built $out"
