#!/bin/sh
# Differential test of cronsim against systemd-cron (Debian's package): the package's own
# crontab generator writes the timer units, systemd-analyze evaluates their OnCalendar= lines,
# and cronsim must list the same firing times (systemd_cron_differential.py says how).
# Usage: systemd_cron_differential.sh CRONSIM [--generator PATH] [--dialect NAME] [--count N]
#   --generator  systemd-crontab-generator (default: the installed one)
#   --dialect    cronsim dialect to compare (default: systemd-cron; with debian, only the lines
#                both crons read alike must agree)
# Needs python3 and systemd-analyze. Exit: 0 all agree, 1 a disagreement, 2 cannot run.
set -eu
if [ $# -lt 1 ]; then
  sed -n '5,9p' "$0" >&2
  exit 2
fi
for program in python3 systemd-analyze; do
  command -v "$program" >/dev/null 2>&1 || { echo "$0: $program not found" >&2; exit 2; }
done
exec python3 "$(dirname "$0")/systemd_cron_differential.py" "$@"
