#!/usr/bin/python3
"""Per-rule precision of cronlint's findings on the judged corpus.

    /usr/bin/python3 scripts/corpus/precision.py [--cronlint build/bin/cronlint] [--markdown]
                                                 [--check] [--doc docs/precision.md]

Runs `cronlint --format json FILE` on every file of testdata/corpus/debian and
testdata/corpus/public twice: with default options, and with `--enable all` (every rule that does
not need --check-paths). Keeps the warning and error findings and looks each one up in
testdata/corpus/judgements.tsv by (file, line, rule). Prints, per rule, whether it is on by
default, its findings in the all-rules run, how many were judged real and the precision
(real / findings); then the precision of the default findings and of all findings; then how many
files a default run fails (exit 1) and, for Debian's files, which and why.

Judgements of rules that are off by default are not stale: they are the evidence why those rules
are off. A judgement is stale when it matches no finding of the all-rules run.

Exit status 1 when a finding of the all-rules run has no judgement (judge it, then run again) or
a judgement is stale; with --check also when the default findings are less precise than
--min-precision (95 % unless given);
with --doc FILE also when FILE does not hold the Markdown output verbatim (between the lines
`<!-- precision.py --markdown -->` and `<!-- end -->`).
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join("testdata", "corpus")
REQUIRED_DEFAULT_PRECISION = 95.0
DOC_BEGIN = "<!-- precision.py --markdown -->"
DOC_END = "<!-- end -->"


def corpus_files():
    out = []
    for part in ("debian", "public"):
        for dirpath, _, names in os.walk(os.path.join(ROOT, CORPUS, part)):
            for n in names:
                if n != "SOURCES.tsv":
                    out.append(os.path.relpath(os.path.join(dirpath, n), ROOT))
    return sorted(out)


def run(cronlint, file, extra):
    p = subprocess.run([cronlint, "--format", "json", "--color", "never", *extra, file], cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    findings = [(r["file"], r["line"], r["rule"], r["severity"])
                for r in json.loads(p.stdout or "[]") if r["severity"] in ("warning", "error")]
    return p.returncode, findings


def percent(real, total, digits=0):
    return f"{100 * real / total:.{digits}f} %" if total else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cronlint", default=os.path.join(ROOT, "build", "bin", "cronlint"))
    ap.add_argument("--markdown", action="store_true", help="print the tables as Markdown")
    ap.add_argument("--check", action="store_true",
                    help="also fail when the default findings are less precise than --min-precision")
    ap.add_argument("--min-precision", type=float, default=REQUIRED_DEFAULT_PRECISION,
                    help="the precision (in %%) --check requires of the default findings "
                         f"(default {REQUIRED_DEFAULT_PRECISION:.0f})")
    ap.add_argument("--doc", help="also fail when this file does not hold the Markdown output")
    args = ap.parse_args()

    judged = {}
    with open(os.path.join(ROOT, CORPUS, "judgements.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            file, lineno, rule, sev, verdict, reason = line.rstrip("\n").split("\t")
            judged[(file, int(lineno), rule)] = (verdict, reason)

    files = corpus_files()
    default_findings, all_findings, failing = [], [], {}
    for file in files:
        status, found = run(args.cronlint, file, [])
        default_findings += found
        if status == 1:
            failing[file] = found
        all_findings += run(args.cronlint, file, ["--enable", "all"])[1]

    default_rules = {rule for _, _, rule, _ in default_findings}
    listed = subprocess.run([args.cronlint, "--list-rules"], stdout=subprocess.PIPE, text=True)
    # A rule is on by default unless --list-rules marks it off (or it never fires by default and
    # is not listed, which makes no difference to the counts).
    off_by_default = {ln.split()[0] for ln in listed.stdout.splitlines()
                      if ln.split() and "off by default" in ln}

    per_rule = collections.defaultdict(lambda: [0, 0, ""])
    unjudged, seen = [], set()
    for file, line, rule, sev in all_findings:
        key = (file, line, rule)
        seen.add(key)
        if key not in judged:
            unjudged.append(f"{file}:{line}: {rule} ({sev})")
            continue
        per_rule[rule][0] += 1
        per_rule[rule][2] = sev
        if judged[key][0] == "real":
            per_rule[rule][1] += 1
    stale = sorted(k for k in judged if k not in seen)
    default_total = sum(1 for f, l, r, _ in default_findings if (f, l, r) in judged)
    default_real = sum(1 for f, l, r, _ in default_findings
                       if judged.get((f, l, r), ("",))[0] == "real")

    def is_default(rule):
        return rule in default_rules or rule not in off_by_default

    # Every rule gets a row, those without a finding on the corpus too (precision "-"); the rules
    # that need --check-paths never run here, which the table says.
    needs_paths = set()
    for ln in listed.stdout.splitlines():
        words = ln.split()
        if len(words) < 2 or words[0] in per_rule:
            continue
        per_rule[words[0]] = [0, 0, words[1]]
        if "needs --check-paths" in ln:
            needs_paths.add(words[0])
    rows = sorted(per_rule.items(), key=lambda kv: (not is_default(kv[0]), -kv[1][0], kv[0]))
    total, real = sum(v[0] for _, v in rows), sum(v[1] for _, v in rows)
    out = []
    if args.markdown:
        out.append("| rule | severity | on by default | findings | real | precision |")
        out.append("|---|---|---|--:|--:|--:|")
        for rule, (n, r, sev) in rows:
            on = "with --check-paths" if rule in needs_paths else "yes" if is_default(rule) else "no"
            out.append(f"| `{rule}` | {sev} | {on} | {n} | {r} | {percent(r, n) if n else '-'} |")
        out.append(f"| **default run** | | | **{default_total}** | **{default_real}** | "
                   f"**{percent(default_real, default_total, 1)}** |")
        out.append(f"| **every rule** | | | **{total}** | **{real}** | "
                   f"**{percent(real, total, 1)}** |")
    else:
        out.append(f"{'rule':28} {'severity':8} {'default':7} {'found':>5} {'real':>5} precision")
        for rule, (n, r, sev) in rows:
            on = "paths" if rule in needs_paths else "yes" if is_default(rule) else "no"
            out.append(f"{rule:28} {sev:8} {on:7} {n:5} {r:5} {percent(r, n) if n else '-':>9}")
        out.append(f"{'default run':28} {'':8} {'':7} {default_total:5} {default_real:5} "
                   f"{percent(default_real, default_total, 1):>9}")
        out.append(f"{'every rule':28} {'':8} {'':7} {total:5} {real:5} {percent(real, total, 1):>9}")
    for part in ("debian", "public"):
        fs = [f for f in files if f.startswith(os.path.join(CORPUS, part) + "/")]
        fail = [f for f in fs if f in failing]
        with_real = [f for f in fail
                     if any(judged.get((a, b, c), ("",))[0] == "real" for a, b, c, _ in failing[f])]
        out.append("")
        out.append(f"{part}: {len(fs)} files, {len(fail)} fail a default run, "
                   f"{len(with_real)} of them with a real finding")
        if part == "debian":
            for f in fail:
                out.append("")
                name = os.path.relpath(f, os.path.join(CORPUS, part))
                out.append(f"- `{name}`:" if args.markdown else f"  {name}:")
                for _, line, rule, sev in failing[f]:
                    verdict, reason = judged.get((f, line, rule), ("not judged", ""))
                    item = f"line {line} `{rule}` ({sev}, {verdict}): {reason}"
                    out.append(f"  - {item}" if args.markdown else f"    {item}")
    text = "\n".join(out) + "\n"
    sys.stdout.write(text)

    problems = [f"not judged: {u}" for u in unjudged]
    problems += ["stale judgement: " + " ".join(map(str, s)) for s in stale]
    if args.check and default_total and 100 * default_real / default_total < args.min_precision:
        problems.append(f"default findings are {percent(default_real, default_total, 1)} precise, "
                        f"below {args.min_precision:g} %")
    if args.doc:
        with open(os.path.join(ROOT, args.doc), encoding="utf-8") as f:
            doc = f.read()
        begin, end = doc.find(DOC_BEGIN + "\n"), doc.find("\n" + DOC_END)
        if begin < 0 or end < 0:
            problems.append(f"{args.doc}: no {DOC_BEGIN} ... {DOC_END} block")
        elif doc[begin + len(DOC_BEGIN) + 1:end + 1] != text:
            problems.append(f"{args.doc} differs from `precision.py --markdown`: regenerate it")
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
