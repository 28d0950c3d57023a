#!/usr/bin/python3
"""Compares cronsim with python3-croniter on the same listing.

Both list every firing of '* * * * *' from 2026-01-01 to 2027-01-01 in UTC (525,600 lines) as
RFC 3339 text, written to /dev/null. Run from the repository root after building:

    /usr/bin/python3 tests/bench/compare_croniter.py [build/bin/cronsim] [--runs N]

Prints the best wall-clock time of each and the ratio. The two outputs are also compared line by
line (to a temporary file) so that the timing compares the same work.
"""

import argparse
import datetime
import os
import subprocess
import sys
import tempfile
import time

import croniter

SCHEDULE = "* * * * *"
START = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
END = datetime.datetime(2027, 1, 1, tzinfo=datetime.timezone.utc)


def croniter_listing(out):
    # croniter's get_next() is strictly after its start; start one second early so that the
    # first minute is included, as cronsim's --from is inclusive.
    it = croniter.croniter(SCHEDULE, START - datetime.timedelta(seconds=1))
    write = out.write
    while True:
        t = it.get_next(datetime.datetime)
        if t >= END:
            break
        write(t.strftime("%Y-%m-%dT%H:%M:%SZ\n"))


def time_croniter(runs):
    best = None
    for _ in range(runs):
        with open(os.devnull, "w") as devnull:
            begin = time.perf_counter()
            croniter_listing(devnull)
            elapsed = time.perf_counter() - begin
        best = elapsed if best is None else min(best, elapsed)
    return best


def cronsim_command(binary):
    return [binary, "-e", SCHEDULE, "--from", "2026-01-01", "--to", "2027-01-01", "--tz", "UTC"]


def time_cronsim(binary, runs):
    best = None
    for _ in range(runs):
        with open(os.devnull, "w") as devnull:
            begin = time.perf_counter()
            subprocess.run(cronsim_command(binary), stdout=devnull, check=True)
            elapsed = time.perf_counter() - begin
        best = elapsed if best is None else min(best, elapsed)
    return best


def same_output(binary):
    with tempfile.TemporaryFile("w+") as theirs:
        croniter_listing(theirs)
        theirs.seek(0)
        expected = theirs.read()
    ours = subprocess.run(cronsim_command(binary), capture_output=True, text=True, check=True).stdout
    return ours == expected, len(ours.splitlines())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cronsim", nargs="?", default="build/bin/cronsim")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    identical, lines = same_output(args.cronsim)
    print(f"outputs identical: {identical} ({lines} lines)")
    if not identical:
        return 1
    ours = time_cronsim(args.cronsim, max(args.runs, 5))
    theirs = time_croniter(args.runs)
    print(f"croniter {croniter.__version__ if hasattr(croniter, '__version__') else ''}: "
          f"{theirs * 1000:.0f} ms (best of {args.runs})")
    print(f"cronsim: {ours * 1000:.1f} ms (best of {max(args.runs, 5)}, end to end)")
    print(f"cronsim is {theirs / ours:.0f}x faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())
