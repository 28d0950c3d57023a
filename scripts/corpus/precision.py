#!/usr/bin/python3
"""Per-rule precision of cronlint's default findings on the judged corpus.

    /usr/bin/python3 scripts/corpus/precision.py [--cronlint build/bin/cronlint] [--markdown]

Runs `cronlint --format json FILE` (default options) on every file of testdata/corpus/debian and
testdata/corpus/public, keeps the warning and error findings, and looks each one up in
testdata/corpus/judgements.tsv by (file, line, rule). Prints, per rule, the findings, how many
were judged real and the precision (real / findings); then how many files a default run fails
(exit 1) and how many of those have a real finding. Exit status 1 when a finding has no
judgement (judge it, then run again) or a judgement matches no finding (stale), else 0.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CORPUS = os.path.join("testdata", "corpus")


def corpus_files():
    out = []
    for part in ("debian", "public"):
        for dirpath, _, names in os.walk(os.path.join(ROOT, CORPUS, part)):
            for n in names:
                if n != "SOURCES.tsv":
                    out.append(os.path.relpath(os.path.join(dirpath, n), ROOT))
    return sorted(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cronlint", default=os.path.join(ROOT, "build", "bin", "cronlint"))
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = ap.parse_args()

    judged = {}
    with open(os.path.join(ROOT, CORPUS, "judgements.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            file, lineno, rule, sev, verdict, reason = line.rstrip("\n").split("\t")
            judged[(file, int(lineno), rule)] = verdict

    findings, failing = [], collections.Counter()
    files = corpus_files()
    for file in files:
        p = subprocess.run([args.cronlint, "--format", "json", "--color", "never", file], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if p.returncode == 1:
            failing[file] = 1
        for r in json.loads(p.stdout or "[]"):
            if r["severity"] in ("warning", "error"):
                findings.append((r["file"], r["line"], r["rule"], r["severity"]))

    per_rule = collections.defaultdict(lambda: [0, 0, ""])
    unjudged, seen, real_files = [], set(), set()
    for file, line, rule, sev in findings:
        v = judged.get((file, line, rule))
        seen.add((file, line, rule))
        if v is None:
            unjudged.append(f"{file}:{line}: {rule}")
            continue
        per_rule[rule][0] += 1
        per_rule[rule][2] = sev
        if v == "real":
            per_rule[rule][1] += 1
            real_files.add(file)
    stale = sorted(k for k in judged if k not in seen)

    rows = sorted(per_rule.items(), key=lambda kv: (-kv[1][0], kv[0]))
    total, real = sum(v[0] for _, v in rows), sum(v[1] for _, v in rows)
    if args.markdown:
        print("| rule | severity | findings | real | precision |\n|---|---|--:|--:|--:|")
        for rule, (n, r, sev) in rows:
            print(f"| `{rule}` | {sev} | {n} | {r} | {100 * r / n:.0f} % |")
        print(f"| **all** | | **{total}** | **{real}** | **{100 * real / total:.1f} %** |")
    else:
        for rule, (n, r, sev) in rows:
            print(f"{rule:28} {sev:8} {n:5} {r:5} {100 * r / n:6.0f} %")
        print(f"{'all':28} {'':8} {total:5} {real:5} {100 * real / total:6.1f} %")
    for part in ("debian", "public"):
        fs = [f for f in files if f.startswith(os.path.join(CORPUS, part) + "/")]
        fail = [f for f in fs if failing[f]]
        print(f"\n{part}: {len(fs)} files, {len(fail)} fail a default run, "
              f"{sum(1 for f in fail if f in real_files)} of them with a real finding")
    for u in unjudged:
        print("not judged:", u, file=sys.stderr)
    for s in stale:
        print("stale judgement:", *s, file=sys.stderr)
    return 1 if unjudged or stale else 0


if __name__ == "__main__":
    sys.exit(main())
