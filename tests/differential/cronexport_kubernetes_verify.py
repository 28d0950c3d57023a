#!/usr/bin/env python3
"""cronexport's Kubernetes CronJobs against robfig/cron, the CronJob controller's library.

For generated crontab entries and time windows around daylight-saving changes in several zones,
each exported CronJob's `.spec.schedule` and `.spec.timeZone` go to the robfig oracle
(tests/differential/robfig_oracle) as the controller hands them over, `TZ=ZONE SCHEDULE`, and
its firings must be exactly cron's (`cronsim`), minus the firings the report says only cron has,
plus those it says only Kubernetes has. So the written expressions are checked against robfig's
own parser and clock, and the report's differences against both.
"""

import argparse
import datetime
import json
import os
import sys
import tempfile

from export_verification import (HORIZON, WINDOWS, difference_message, expected_target_firings,
                                 generated, run)

FIRINGS = 400  # asked of robfig per entry and window; compared within the report's year
FIXED = [
    "0 0 1 * 1", "0,30 2 * * *", "*/15 * * * *", "30 1 * * *", "0 * * * *", "15 2 * * *",
    "*/7 9-17 * * mon-fri", "0 0 */2 * *", "0 0 * * */2", "0 0 * * fri-sat", "5-59/20 * * * *",
    "0 0 1 */3 *", "0 12 1,15 * 5", "0 0 1-7 * 1", "0 0 * * 0", "0 0 * * 7", "45 1 * * *",
    "0 2 * * *", "30 2 * * *", "@hourly", "@daily", "@weekly", "@monthly", "@yearly",
    "0 0 29 2 *", "59 23 31 12 *", "0 4 15-21 * sat", "0 1-3 * * *", "0 0 1-31 * 1",
    "0 0 * * 0-6", "*/30 1-2 * * *",
]


def manifest_value(content, key):
    """A top-level spec value of the manifest cronexport wrote (`  schedule: "..."`): the
    scalars are JSON strings."""
    prefix = "  %s: " % key
    for line in content.splitlines():
        if line.startswith(prefix):
            return json.loads(line[len(prefix):])
    return None


def robfig_firings(oracle, requests):
    """The oracle's answers, one list of instants (or an error string) per request."""
    lines = "".join("%s\x01UTC\x01%d\x01%d\n" % request for request in requests)
    result = run([oracle], input=lines)
    if result.returncode != 0:
        raise RuntimeError("robfig oracle: " + result.stderr)
    answers = []
    for line in result.stdout.splitlines():
        if not line.startswith("ok"):
            answers.append(line)
            continue
        instants = []
        for word in line.split()[1:]:
            if word == "none":
                break
            instants.append(datetime.datetime.fromtimestamp(int(word), datetime.timezone.utc))
        answers.append(instants)
    return answers


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cronexport")
    parser.add_argument("cronsim")
    parser.add_argument("oracle")
    parser.add_argument("--entries", type=int, default=30, help="generated entries")
    args = parser.parse_args()

    schedules = FIXED + generated(args.entries, 2027)
    failures = []
    checks = []  # (entry, schedule, zone, start, robfig expression)
    impossible = 0
    with tempfile.TemporaryDirectory() as scratch:
        crontab = os.path.join(scratch, "crontab")
        with open(crontab, "w") as f:
            for schedule in schedules:
                f.write("%s root /usr/local/bin/job\n" % schedule)
        for zone, start_text in WINDOWS:
            result = run([args.cronexport, "--no-config", "--system", "--accept-approximate",
                          "--to", "kubernetes", "--image", "debian:12", "--tz", zone, "--from",
                          start_text, "--format", "json", crontab])
            if result.returncode not in (0, 1):
                print(result.stdout, result.stderr, file=sys.stderr)
                return 1
            report = json.loads(result.stdout)
            start = datetime.datetime.fromisoformat(
                run([args.cronsim, "-e", "* * * * *", "--tz", zone, "--from", start_text,
                     "--count", "1"]).stdout.strip())
            for entry in report["entries"]:
                schedule = schedules[entry["line"] - 1]
                if entry["impossible"]:
                    impossible += 1
                    continue
                content = entry["files"][0]["content"]
                if manifest_value(content, "timeZone") != zone:
                    failures.append("%s in %s: the CronJob's timeZone is %r" % (
                        schedule, zone, manifest_value(content, "timeZone")))
                    continue
                expression = "TZ=%s %s" % (zone, manifest_value(content, "schedule"))
                checks.append((entry, schedule, zone, start, expression))
    base = lambda start: int(start.timestamp()) - 1
    answers = robfig_firings(args.oracle, [(c[4], base(c[3]), FIRINGS) for c in checks])
    for (entry, schedule, zone, start, expression), answer in zip(checks, answers):
        if isinstance(answer, str):
            failures.append("%s in %s: robfig refuses %r: %s" % (schedule, zone, expression,
                                                                  answer))
            continue
        # The report compares the year from --from; robfig is asked for more and cut there.
        year_end = min(start + datetime.timedelta(days=366), HORIZON)
        by_robfig = [t for t in answer if t < year_end]
        end = by_robfig[-1] if len(by_robfig) == FIRINGS else year_end - datetime.timedelta(
            seconds=1)
        expected = expected_target_firings(args.cronsim, entry, schedule, zone, start, end)
        if isinstance(expected, str):
            failures.append(expected)
            continue
        problem = difference_message("robfig/cron", schedule, zone, start, expected, by_robfig)
        if problem:
            failures.append(problem + " (expression %r)" % expression)
    for failure in failures:
        print("FAIL:", failure)
    print("%d CronJobs compared with robfig/cron (%d schedules in %d windows, up to %d firings "
          "each, within a year; %d entries not exportable): %d failures"
          % (len(checks), len(schedules), len(WINDOWS), FIRINGS, impossible, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
