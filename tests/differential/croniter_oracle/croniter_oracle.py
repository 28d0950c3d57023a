#!/usr/bin/python3
"""The oracle of the croniter dialects' differential test (croniter_differential.cpp).

Run by the launcher fetch_sid_croniter.sh writes: /usr/bin/python3 with croniter 6.x and
pendulum 3 from Debian's unstable suite on PYTHONPATH (and Debian 12's pytz and dateutil).

Reads one request per line, fields separated by \\x01: CALLER, EXPRESSION, ZONE, FROM (Unix
seconds), COUNT. CALLER says who hands the expression to croniter, and how:
  airflow               CronMixin (airflow/timetables/_cron.py): cron_presets, validate(), then
                        _get_next(current) COUNT times from FROM, each from the one before
  prefect               CronSchedule (prefect/server/schemas/schedules.py, the path before
  prefect-day-or-false    Python 3.13): valid_cron_string, then _get_dates_generator(n=COUNT,
                        start=FROM + 1 s) with day_or true or false
  dagster               is_valid_cron_string's checks over croniter, then croniter stepping naive
                        wall times (what Dagster's iterator reduces to in a zone without offset
                        changes; the test asks only for such zones)
It prints one line per request:
  ok T1 T2 ...        the firings as Unix seconds; "none" where croniter gives up
                      ("failed to find next date")
  error MESSAGE       the scheduler refused the expression, in its words; Prefect and Dagster
                      only ask croniter.is_valid, so croniter's reason follows in parentheses as
                      cronkit words it
"""
import datetime
import importlib.metadata
import sys

import pendulum
import pytz
from croniter import CroniterBadCronError, CroniterBadDateError, croniter

if int(importlib.metadata.version("croniter").split(".")[0]) < 2:
    sys.exit("croniter_oracle.py: croniter %s is older than what Airflow, Prefect and Dagster pin "
             "(run it with fetch_sid_croniter.sh's launcher)" % importlib.metadata.version("croniter"))

# airflow/utils/dates.py cron_presets: replaced, case-sensitively, before croniter sees them.
AIRFLOW_PRESETS = {
    "@hourly": "0 * * * *",
    "@daily": "0 0 * * *",
    "@weekly": "0 0 * * 0",
    "@monthly": "0 0 1 * *",
    "@quarterly": "0 0 1 */3 *",
    "@yearly": "0 0 1 1 *",
}


def croniter_reason(expression):
    """str() of what croniter raises for the expression, or None when it reads it."""
    try:
        croniter(expression)
    except Exception as error:  # ValueError subclasses, and a few others
        return str(error).replace("\n", " ")
    return None


def ok(times, gave_up):
    return "ok " + " ".join([str(int(t.timestamp())) for t in times] + (["none"] if gave_up else []))


def airflow(expression, zone, start, count):
    expression = AIRFLOW_PRESETS.get(expression, expression)
    # CronMixin.validate: AirflowTimetableInvalid(str(e)).
    reason = croniter_reason(expression)
    if reason is not None:
        return "error " + reason
    timezone = pendulum.timezone(zone)  # parse_timezone, pendulum 3
    current = pendulum.from_timestamp(start, tz="UTC")
    times = []
    for _ in range(count):
        # _get_next(current): croniter on the naive wall time (make_naive drops the fold) ...
        local = current.astimezone(timezone)
        naive = datetime.datetime(local.year, local.month, local.day, local.hour, local.minute,
                                  local.second)
        iterator = croniter(expression, start_time=naive)
        try:
            scheduled = iterator.get_next(datetime.datetime)
        except CroniterBadDateError:
            return ok(times, True)
        if iterator.expanded[1] == ["*"]:
            # ... _covers_every_hour: the wall-clock step added to the real time ...
            following = current.in_timezone(timezone) + (scheduled - naive)
        else:
            # ... else make_aware: fold=1, then the pendulum Timezone's convert.
            following = timezone.convert(scheduled.replace(fold=1))
        current = pendulum.instance(following.astimezone(pendulum.UTC))  # convert_to_utc
        times.append(current)
    return ok(times, False)


def prefect(expression, zone, start, count, day_or):
    # CronSchedule.valid_cron_string.
    if not croniter.is_valid(expression):
        return 'error Invalid cron string: "%s" (croniter: %s)' % (expression,
                                                                   croniter_reason(expression))
    if any(c for c in expression.split() if c.casefold() in ["R", "H", "r", "h"]):
        return 'error Random and Hashed expressions are unsupported, received: "%s"' % expression
    # _get_dates_generator(n=count, start=...): _prepare_scheduling_start_and_end, in_tz, one
    # second back, the pytz anchor, croniter on the naive start.
    begin = pendulum.instance(datetime.datetime.fromtimestamp(start, datetime.timezone.utc))
    begin = begin.in_tz(zone)
    begin = begin - datetime.timedelta(seconds=1)
    begin_localized = pytz.timezone(begin.tz.name).localize(
        datetime.datetime(begin.year, begin.month, begin.day, begin.hour, begin.minute,
                          begin.second))
    begin_naive = begin.naive()
    iterator = croniter(expression, begin_naive, day_or=day_or)
    dates = set()
    times = []
    counter = 0
    while True:
        try:
            next_time = iterator.get_next(datetime.datetime)
        except CroniterBadDateError:
            return ok(times, True)
        next_date = pendulum.instance(begin_localized + (next_time - begin_naive))
        if next_date not in dates:
            dates.add(next_date)
            times.append(next_date)
        if len(dates) >= count or counter > 1000:  # MAX_ITERATIONS
            break
        counter += 1
    # get_dates sorts what the generator yields.
    return ok(sorted(times), False)


def dagster(expression, zone, start, count):
    # is_valid_cron_string: croniter.is_valid, exactly five fields, no 30th or 31st of February.
    refusal = "error Found invalid cron schedule '%s'. Dagster recognizes standard cron " \
              "expressions consisting of 5 fields." % expression
    if not croniter.is_valid(expression):
        return refusal
    expanded = croniter(expression).expanded
    if len(expanded) != 5:
        return refusal
    if expanded[3] == [2] and len(expanded[2]) == 1 and expanded[2][0] in (30, 31):
        return refusal
    local = datetime.datetime.fromtimestamp(start, pendulum.timezone(zone))
    offset = local.utcoffset()
    iterator = croniter(expression, local.replace(tzinfo=None))
    times = []
    for _ in range(count):
        try:
            wall = iterator.get_next(datetime.datetime)
        except CroniterBadDateError:
            return ok(times, True)
        times.append(wall.replace(tzinfo=datetime.timezone(offset)))
    return ok(times, False)


def answer(caller, expression, zone, start, count):
    try:
        if caller == "airflow":
            return airflow(expression, zone, start, count)
        if caller in ("prefect", "prefect-day-or-false"):
            return prefect(expression, zone, start + 1, count, caller == "prefect")
        if caller == "dagster":
            return dagster(expression, zone, start, count)
    except Exception as error:  # a crash of the scheduler's own code is an answer too
        return "crash %s: %s" % (type(error).__name__, str(error).replace("\n", " "))
    return "crash unknown caller " + caller


def main():
    out = []
    for line in sys.stdin.buffer.read().decode("utf-8", "surrogateescape").split("\n"):
        if not line:
            continue
        caller, expression, zone, start, count = line.split("\x01")
        out.append(answer(caller, expression, zone, int(start), int(count)))
    sys.stdout.write("\n".join(out) + ("\n" if out else ""))


if __name__ == "__main__":
    main()
