#!/usr/bin/env python3
"""cronexport's systemd units against systemd itself.

For generated crontab entries and time windows around daylight-saving changes in several zones:
1. `systemd-analyze verify` accepts every unit cronexport writes (and rejects a broken control
   unit, so that an accepting verify means something);
2. `systemd-analyze calendar` evaluates each timer's OnCalendar= lines with the code PID 1
   uses; the union of their elapses must be exactly cron's firings (`cronsim`), minus the
   firings the report says only cron has, plus those it says only systemd has.
So the calendar expressions are checked against systemd and the report's differences against
both. Any mismatch fails the test with the entry, the window and both lists.
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import re
import sys
import tempfile

from export_verification import (HORIZON, WINDOWS, difference_message,
                                 expected_target_firings, generated, run)

FIRINGS = 120  # compared per entry and window
FIXED = [
    "0 0 1 * 1", "0,30 2 * * *", "*/15 * * * *", "30 1 * * *", "0 * * * *", "15 2 * * *",
    "*/7 9-17 * * mon-fri", "0 0 */2 * *", "0 0 * * */2", "0 0 * * fri-sat", "5-59/20 * * * *",
    "0 0 1 */3 *", "0 12 1,15 * 5", "0 0 */2 * 1", "0 0 1-7 * 1", "0 0 * * 0", "0 0 * * 7",
    "45 1 * * *", "0 2 * * *", "30 2 * * *", "@hourly", "@daily", "@weekly", "@monthly",
    "@yearly", "0 0 29 2 *", "59 23 31 12 *", "0 4 15-21 * sat", "0 1-3 * * *",
]


def elapses_of(expression, base, count):
    """The first elapses of one OnCalendar= expression after `base`, at most `count`, and
    whether the list is complete only up to its last entry. systemd 252 fails ("Resource
    deadlock avoided", and prints nothing) once the search for an expression with a zone passes
    2037, the end of the zone's transition table: then fewer iterations are asked for."""
    while count >= 1:
        result = run(["systemd-analyze", "calendar", "--iterations=%d" % count,
                      "--base-time=@%d" % int(base.timestamp()), expression],
                     env=dict(os.environ, TZ="UTC"))
        if result.returncode == 0:
            found = re.findall(
                r"(?:Next elapse|Iter\. #\d+): \w+ (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC",
                result.stdout)
            instants = [datetime.datetime.strptime(t, "%Y-%m-%d %H:%M:%S")
                        .replace(tzinfo=datetime.timezone.utc) for t in found]
            return instants, len(instants) == count
        if "Resource deadlock avoided" not in result.stderr:
            raise RuntimeError("systemd-analyze calendar %s: %s" % (expression, result.stderr))
        count //= 2
    # Not even one elapse before 2037: as far as the comparison goes (it stops there), none.
    return [], False


def systemd_elapses(expressions, base, count):
    """The first `count` elapses of a timer with these OnCalendar= lines (it elapses when any of
    them does), and whether the list may stop before `count` because of the horizon above."""
    union = set()
    horizon = None
    for expression in expressions:
        instants, limited = elapses_of(expression, base, count)
        union.update(instants)
        if limited and instants:
            horizon = instants[-1] if horizon is None else min(horizon, instants[-1])
    instants = sorted(t for t in union if horizon is None or t <= horizon)
    return instants[:count], horizon is not None and len(instants) < count


def check_entry(cronsim, entry, schedule, zone, start):
    calendar = [line[len("OnCalendar="):] for file in entry["files"]
                if file["name"].endswith(".timer")
                for line in file["content"].splitlines() if line.startswith("OnCalendar=")]
    if not calendar:
        return None
    base = start - datetime.timedelta(seconds=1)
    elapses, stopped_early = systemd_elapses(calendar, base, FIRINGS)
    by_systemd = [t for t in elapses if t < HORIZON]
    if len(by_systemd) == FIRINGS or (stopped_early and elapses and elapses[-1] < HORIZON):
        end = by_systemd[-1]
    else:
        end = HORIZON - datetime.timedelta(seconds=1)
    expected = expected_target_firings(cronsim, entry, schedule, zone, start, end)
    if isinstance(expected, str):
        return expected
    return difference_message("systemd", schedule, zone, start, expected, by_systemd)


def verify_units(directory):
    units = sorted(os.path.join(directory, f) for f in os.listdir(directory))
    result = run(["systemd-analyze", "verify", "--man=no"] + units, cwd=directory)
    if result.returncode != 0:
        return "systemd-analyze verify rejects the units:\n" + result.stdout + result.stderr
    # The control: a unit systemd must reject, so that an accepting verify means something.
    broken = os.path.join(directory, "cronkit-control.service")
    with open(broken, "w") as f:
        f.write("[Service]\nType=oneshot\nExecStart=relative/path\n")
    result = run(["systemd-analyze", "verify", "--man=no", broken], cwd=directory)
    os.remove(broken)
    if result.returncode == 0:
        return "systemd-analyze verify accepts a broken unit: the check is meaningless"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cronexport")
    parser.add_argument("cronsim")
    parser.add_argument("--entries", type=int, default=40, help="generated entries")
    args = parser.parse_args()

    schedules = FIXED + generated(args.entries, 2026)
    failures = []
    compared = 0
    with tempfile.TemporaryDirectory() as scratch:
        crontab = os.path.join(scratch, "crontab")
        with open(crontab, "w") as f:
            for schedule in schedules:
                f.write("%s root /usr/local/bin/job\n" % schedule)
        jobs = []
        for number, (zone, start_text) in enumerate(WINDOWS):
            # A plain directory name: systemd-analyze verify misreads paths with `:` in them.
            out_dir = os.path.join(scratch, "units-%d" % number)
            os.mkdir(out_dir)
            result = run([args.cronexport, "--no-config", "--system", "--accept-approximate",
                          "--tz", zone, "--from", start_text, "--format", "json", "--out",
                          out_dir, crontab])
            if result.returncode != 0:
                print(result.stdout, result.stderr, file=sys.stderr)
                return 1
            report = json.loads(result.stdout)
            problem = verify_units(out_dir)
            if problem:
                failures.append(problem)
            start = datetime.datetime.fromisoformat(
                run([args.cronsim, "-e", "* * * * *", "--tz", zone, "--from", start_text,
                     "--count", "1"]).stdout.strip())
            for entry in report["entries"]:
                jobs.append((entry, schedules[entry["line"] - 1], zone, start))
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for problem in pool.map(lambda job: check_entry(args.cronsim, *job), jobs):
                compared += 1
                if problem:
                    failures.append(problem)
    for failure in failures:
        print("FAIL:", failure)
    print("%d entries compared (%d schedules in %d windows, up to %d firings each): %d failures"
          % (compared, len(schedules), len(WINDOWS), FIRINGS, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
