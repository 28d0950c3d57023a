#!/usr/bin/env python3
"""Compare cronexplain with the npm package cronstrue on testdata/explain/schedules.txt.

Usage: tests/bench/compare_cronstrue.py [--cronexplain build/bin/cronexplain]
                                        [--cronstrue-dir /tmp/cs/node_modules/cronstrue]
Install cronstrue first, outside the repository: mkdir -p /tmp/cs && cd /tmp/cs && npm install cronstrue

Prints a Markdown report: every schedule where the two disagree on a fact, grouped by kind, and
the count of schedules where they only word the same facts differently. The kinds are decided
from the schedule model (cronexplain's JSON facts), not from the wording.
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

NODE_SCRIPT = r"""
const cronstrue = require(process.argv[1]);
const schedules = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = schedules.map(s => {
  try { return cronstrue.toString(s, {use24HourTimeFormat: true, throwExceptionOnParseError: true}); }
  catch (e) { return 'ERROR: ' + String(e); }
});
process.stdout.write(JSON.stringify(out));
"""


def read_schedules():
    with open(os.path.join(ROOT, 'testdata', 'explain', 'schedules.txt')) as f:
        return [line.rstrip('\n') for line in f if line.strip() and not line.startswith('#')]


def cronstrue_texts(schedules, module_dir):
    result = subprocess.run(['node', '-e', NODE_SCRIPT, module_dir], input=json.dumps(schedules),
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def cronexplain_facts(schedules, tool):
    facts = []
    for s in schedules:  # one call each: an invalid one must not hide the others
        r = subprocess.run([tool, '--format', 'json', s], capture_output=True, text=True)
        items = json.loads(r.stdout) if r.stdout.strip() else []
        facts.append(items[0] if items else {'summary': 'ERROR: ' + r.stderr.strip()})
    return facts


def kind_of(schedule, fact, theirs):
    """The kind of disagreement, decided from the schedule's facts; 'wording' when only the words
    differ. The first matching kind wins."""
    fields = schedule.split()
    if theirs.startswith('ERROR'):
        return 'cronstrue rejects a schedule cron accepts'
    if fact.get('reboot') or len(fields) != 5:
        return 'wording'
    items = [i for f in fields for i in f.split(',')]
    if fact.get('never'):
        if any(_reversed(i) for i in items):
            return 'reversed range: cron selects nothing, so the job never runs'
        return 'never fires (no such date); cronstrue describes it as if it ran'
    minute, hour, dom, month, dow = fields
    days, weekdays = fact['days_of_month'], fact['days_of_week']
    if any(_reversed(i) for i in items):
        return 'reversed range in a day field: cron reads it as no days'
    if '#' in dow or any(f.startswith('*') and len(f) > 1 and f[1] not in '/,' for f in fields):
        return "text Debian's cron skips (5#3 is every Friday, *5 is *)"
    if fact['day_rule'] == 'or' and len(days) < 31 and 0 < len(weekdays) < 7:
        return 'day rule OR: cron runs on either day field (cronstrue joins them with "and")'
    if fact['day_rule'] == 'or' and (len(days) == 31 or len(weekdays) == 7) and \
            (len(days) < 31 or len(weekdays) < 7):
        return 'day rule OR with one field full: every day'
    if fact['day_rule'] == 'and' and dom != '*' and dow != '*' and \
            (len(days) < 31 or len(weekdays) < 7):
        return 'day rule AND because a day field starts with "*"'
    if minute.startswith('*/') and 60 % int(minute[2:]) != 0:
        return 'uneven minute step: cron restarts at :00 each hour'
    if hour.startswith('*/') and 24 % int(hour[2:]) != 0:
        return 'uneven hour step: cron restarts at 00:00 each day'
    if any('/' in i and not i.startswith('*') for i in minute.split(',') + hour.split(',')):
        return 'stepped range: cronstrue gives the written bounds and step, not the values'
    if any('/' in i and not i.endswith('/1') for i in (dom + ',' + month + ',' + dow).split(',')):
        return 'step in a day or month field: cronstrue says "every N", not which'
    if days and max(days) >= 29 and len(days) < 31:
        return 'days that some months lack: cronstrue does not say those months are skipped'
    return 'wording'


def _reversed(item):
    item = item.split('/')[0]
    if '-' not in item or item.startswith('*'):
        return False
    a, b = item.split('-', 1)
    names = {n: i for i, n in enumerate(
        ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'])}
    months = {n: i + 1 for i, n in enumerate(
        ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])}

    def value(x):
        x = x.lower()
        return names.get(x, months.get(x, int(x) if x.isdigit() else None))
    va, vb = value(a), value(b)
    return va is not None and vb is not None and va > vb


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--cronexplain', default=os.path.join(ROOT, 'build', 'bin', 'cronexplain'))
    parser.add_argument('--cronstrue-dir', default='/tmp/cs/node_modules/cronstrue')
    args = parser.parse_args()
    schedules = read_schedules()
    theirs = cronstrue_texts(schedules, args.cronstrue_dir)
    ours = cronexplain_facts(schedules, args.cronexplain)
    groups = {}
    for s, fact, t in zip(schedules, ours, theirs):
        groups.setdefault(kind_of(s, fact, t), []).append((s, fact['summary'], t))
    with open(os.path.join(args.cronstrue_dir, 'package.json')) as f:
        version = json.load(f)['version']
    print(f'# cronexplain vs cronstrue {version} on {len(schedules)} schedules\n')
    print('Generated by tests/bench/compare_cronstrue.py (cronstrue with use24HourTimeFormat).')
    print('Kinds are decided from the schedule facts; "wording" means the same facts, '
          'worded differently.\n')
    for kind, rows in sorted(groups.items(), key=lambda kv: (kv[0] == 'wording', kv[0])):
        print(f'## {kind} ({len(rows)})\n')
        print('| schedule | cronexplain | cronstrue |\n|---|---|---|')
        for s, mine, t in rows:
            print(f'| `{s}` | {mine} | {t} |')
        print()
    return 0


if __name__ == '__main__':
    sys.exit(main())
