#!/usr/bin/env python3
"""cronsim against systemd-cron, line by line.

systemd-cron has no scheduler of its own: its generator turns each crontab line into a .timer
unit whose OnCalendar= expression systemd evaluates. So the oracle here is the real generator
(run unmodified, over a crontab written for the test) followed by `systemd-analyze calendar`,
which evaluates an expression with the same code PID 1 uses. For every generated line and every
time window, the firing times systemd would produce are compared with
`cronsim --dialect D --format jsonl` for the same schedule; a line the generator drops (or whose
expression systemd rejects) must be one cronsim rejects.

The generator reads fixed paths (/etc/crontab, /etc/cron.d, /var/spool/cron/crontabs, ...) and
writes a flag file in /run. Rather than bind mounts (which need privileges that containers often
lack), the generator is loaded as a Python module and its `os` and `open` are replaced by
wrappers that move every absolute path outside the output directory under a scratch root. Its
code runs as shipped.

With --dialect debian (Vixie cron), only the lines on which both crons agree must match, in
windows without a daylight-saving change; the lines that exercise a documented difference are
compared too and their outcome is reported, without failing the test.
"""

import argparse
import concurrent.futures
import datetime
import json
import os
import random
import re
import subprocess
import sys
import tempfile

# Time windows: (zone, first instant as RFC 3339). A window with a daylight-saving change is
# compared only against the systemd-cron dialect, since Vixie cron handles those hours on purpose
# differently (it catches up skipped fixed-time jobs, runs wildcard jobs twice).
PLAIN_WINDOWS = [
    ("UTC", "2026-01-01T00:00:00Z"),
    ("America/New_York", "2026-06-30T22:00:00-04:00"),
]
DST_WINDOWS = [
    ("America/New_York", "2026-03-08T00:00:00-05:00"),  # 02:00 -> 03:00
    ("America/New_York", "2026-11-01T00:00:00-04:00"),  # 02:00 EDT -> 01:00 EST
    ("Europe/Berlin", "2026-10-25T01:30:00+02:00"),  # 03:00 CEST -> 02:00 CET
    ("Australia/Lord_Howe", "2026-04-05T00:00:00+11:00"),  # 02:00 -> 01:30, a half-hour change
]

# Lines on which Vixie cron and systemd-cron agree.
COMMON_LINES = [
    "* * * * *", "*/5 * * * *", "0 * * * *", "30 2 * * *", "0 0 * * *", "15,45 9-17 * * 1-5",
    "0 9 * * mon-fri", "0 0 1 * *", "0 0 * * 0", "0 0 * * 7", "0 0 * * sun", "0 12 1,15 * *",
    "30 4 * jan,jul *", "0 0 * * sat", "0 */2 * * *", "5-55/10 * * * *", "0 0 29 2 *",
    "0 0 31 * *", "0 0 1 */3 *", "0 6 */2 * *", "0 6 1 * */2", "0 6 */2 * 1", "59 23 31 12 *",
    "0 0 1 1 *", "0 0 * feb-apr *", "0 0 * * mon-sat", "0 0 * JAN *", "0 0 * * MON",
    "0 0 * Sep *", "0-5 0 * * *", "0 0-23/6 * * *", "*/15 1-3 * * *", "30 1,2,3 * * *",
    "0 0 30 2 *", "0 0 31 4,6,9 *", "0 0 15 * *", "1,2,3,4 * * * *", "0 12 * * 2,4",
    "0 0 * * 6,0", "45 23 * * 5", "0 0 1-7 * *", "0 0 * 1-6/2 *", "0 0 * * sun-sat",
    "@hourly", "@daily", "@midnight", "@monthly", "@yearly", "@annually", "@reboot",
    "@every", "@fortnightly", "*/90 * * * *", "0 */30 * * *",
    "@31",  # OnCalendar=*-*-1/31, which systemd rejects: never runs, as Vixie cron rejects it
]

DAY_RULE = "day rule: systemd-cron ANDs day of month and day of week"

# Lines that exercise a documented difference, with the difference.
DIFFERENT_LINES = [
    ("0 0 1 * 1", DAY_RULE),
    ("30 4 1,15 * 5", DAY_RULE),
    ("0 0 13 * fri", DAY_RULE),
    ("0 0 1-7 * 1", DAY_RULE),
    ("0 0 1-31 * 1", DAY_RULE),
    ("0 0 1 * sun-sat", DAY_RULE),
    ("0 0 * oct *", "month names: oct is missing from the generator's table"),
    ("0 0 1 nov *", "month names: nov means October, dec means November"),
    ("0 0 1 dec *", "month names: nov means October, dec means November"),
    ("0 0 1 sep-dec *", "month names: nov means October, dec means November"),
    ("0 0 * * 5-7", "day-of-week range ending at 7 or sun is empty, so no weekday limit"),
    ("0 0 * * fri-sun", "day-of-week range ending at 7 or sun is empty, so no weekday limit"),
    ("0 0 * * 6-7", "day-of-week range ending at 7 or sun is empty, so no weekday limit"),
    ("0 0 * * 0-7", "day-of-week range 0-7 means Sunday only"),
    ("0 0 * * foo", "an unreadable day of week is dropped: the job runs every day"),
    ("0 0 * * 5L", "an unreadable day of week is dropped: the job runs every day"),
    ("0 0 * * 1#2", "an unreadable day of week is dropped: the job runs every day"),
    ("0 0 * * 14", "day of week taken modulo 7"),
    ("5/10 * * * *", "a/n means a alone"),
    ("5,60 * * * *", "out-of-range values are clamped or dropped, not rejected"),
    ("59-70 * * * *", "out-of-range values are clamped or dropped, not rejected"),
    ("0 20-30 * * *", "out-of-range values are clamped or dropped, not rejected"),
    ("0 0 30-35 * *", "out-of-range values are clamped or dropped, not rejected"),
    ("0 0 0,15 * *", "out-of-range values are clamped or dropped, not rejected"),
    ("*/-1 * * * *", "a negative step on * selects every value"),
    ("0 0 * * Monday", "names: any word whose first three letters match"),
    ("0 0 * January *", "names: any word whose first three letters match"),
    ("1_0 * * * *", "numbers are read by Python's int()"),
    ("+5 * * * *", "numbers are read by Python's int()"),
    ("@weekly", "@weekly is Monday 00:00"),
    ("@quarterly", "@quarterly, @semiannually, @minutely exist"),
    ("@semiannually", "@quarterly, @semiannually, @minutely exist"),
    ("@bi-annually", "@quarterly, @semiannually, @minutely exist"),
    ("@minutely", "@quarterly, @semiannually, @minutely exist"),
    ("@3", "@N: every N days counted from the 1st of the month"),
]

COMMON_REASON = "common"
# What cronkit does not reproduce yet (it rejects the line and says so): compared and counted,
# not failed, so that the day it is modelled the count of disagreements drops to zero.
NOT_MODELLED = {"@N: every N days counted from the 1st of the month"}


def random_item(rng, low, high, names=None):
    """One list item, valid in both crons: a value, a range low<=a<=b, a stepped range or */n."""
    span = high - low
    form = rng.choice(["value", "value", "range", "range-step", "star-step"])
    if form == "star-step":
        return "*/%d" % rng.randint(1, max(1, span))
    a = rng.randint(low, high)
    if form == "value":
        return names[a - low] if names and rng.random() < 0.3 else str(a)
    b = rng.randint(a, high)
    text = "%s-%s" % ((names[a - low], names[b - low]) if names and rng.random() < 0.3 else (a, b))
    if form == "range-step" and b > a:
        text += "/%d" % rng.randint(1, b - a)
    return text


def random_field(rng, low, high, names=None, star_weight=0.35):
    if rng.random() < star_weight:
        return "*"
    return ",".join(random_item(rng, low, high, names) for _ in range(rng.choice([1, 1, 2, 3])))


MONTH_NAMES_BOTH_AGREE = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep"]
DOW_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]


def random_common_line(rng):
    """A line both crons read the same way: no day-of-month/day-of-week pair both restricted
    (Vixie ORs them unless one starts with '*'), no month names past September, no day-of-week
    range ending at 7 (the generator maps 7 to 0 before building the range)."""
    minute = random_field(rng, 0, 59, star_weight=0.15)
    hour = random_field(rng, 0, 23)
    month = random_field(rng, 1, 9, MONTH_NAMES_BOTH_AGREE, star_weight=0.6)
    if rng.random() < 0.5:
        month = random_field(rng, 1, 12, star_weight=0.6) if month != "*" else month
    dom = random_field(rng, 1, 31, star_weight=0.6)
    dow = random_field(rng, 0, 6, DOW_NAMES, star_weight=0.6)
    if not dom.startswith("*") and not dow.startswith("*"):
        if rng.random() < 0.5:
            dom = "*"
        else:
            dow = "*"
    return " ".join([minute, hour, dom, month, dow])


def random_different_line(rng):
    """A line with both day fields restricted, neither starting with '*': Vixie cron ORs them."""
    while True:
        dom = random_field(rng, 1, 28, star_weight=0)
        dow = random_field(rng, 0, 6, DOW_NAMES, star_weight=0)
        if not dom.startswith("*") and not dow.startswith("*"):
            break
    return " ".join([random_field(rng, 0, 59, star_weight=0), random_field(rng, 0, 23, star_weight=0),
                     dom, "*", dow])


def build_cases(seed, random_common, random_different):
    rng = random.Random(seed)
    cases = [(line, COMMON_REASON) for line in COMMON_LINES] + list(DIFFERENT_LINES)
    seen = {line for line, _ in cases}
    while len(cases) < len(COMMON_LINES) + len(DIFFERENT_LINES) + random_common:
        line = random_common_line(rng)
        if line not in seen:
            seen.add(line)
            cases.append((line, COMMON_REASON))
    target = len(cases) + random_different
    while len(cases) < target:
        line = random_different_line(rng)
        if line not in seen:
            seen.add(line)
            cases.append((line, DAY_RULE))
    return cases


# Runs systemd-crontab-generator's own main() with every path it touches outside the output
# directory moved under a scratch root. argv must have one element after the program name: with
# three the generator logs to /dev/kmsg, as it does when systemd runs it.
GENERATOR_DRIVER = r"""
import importlib.machinery, importlib.util, os, sys, types
generator, scratch_root, target = sys.argv[1:4]

def moved(path):
    path = os.fspath(path)
    if path.startswith(target) or not path.startswith('/'):
        return path
    return scratch_root + path

def wrap(function):
    return lambda path, *rest, **options: function(moved(path), *rest, **options)

path_module = types.SimpleNamespace(**{n: getattr(os.path, n) for n in dir(os.path) if not n.startswith('__')})
for name in ('isfile', 'isdir', 'exists', 'realpath'):
    setattr(path_module, name, wrap(getattr(os.path, name)))
os_module = types.SimpleNamespace(**{n: getattr(os, n) for n in dir(os) if not n.startswith('__')})
os_module.path = path_module
for name in ('listdir', 'unlink', 'makedirs'):
    setattr(os_module, name, wrap(getattr(os, name)))
os_module.symlink = lambda source, link: os.symlink(source, moved(link))

loader = importlib.machinery.SourceFileLoader('systemd_crontab_generator', generator)
module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
loader.exec_module(module)
module.os = os_module
module.open = wrap(open)
module.TARGET_DIR = target
module.TIMERS_DIR = os.path.join(target, 'cron.target.wants')
sys.argv = [generator, target]
module.main()
"""


def generator_interpreter(generator):
    """The Python of the generator's #! line (the one systemd would run), else this one."""
    with open(generator, encoding="utf8") as script:
        first = script.readline().split()
    if first and first[0].startswith("#!") and os.access(first[0][2:], os.X_OK):
        return first[0][2:]
    return sys.executable


def run_generator(generator, workdir, cases):
    """Writes the cases as /etc/cron.d/differential under a scratch root, runs the generator and
    returns {case index: ("calendar", expression) or ("boot", delay)}; absent = no unit."""
    scratch_root = os.path.join(workdir, "root")
    target = os.path.join(workdir, "units")
    for directory in ("etc/cron.d", "run/systemd", "var/spool/cron/crontabs"):
        os.makedirs(os.path.join(scratch_root, directory))
    os.makedirs(target)
    with open(os.path.join(scratch_root, "etc/cron.d/differential"), "w", encoding="utf8") as crontab:
        for index, (line, _) in enumerate(cases):
            crontab.write("%s root true case-%d\n" % (line, index))
    result = subprocess.run([generator_interpreter(generator), "-c", GENERATOR_DRIVER, generator, scratch_root, target],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("systemd-cron's generator failed:\n" + result.stderr)
    units = {}
    for name in os.listdir(target):
        if not name.endswith(".timer"):
            continue
        with open(os.path.join(target, name), encoding="utf8") as timer:
            text = timer.read()
        case = re.search(r'^Description=.* case-(\d+)"$', text, re.M)
        calendar = re.search(r"^OnCalendar=(.*)$", text, re.M)
        boot = re.search(r"^OnBootSec=(.*)$", text, re.M)
        if not case:
            sys.exit("cannot tell which line %s comes from:\n%s" % (name, text))
        # systemd's unit-file parser strips blanks around a value; the generator leaves a leading
        # blank when a day-of-week field reads as empty.
        units[int(case.group(1))] = ("calendar", calendar.group(1).strip()) if calendar else ("boot", boot.group(1))
    return units


UTC_STAMP = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC$")


def systemd_times(expression, zone, start, count):
    """The first `count` elapses at or after `start` (an aware datetime) in `zone`, as UTC
    datetimes; None when systemd rejects the expression. systemd-analyze lists elapses strictly
    after --base-time, hence one second before."""
    base = int(start.timestamp()) - 1
    result = subprocess.run(
        ["systemd-analyze", "calendar", "--iterations=%d" % count, "--base-time=@%d" % base, expression],
        capture_output=True, text=True, env=dict(os.environ, TZ=zone, LC_ALL="C"))
    if result.returncode != 0:
        if "Failed to parse calendar specification" in result.stderr:
            return None
        sys.exit("systemd-analyze failed on %r:\n%s" % (expression, result.stderr))
    times = []
    for line in result.stdout.splitlines():
        stamp = UTC_STAMP.search(line)
        if stamp and ("(in UTC)" in line or zone == "UTC"):
            times.append(datetime.datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M:%S")
                         .replace(tzinfo=datetime.timezone.utc))
    return times


def cronsim_times(cronsim, dialect, schedule, zone, start, count, workdir):
    """cronsim's firing times as UTC datetimes; None when cronsim rejects the schedule."""
    result = subprocess.run(
        [cronsim, "--no-config", "--dialect", dialect, "--tz", zone, "--from", start.isoformat(),
         "--count", str(count), "--format", "jsonl", "-e", schedule],
        capture_output=True, text=True, cwd=workdir)
    if result.returncode == 1:
        return None
    if result.returncode != 0:
        sys.exit("cronsim failed (exit %d) on %r:\n%s" % (result.returncode, schedule, result.stderr))
    return [datetime.datetime.fromisoformat(json.loads(line)["time"]).astimezone(datetime.timezone.utc)
            for line in result.stdout.splitlines() if line.strip()]


def describe(times):
    if times is None:
        return "rejected"
    if not times:
        return "no firings"
    return " ".join(t.strftime("%Y-%m-%dT%H:%MZ") for t in times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cronsim")
    parser.add_argument("--generator", default="/lib/systemd/system-generators/systemd-crontab-generator")
    parser.add_argument("--dialect", default="systemd-cron")
    parser.add_argument("--count", type=int, default=10, help="firings compared per line and window")
    parser.add_argument("--seed", type=int, default=20261205)
    parser.add_argument("--jobs", type=int, default=2, help="comparisons run at once")
    parser.add_argument("--random-common", type=int, default=300)
    parser.add_argument("--random-different", type=int, default=60)
    parser.add_argument("--show", type=int, default=25, help="disagreements printed in full")
    parser.add_argument("--verbose", action="store_true", help="also print every expected difference")
    args = parser.parse_args()
    args.cronsim = os.path.abspath(args.cronsim)

    cases = build_cases(args.seed, args.random_common, args.random_different)
    reasons = dict(cases)
    strict = args.dialect == "systemd-cron"
    windows = PLAIN_WINDOWS + DST_WINDOWS if strict else PLAIN_WINDOWS
    with tempfile.TemporaryDirectory(prefix="systemd-cron-differential.") as workdir:
        units = run_generator(args.generator, workdir, cases)
        comparisons = [(index, zone, first) for index in range(len(cases)) for zone, first in windows]

        def both_sides(comparison):
            index, zone, first = comparison
            unit = units.get(index)
            start = datetime.datetime.fromisoformat(first)
            if unit is None:
                theirs = None
            elif unit[0] == "boot":
                theirs = []
            else:
                theirs = systemd_times(unit[1], zone, start, args.count)
            ours = cronsim_times(args.cronsim, args.dialect, cases[index][0], zone, start, args.count, workdir)
            return theirs, ours

        # Both sides are separate processes, so threads are enough to keep the cores busy.
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            results = list(pool.map(both_sides, comparisons))

    compared = agreed = 0
    failures = []
    expected = {}  # reason -> [differ, agree]
    not_modelled = {}  # reason -> [differ, agree]
    for (index, zone, first), (theirs, ours) in zip(comparisons, results):
        line, reason = cases[index]
        same = ours == theirs
        compared += 1
        agreed += same
        if strict and reason in NOT_MODELLED:
            not_modelled.setdefault(reason, [0, 0])[0 if not same else 1] += 1
        elif strict or reason == COMMON_REASON:
            if not same:
                failures.append((line, zone, first, units.get(index), theirs, ours))
        else:
            expected.setdefault(reason, [0, 0])[0 if not same else 1] += 1
            if args.verbose:
                print("expected (%s): %r in %s: systemd %s; cronsim %s"
                      % (reason, line, zone, describe(theirs), describe(ours)))

    print("systemd-cron differential (cronsim --dialect %s, generator %s)" % (args.dialect, args.generator))
    print("  %d lines, %d windows, %d comparisons, %d agree, %d disagree"
          % (len(cases), len(windows), compared, agreed, compared - agreed))
    if expected:
        print("  differences from Vixie cron, compared but expected (reason: differ / agree):")
        for reason, (differ, agree) in sorted(expected.items()):
            print("    %s: %d / %d" % (reason, differ, agree))
    if not_modelled:
        print("  generator behaviour cronkit does not model yet, compared and reported (differ / agree):")
        for reason, (differ, agree) in sorted(not_modelled.items()):
            print("    %s: %d / %d" % (reason, differ, agree))
    if failures:
        print("  disagreements by kind of line (all windows / windows with a daylight-saving change):")
        by_reason = {}
        for line, zone, first, _, _, _ in failures:
            counts = by_reason.setdefault(reasons[line], [0, 0])
            counts[0] += 1
            counts[1] += (zone, first) in DST_WINDOWS
        for reason, (total, in_dst) in sorted(by_reason.items(), key=lambda item: -item[1][0]):
            print("    %s: %d / %d" % ("lines Vixie cron reads alike" if reason == COMMON_REASON else reason,
                                      total, in_dst))
    for line, zone, first, unit, theirs, ours in failures[: args.show]:
        print("DISAGREE %r in %s from %s" % (line, zone, first))
        print("  unit:         %s" % (unit and "%s=%s" % ("OnCalendar" if unit[0] == "calendar" else "OnBootSec", unit[1])))
        print("  systemd:      %s" % describe(theirs))
        print("  cronsim:      %s" % describe(ours))
    if failures:
        print("%d disagreement(s) that must not happen" % len(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
