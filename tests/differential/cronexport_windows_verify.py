#!/usr/bin/env python3
"""cronexport's Windows task XML, checked without Windows.

1. Every task file is UTF-16 with a byte-order mark and valid against the part of the Task
   Scheduler schema that cronexport writes (tests/export/task_scheduler.xsd, with xmllint), and
   a broken control file is not (so that a passing check means something).
2. The triggers, read back as Microsoft documents them (a CalendarTrigger starts at its
   StartBoundary's time of day on the days of its ScheduleBy* element, then every Interval while
   the Duration lasts, its end included; several triggers add up), start the task at exactly the
   minutes cron does over a year in UTC (`cronsim`), for fixed and generated schedules.
"""

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

from export_verification import generated

NS = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"
START = datetime.datetime(2026, 1, 1)
DAYS = 366
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

FIXED = [
    "0 0 1 * 1", "0,30 2 * * *", "*/15 * * * *", "*/7 * * * *", "*/7 9-17 * * mon-fri",
    "5,20 */2 * * *", "0 9 1,15 * *", "0 0 * * */2", "0 0 31 * *", "0 0 29 2 *",
    "0 12 * 1-6 1-5", "15 10 1-7 * 1", "0 0 1 */3 *", "* 3 * * *", "59 23 31 12 *",
    "@hourly", "@daily", "@weekly", "@monthly", "@yearly", "0 0,12 * * 6,0",
]


def minutes(text):
    """An ISO 8601 duration of hours and minutes (PT8H50M) in minutes."""
    assert text.startswith("PT"), text
    total, number = 0, ""
    for c in text[2:]:
        if c.isdigit():
            number += c
        else:
            total += int(number) * {"H": 60, "M": 1}[c]
            number = ""
    return total


def day_matches(schedule, day):
    if schedule.tag == NS + "ScheduleByDay":
        return True
    months = schedule.find(NS + "Months")
    if months is not None and MONTHS[day.month - 1] not in [m.tag[len(NS):] for m in months]:
        return False
    if schedule.tag == NS + "ScheduleByMonth":
        return day.day in [int(d.text) for d in schedule.find(NS + "DaysOfMonth")]
    weekdays = [w.tag[len(NS):] for w in schedule.find(NS + "DaysOfWeek")]
    if WEEKDAYS[day.weekday()] not in weekdays:
        return False
    if schedule.tag == NS + "ScheduleByWeek":
        return True
    weeks = [w.text for w in schedule.find(NS + "Weeks")]
    last_day = (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1) - datetime.timedelta(days=1)
    return str((day.day - 1) // 7 + 1) in weeks or ("Last" in weeks and day.day > last_day.day - 7)


def starts(task):
    """The starts of a task over the year, as Microsoft documents its calendar triggers."""
    out = set()
    for trigger in task.find(NS + "Triggers"):
        boundary = datetime.datetime.fromisoformat(trigger.find(NS + "StartBoundary").text)
        repetition = trigger.find(NS + "Repetition")
        offsets = [0]
        if repetition is not None:
            interval = minutes(repetition.find(NS + "Interval").text)
            duration = minutes(repetition.find(NS + "Duration").text)
            offsets = list(range(0, duration + 1, interval))
        schedule = next(child for child in trigger if child.tag.startswith(NS + "ScheduleBy"))
        for n in range(DAYS):
            day = (START + datetime.timedelta(days=n)).date()
            if day < boundary.date() or not day_matches(schedule, day):
                continue
            first = datetime.datetime.combine(day, boundary.time())
            for offset in offsets:
                out.add(first + datetime.timedelta(minutes=offset))
    return sorted(t for t in out if t < START + datetime.timedelta(days=DAYS))


def cron_starts(cronsim, schedule):
    result = subprocess.run([cronsim, "-e", schedule, "--tz", "UTC", "--from", "2026-01-01",
                             "--to", (START + datetime.timedelta(days=DAYS)).strftime("%Y-%m-%d")],
                            capture_output=True, text=True, check=True)
    return sorted(datetime.datetime.fromisoformat(line.replace("Z", "")).replace(tzinfo=None)
                  for line in result.stdout.split())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cronexport")
    parser.add_argument("cronsim")
    parser.add_argument("schema")
    parser.add_argument("--entries", type=int, default=80)
    args = parser.parse_args()
    schedules = FIXED + generated(args.entries, 2026, last_day_of_week=6)
    failures, compared, impossible = [], 0, 0
    with tempfile.TemporaryDirectory() as scratch:
        crontab = os.path.join(scratch, "crontab")
        with open(crontab, "w") as f:
            f.writelines("%s root /usr/local/bin/job\n" % s for s in schedules)
        out_dir = os.path.join(scratch, "tasks")
        os.mkdir(out_dir)
        result = subprocess.run([args.cronexport, "--no-config", "--to", "windows", "--system",
                                 "--accept-approximate", "--from", "2026-01-01", "--format",
                                 "json", "--out", out_dir, crontab], capture_output=True, text=True)
        report = json.loads(result.stdout)
        for entry in report["entries"]:
            schedule = schedules[entry["line"] - 1]
            if entry["exactness"] == "impossible":
                impossible += 1
                continue
            path = os.path.join(out_dir, entry["files"][0]["name"])
            with open(path, "rb") as f:
                if not f.read(2) == b"\xff\xfe":
                    failures.append("%s: no UTF-16 byte-order mark" % path)
            check = subprocess.run(["xmllint", "--noout", "--schema", args.schema, path],
                                   capture_output=True, text=True)
            if check.returncode != 0:
                failures.append("%s (%s) is not valid: %s" % (path, schedule, check.stderr))
                continue
            compared += 1
            task = ElementTree.parse(path).getroot()
            if schedule.startswith("@reboot"):
                continue
            expected = cron_starts(args.cronsim, schedule)
            actual = starts(task)
            if expected != actual:
                missing = sorted(set(expected) - set(actual))[:3]
                extra = sorted(set(actual) - set(expected))[:3]
                failures.append("%s: the triggers start it %d times, cron %d; missing %s, extra %s"
                                % (schedule, len(actual), len(expected),
                                   [str(t) for t in missing], [str(t) for t in extra]))
        control = os.path.join(scratch, "control.xml")
        with open(control, "w") as f:
            f.write('<Task xmlns="%s"><Actions><Exec/></Actions></Task>\n' % NS[1:-1])
        if subprocess.run(["xmllint", "--noout", "--schema", args.schema, control],
                          capture_output=True).returncode == 0:
            failures.append("the schema accepts a task without a command: the check is meaningless")
    for failure in failures:
        print("FAIL:", failure)
    print("%d tasks valid and compared over a year, %d schedules impossible, %d failures"
          % (compared, impossible, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
