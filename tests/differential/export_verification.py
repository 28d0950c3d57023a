"""What the cronexport verifications share: generated crontab schedules, cron's own firings
(cronsim) and the comparison of a target's firings with cron's and the export report's.

A target starts the job exactly at cron's firings, minus those the report says only cron has,
plus those it says only the target has: that is what each verification checks against the
target's own implementation.
"""

import collections
import datetime
import random
import subprocess

# Where cron runs: windows around daylight-saving changes in several zones, and their start.
WINDOWS = [
    ("UTC", "2026-01-01T00:00"),
    ("UTC", "2026-12-31T23:30"),  # every boundary at once: hour, day, month and year
    ("America/New_York", "2026-03-07T12:00"),  # 02:00 -> 03:00 on 03-08
    ("America/New_York", "2026-10-31T12:00"),  # 02:00 EDT -> 01:00 EST on 11-01
    ("Europe/Berlin", "2026-10-24T12:00"),  # 03:00 CEST -> 02:00 CET on 10-25
    ("Australia/Lord_Howe", "2026-04-04T12:00"),  # 02:00 -> 01:30 on 04-05
    ("Australia/Lord_Howe", "2026-10-03T12:00"),  # 02:00 -> 02:30 on 10-04
]
# Nothing is compared from here on: the zone files end their transition tables in 2037 and
# continue with a rule (the TZif footer), which systemd and Go apply and cronkit's time-zone
# library does not (it keeps the table's last offset, a known limitation).
HORIZON = datetime.datetime(2037, 1, 1, tzinfo=datetime.timezone.utc)


def random_field(rng, low, high):
    kind = rng.random()
    if kind < 0.3:
        return "*"
    if kind < 0.45:
        return "*/%d" % rng.randint(2, max(2, (high - low) // 2))
    a = rng.randint(low, high)
    if kind < 0.65:
        return str(a)
    b = rng.randint(a, high)
    if kind < 0.8:
        return "%d-%d" % (a, b)
    if kind < 0.9:
        return "%d-%d/%d" % (a, b, rng.randint(2, 5))
    values = sorted(set(rng.randint(low, high) for _ in range(rng.randint(2, 4))))
    return ",".join(map(str, values))


def generated(count, seed, last_day_of_week=7):
    """`count` five-field schedules from the seed (days of the month up to 28: every month has
    them, so no schedule is empty for lack of a day)."""
    rng = random.Random(seed)
    return [" ".join([random_field(rng, 0, 59), random_field(rng, 0, 23), random_field(rng, 1, 28),
                      random_field(rng, 1, 12), random_field(rng, 0, last_day_of_week)])
            for _ in range(count)]


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def rfc3339(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def cron_firings(cronsim, schedule, zone, start, end):
    """cron's firings in [start, end], with the repeats a catch-up burst has."""
    result = run([cronsim, "-e", schedule, "--tz", zone, "--from", start.isoformat(),
                  "--to", (end + datetime.timedelta(seconds=1)).isoformat()])
    if result.returncode != 0:
        raise RuntimeError("cronsim %s: %s" % (schedule, result.stderr))
    return [rfc3339(line) for line in result.stdout.split()]



def expected_target_firings(cronsim, entry, schedule, zone, start, end):
    """cron's firings in [start, end] corrected by the report: the instants the target must
    start the job at, in order (with repeats), or a problem with the report as a string."""
    expected = collections.Counter(cron_firings(cronsim, schedule, zone, start, end))
    expected.subtract(collections.Counter(t for t in map(rfc3339, entry["only_cron_fires"])
                                          if t <= end))
    expected.update(t for t in map(rfc3339, entry["only_target_fires"]) if t <= end)
    if any(n < 0 for n in expected.values()):
        return "%s in %s from %s: the report lists a firing cron does not have" % (
            schedule, zone, start)
    return sorted(t for t, n in expected.items() for _ in range(n) if t <= end)


def difference_message(target, schedule, zone, start, expected, actual):
    """None when the lists agree, else what differs (at most five instants each way)."""
    if expected == actual:
        return None
    missing = sorted(set(expected) - set(actual))[:5]
    extra = sorted(set(actual) - set(expected))[:5]
    return ("%s in %s from %s: %s's firings differ from cron's and the report: expected but not "
            "fired %s; fired but not expected %s" %
            (schedule, zone, start, target, [t.isoformat() for t in missing],
             [t.isoformat() for t in extra]))
