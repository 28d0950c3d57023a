#!/usr/bin/env bash
# Differential test: the real busybox crond against `cronsim --dialect busybox`.
#
# busybox crond runs under libfaketime (start-at mode, sped up) over three windows in
# America/New_York: the spring-forward night (Sat 7 to Sun 8 March 2026), the following Monday
# midnight, and the fall-back night (Sat 31 October to Sun 1 November 2026). Every job appends its
# crontab line number and the (fake) time it started to a file; the set of (line, start minute) is
# compared with what cronsim lists for the same crontab, zone and window. A `* * * * *` control job
# must start in every minute of every window, which shows that the speed-up loses no minute.
#
# Usage: busybox_crond_differential.sh BUSYBOX CRONSIM
#   BUSYBOX  a busybox binary with crond (tests/differential/build_busybox_crond.sh builds one)
#   CRONSIM  cronkit's cronsim
# Needs root (crond reads only root-owned crontabs and switches to the file's user) and the
# `faketime` command with libfaketime (Debian package `faketime`).
# CRONKIT_BUSYBOX_DIALECT=debian compares with `--dialect debian` instead, using only the jobs on
# which the two daemons agree (marked 1 in the job table below); that checks the harness itself.
# Exit status: 0 all cases agree, 1 some disagree, 2 the test could not run.
set -euo pipefail

usage() { echo "usage: busybox_crond_differential.sh BUSYBOX CRONSIM" >&2; exit 2; }
[ $# -eq 2 ] || usage
busybox=$(realpath "$1")
cronsim=$(realpath "$2")
dialect=${CRONKIT_BUSYBOX_DIALECT:-busybox}
zone=America/New_York
# 120 fake seconds per real second: a fake minute is half a real second, far more than the few
# milliseconds a job needs to record its start, and the three windows take about 100 s together.
speed=120

fail() { echo "busybox_crond_differential: $*" >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || fail "must run as root (crond reads only root-owned crontabs)"
command -v faketime >/dev/null || fail "the faketime command is missing (Debian package faketime)"
crond_help=$("$busybox" crond --help 2>&1 || true)
[[ $crond_help == *"-c DIR"* ]] || fail "$busybox has no crond applet"
[ -x "$cronsim" ] || fail "$cronsim is not executable"

# The jobs: schedule, then 1 if Debian's cron starts the job at exactly the same minutes in these
# windows, 0 if busybox differs (the difference is the point of the job):
#   spring: busybox runs no 02:30 job (02:00-02:59 does not exist); Debian runs it at 03:00.
#   fall:   busybox runs 01:30 in both passes of the repeated hour; Debian only in the first.
#   days:   busybox restricts a day field whose parsed set is not full, where day 1-31 is not
#           full (day slot 0 is unset) and `*/2` is days 2,4,...; Debian looks at a leading `*`.
#   syntax: busybox wraps reversed ranges (22-2, sat-sun) and reads `a/n` as a and day 0 as a
#           day that never comes; Debian's ranges are empty and it rejects the other two, and
#           with them the whole file.
jobs=(
  '* * * * *|1'          # control: every minute of every window
  '*/15 * * * *|1'       # step over a wildcard
  '5-50/20 * * * *|1'    # step over a range: 5, 25, 45
  '*/7 */2 * * *|1'      # steps in two fields
  '30 1 * * *|0'         # fall: twice in busybox, once in Debian
  '30 2 * * *|0'         # spring: never in busybox, 03:00 in Debian
  '0 3 * * *|1'          # first minute after the spring gap
  '*/5 1 * * *|1'        # fixed hour, wildcard minutes: both passes of the repeated hour
  '* 2 * * *|1'          # the skipped hour: nothing on the spring night
  '0 0 * * 1|1'          # Mondays
  '0 0 1-31 * 1|1'       # both fields restricted: every day
  '0 0 */2 * 1|0'        # busybox: even days or Mondays; Debian: odd days that are Mondays
  '0 * */2 * 6|0'        # busybox: even days or Saturdays; Debian: odd Saturdays
  '15 * 1-31 * 1|1'      # every day, hourly
  '40 * */1 * 1|1'       # day field full: Mondays only
  '5 * 8 * 0-6|0'        # busybox: the 8th only (0-6 is full); Debian: every day
  '10 * 0-31 * 0|0'      # busybox: Sundays (0-31 is full); Debian rejects day 0
  '20 * * * sun|1'       # day name
  '25 * * Mar,nov SAT|1' # names in any case
  '27 * * * sat-sun|0'   # busybox wraps the range (Sat, Sun); in Debian it is empty: never
  '3 22-2 * * *|0'       # busybox wraps the range (22-23, 0-2); in Debian it is empty: never
  '50/20 * * * *|0'      # busybox: 50 only; Debian rejects a step after a single value
)

# name|fake start (local, 30 s before the first compared minute)|first minute|end (exclusive)
windows=(
  'spring|2026-03-07 23:49:30|2026-03-07 23:50|2026-03-08 03:05'
  'monday|2026-03-08 23:54:30|2026-03-08 23:55|2026-03-09 00:10'
  'fall|2026-10-31 23:49:30|2026-10-31 23:50|2026-11-01 02:05'
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
starts=$work/starts
: >"$starts"
mkdir "$work/crontabs"
crontab=$work/crontabs/root
: >"$crontab"
line=0
for job in "${jobs[@]}"; do
  schedule=${job%|*}
  if [ "$dialect" != busybox ] && [ "${job#*|}" != 1 ]; then continue; fi
  line=$((line + 1))
  # No `#` may appear in a command: busybox ends the line there.
  printf '%s echo %d $(date +%%s) >> %s\n' "$schedule" "$line" "$starts" >>"$crontab"
done
chmod 600 "$crontab"

epoch() { TZ=$zone date -d "$1" +%s; }
rfc3339() { TZ=$zone date -d "@$1" +%Y-%m-%dT%H:%M:%S%:z; }

# crond writes /var/run/crond.pid and /var/run/crond.reboot; a private mount namespace with its own
# /run keeps them off the machine where that is allowed (plain containers may refuse it).
isolate=()
if unshare --mount --propagation private true 2>/dev/null; then
  isolate=(unshare --mount --propagation private sh -c 'mount -t tmpfs cronkit "$(realpath /var/run)" && exec "$@"' sh)
fi

# The process whose parent is $1 (the faketime command's one child: crond).
child_of() {
  local entry stat
  for entry in /proc/[0-9]*; do
    stat=$(cat "$entry/stat" 2>/dev/null) || continue
    stat=${stat##*) }
    read -r _ parent _ <<<"$stat"
    if [ "$parent" = "$1" ]; then echo "${entry#/proc/}"; return; fi
  done
}

started=$(date +%s)
wrappers=()
deadlines=()
for window in "${windows[@]}"; do
  IFS='|' read -r name fake_start from to <<<"$window"
  mkdir "$work/$name"
  # FAKETIME_DONT_RESET: the jobs continue the daemon's fake clock instead of restarting it.
  TZ=$zone SHELL=/bin/sh FAKETIME_DONT_RESET=1 "${isolate[@]}" faketime -f "@$fake_start x$speed" \
    "$busybox" crond -f -l 8 -L "$work/$name/crond.log" -c "$work/crontabs" \
    >"$work/$name/output" 2>&1 &
  wrappers+=($!)
  deadlines+=($((started + ($(epoch "$to") - $(epoch "$fake_start")) / speed + 2)))
done
# crond runs until stopped. It is stopped, not the faketime command, so that faketime removes the
# shared clock it made in /dev/shm when its child ends.
for index in "${!wrappers[@]}"; do
  now=$(date +%s)
  [ "${deadlines[$index]}" -le "$now" ] || sleep $((deadlines[index] - now))
  crond=$(child_of "${wrappers[$index]}")
  if [ -z "$crond" ]; then
    tail -n 20 "$work"/*/crond.log "$work"/*/output >&2 2>/dev/null || true
    fail "crond ended early"
  fi
  kill -TERM "$crond"
  wait "${wrappers[$index]}" || true
done
sleep 1 # jobs started in the last minute finish writing
echo "crond ran the windows in $(($(date +%s) - started)) s (x$speed)"

cases=0
agreed=0
control_minutes=0
for window in "${windows[@]}"; do
  IFS='|' read -r name fake_start from to <<<"$window"
  first=$(epoch "$from")
  end=$(epoch "$to")
  awk -v first="$first" -v end="$end" '{ m = $2 - $2 % 60; if (m >= first && m < end) print $1, m }' \
    "$starts" | sort >"$work/$name/busybox"
  status=0
  "$cronsim" --dialect "$dialect" --tz "$zone" --from "$(rfc3339 "$first")" --to "$(rfc3339 "$end")" \
    --format jsonl "$crontab" >"$work/$name/cronsim.jsonl" || status=$?
  [ "$status" -le 1 ] || fail "cronsim failed (status $status)"
  sed -n 's/.*"time": "\([^"]*\)".*"line": \([0-9]*\).*/\2 \1/p' "$work/$name/cronsim.jsonl" \
    >"$work/$name/cronsim.text"
  paste -d ' ' <(cut -d ' ' -f 1 "$work/$name/cronsim.text") \
    <(cut -d ' ' -f 2 "$work/$name/cronsim.text" | date -f - +%s) | sort >"$work/$name/cronsim"
  [ -s "$work/$name/cronsim" ] || [ ! -s "$work/$name/cronsim.jsonl" ] || fail "cannot read cronsim's jsonl"

  minutes=$(((end - first) / 60))
  controls=$(awk '$1 == 1' "$work/$name/busybox" | sort -u | wc -l)
  control_minutes=$((control_minutes + controls))
  [ "$controls" -eq "$minutes" ] ||
    echo "$name: the control job started in $controls of $minutes minutes: the speed-up loses minutes" >&2
  window_cases=$(sort -u "$work/$name/busybox" "$work/$name/cronsim" | wc -l)
  window_agreed=$(comm -12 "$work/$name/busybox" "$work/$name/cronsim" | sort -u | wc -l)
  echo "$name: $(rfc3339 "$first") to $(rfc3339 "$end"): $window_agreed of $window_cases cases agree" \
    "(busybox $(wc -l <"$work/$name/busybox") starts, cronsim $(wc -l <"$work/$name/cronsim"))"
  comm -3 "$work/$name/busybox" "$work/$name/cronsim" | head -n 40 | while IFS= read -r difference; do
    case $difference in
      $'\t'*) side="only cronsim" ;;
      *) side="only busybox" ;;
    esac
    read -r job minute <<<"$difference"
    echo "  $side: line $job $(sed -n "${job}p" "$crontab" | cut -d ' ' -f 1-5) at $(rfc3339 "$minute")"
  done
  cases=$((cases + window_cases))
  agreed=$((agreed + window_agreed))
done

echo "busybox crond vs cronsim --dialect $dialect: $agreed of $cases cases agree ($line jobs, control" \
  "job in $control_minutes minutes)"
[ "$agreed" -eq "$cases" ] || exit 1
