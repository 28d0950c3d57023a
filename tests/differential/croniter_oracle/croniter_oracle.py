#!/usr/bin/python3
"""The croniter oracle of the airflow dialect's differential test (croniter_differential.cpp).

Reads one request per line, fields separated by \\x01: EXPRESSION, ZONE, FROM (Unix seconds),
COUNT. For each it asks the croniter installed for this Python (Debian's python3-croniter):
croniter(EXPRESSION, FROM as an aware datetime in ZONE), then get_next(datetime) COUNT times,
which is what Airflow's CronMixin does in a zone without offset changes. It prints
  ok T1 T2 ...        the firings as Unix seconds; "none" where croniter gives up
                      ("failed to find next date")
  error MESSAGE       croniter refused the expression (str() of the exception)
"""
import datetime
import sys
from zoneinfo import ZoneInfo

from croniter import croniter, CroniterBadDateError


def answer(expression, zone, start, count):
    try:
        iterator = croniter(expression, datetime.datetime.fromtimestamp(start, ZoneInfo(zone)))
    except Exception as error:  # croniter raises ValueError subclasses, and a few others
        return "error " + str(error).replace("\n", " ")
    times = []
    for _ in range(count):
        try:
            times.append(str(int(iterator.get_next(datetime.datetime).timestamp())))
        except CroniterBadDateError:
            times.append("none")
            break
    return "ok " + " ".join(times)


def main():
    out = []
    for line in sys.stdin.buffer.read().decode("utf-8", "surrogateescape").split("\n"):
        if not line:
            continue
        expression, zone, start, count = line.split("\x01")
        out.append(answer(expression, zone, int(start), int(count)))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
