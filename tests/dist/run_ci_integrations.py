#!/usr/bin/env python3
"""Runs what the repository ships for other people's CI on this machine, with the cronlint
installed from the .deb, on a sample repository with one good and one bad crontab:

- action.yml: every `run:` step as GitHub would run it (inputs substituted, env set, bash), with
  the .deb as the `deb` input; the `uses:` step (SARIF upload) needs GitHub, so in its place the
  SARIF file it would upload is validated against the SARIF 2.1.0 schema;
- dist/gitlab/cronlint.gitlab-ci.yml: the job's before_script (installing the .deb through its
  CRONKIT_DEB download) and script, and its Code Quality report's fields;
- .pre-commit-hooks.yaml: `pre-commit try-repo` of this checkout for each hook: the good file
  passes, the bad one fails.

Usage: run_ci_integrations.py CHECKOUT DEB   (as root, cronkit installed or installable)
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import yaml

checkout, deb = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
failures = []


def check(condition, what):
    print(("ok: " if condition else "FAIL: ") + what, flush=True)
    if not condition:
        failures.append(what)


def run(command, cwd, env=None, shell="bash"):
    result = subprocess.run([shell, "-c", command] if shell else command, cwd=cwd,
                            env={**os.environ, **(env or {})}, text=True, capture_output=True)
    print(f"$ {command if shell else ' '.join(command)}  (exit {result.returncode})")
    print(result.stdout + result.stderr, end="", flush=True)
    return result


def sample_repository():
    root = tempfile.mkdtemp(prefix="cronkit-sample-")
    files = {
        # Clean under the default rules: a system file with its user field, output kept.
        "etc/crontab": "SHELL=/bin/sh\nPATH=/usr/sbin:/usr/bin:/sbin:/bin\n\n"
                       "17 * * * * root cd / && run-parts --report /etc/cron.hourly\n",
        "etc/cron.d/backup": "SHELL=/bin/sh\nPATH=/usr/bin:/bin\nMAILTO=\"\"\n\n"
                             "30 2 * * * root /usr/local/bin/backup > /var/log/backup.log 2>&1\n",
        # cron rejects hour 24 (an error) and the % cuts the command.
        "deploy/jobs.crontab": "0 24 * * * date +%F >> /tmp/dates\n",
        "good/cronkit.toml": "[defaults]\ndialect = \"cronie\"\n",
        # A workflow and a CronJob that are fine, and one of each that GitHub or the API server
        # refuses (an unquoted `*` is not YAML; a CRON_TZ= prefix).
        "ci/.github/workflows/nightly.yml": "on:\n  schedule:\n    - cron: '17 3 * * *'\n",
        "alerts/.github/workflows/often.yml": "on:\n  schedule:\n    - cron: */15 * * * *\n",
        "k8s/good.yaml": "kind: CronJob\nspec:\n  schedule: '30 2 * * *'\n  timeZone: Etc/UTC\n",
        "k8s/bad.yaml": "kind: CronJob\nspec:\n  schedule: 'CRON_TZ=UTC 30 2 * * *'\n",
        "bad/cronkit.toml": "[defaults]\nmail_transfer_agent = false\n",
        # Schedules in source code: a good and a bad one of each kind, and an ordinary script
        # that every Python hook passes.
        "funcs/Good/function.json": '{"bindings": [{"type": "timerTrigger", '
                                    '"schedule": "0 17 3 * * *"}]}\n',
        "funcs/Bad/function.json": '{"bindings": [{"type": "timerTrigger", '
                                   '"schedule": "0 0 24 * * *"}]}\n',
        "dags/good.py": "from airflow import DAG\nDAG('a', schedule='17 3 * * *')\n",
        "dags/bad.py": "from airflow import DAG\nDAG('a', schedule='@dialy')\n",
        "assets/good.py": "import dagster as dg\n"
                          "s = dg.ScheduleDefinition(job=j, cron_schedule='17 3 * * *')\n",
        "assets/bad.py": "import dagster as dg\n"
                         "s = dg.ScheduleDefinition(job=j, cron_schedule='0 24 * * *')\n",
        "flows/good/prefect.yaml": "deployments:\n  - name: a\n    schedule:\n"
                                   "      cron: '17 3 * * *'\n",
        "flows/bad/prefect.yaml": "deployments:\n  - name: a\n    schedule:\n"
                                  "      cron: '0 24 * * *'\n",
        "src/Good.java": "import org.springframework.scheduling.annotation.Scheduled;\n"
                         "class Good { @Scheduled(cron = \"0 17 3 * * *\") void run() {} }\n",
        "src/Bad.java": "import org.springframework.scheduling.annotation.Scheduled;\n"
                        "class Bad { @Scheduled(cron = \"17 3 * * *\") void run() {} }\n",
        "tools/report.py": "# run from cron at 0 3 * * *, like the airflow DAGs\nprint('report')\n",
    }
    for path, text in files.items():
        os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(root, path), "w") as out:
            out.write(text)
    for command in (["git", "init", "-q"], ["git", "add", "."],
                    ["git", "-c", "user.name=ci", "-c", "user.email=ci@localhost", "commit", "-qm",
                     "sample"]):
        subprocess.run(command, cwd=root, check=True)
    return root


def github_expression(text, inputs):
    def value(match):
        name = match.group(1).strip()
        if name == "github.action_path":
            return checkout
        if name.startswith("inputs."):
            return str(inputs[name[len("inputs."):]])
        raise ValueError(f"no local value for ${{{{ {name} }}}}")
    return re.sub(r"\$\{\{([^}]*)\}\}", value, text)


def step_condition(expression, inputs):
    """A step's `if:` as GitHub evaluates it, for the expressions action.yml uses: always(),
    inputs.NAME, string literals, ==, && and ||."""
    expression = re.sub(r"^\$\{\{(.*)\}\}$", r"\1", expression.strip())
    expression = expression.replace("always()", "True").replace("&&", " and ").replace("||", " or ")
    expression = re.sub(r"inputs\.([\w-]+)", lambda m: repr(str(inputs[m.group(1)])), expression)
    return bool(eval(expression, {"__builtins__": {}}, {"true": True, "false": False}))


def run_action(root, given):
    """Runs action.yml's steps; returns the lint step's result and the SARIF file's path."""
    with open(os.path.join(checkout, "action.yml")) as f:
        action = yaml.safe_load(f)
    check(action["runs"]["using"] == "composite", "action.yml is a composite action")
    inputs = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    inputs.update(given)
    output_file = os.path.join(root, "github-output")
    open(output_file, "w").close()
    lint = None
    for step in action["runs"]["steps"]:
        if "uses" in step:
            wanted = step_condition(step.get("if", "true"), inputs)
            print(f"(step '{step['name']}' uses {step['uses']}: needs GitHub; "
                  f"{'its SARIF file is checked instead' if wanted else 'skipped, as on GitHub'})")
            continue
        env = {k: github_expression(str(v), inputs) for k, v in step.get("env", {}).items()}
        env["GITHUB_OUTPUT"] = output_file
        result = run(github_expression(step["run"], inputs), root, env, shell="bash")
        if step.get("id") == "lint":
            lint = result
        else:
            check(result.returncode == 0, f"action step '{step['name']}' succeeds")
    with open(output_file) as f:
        outputs = dict(line.strip().split("=", 1) for line in f if "=" in line)
    return lint, outputs.get("sarif-file")


def main():
    root = sample_repository()

    # The action on all crontabs (the bad one fails the step, with an annotation), then on the
    # good one only (the step passes), with SARIF.
    lint, sarif = run_action(root, {"deb": deb, "sarif": "true"})
    check(lint.returncode == 1, "action: the bad crontab fails the lint step")
    check("::error file=deploy/jobs.crontab,line=1" in lint.stdout,
          "action: an error annotation on deploy/jobs.crontab line 1")
    check(sarif == "cronlint.sarif" and os.path.exists(os.path.join(root, sarif)),
          "action: the SARIF file is written and named in the step's outputs")
    validation = run([sys.executable, os.path.join(checkout, "testdata/sarif/validate.py"),
                      os.path.join(root, sarif)], root, shell=None)
    check(validation.returncode == 0, "action: the SARIF it would upload is valid SARIF 2.1.0")
    lint, _ = run_action(root, {"deb": deb, "files": "etc/cron.d/*"})
    check(lint.returncode == 0 and "::" not in lint.stdout,
          "action: the good crontab passes without annotations")

    # The GitLab job: before_script installs the .deb from CRONKIT_DEB, script writes the report.
    with open(os.path.join(checkout, "dist/gitlab/cronlint.gitlab-ci.yml")) as f:
        template = yaml.safe_load(f)
    job = template["cronlint"]
    env = {k: str(v) for k, v in template["variables"].items()}
    env["CRONKIT_DEB"] = "file://" + deb
    result = run("set -e\n" + "\n".join(job["before_script"]), root, env)
    check(result.returncode == 0, "gitlab: before_script installs cronkit from CRONKIT_DEB")
    result = run("\n".join(job["script"]), root, env)
    check(result.returncode == 1, "gitlab: the bad crontab fails the job")
    report_path = os.path.join(root, job["artifacts"]["reports"]["codequality"])
    with open(report_path) as f:
        report = json.load(f)
    check(len(report) > 0, "gitlab: the Code Quality report has the findings")
    for issue in report:
        check(set(issue) == {"description", "check_name", "fingerprint", "severity", "location"}
              and issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
              and isinstance(issue["location"]["lines"]["begin"], int)
              and issue["location"]["path"] == "deploy/jobs.crontab",
              f"gitlab: issue {issue['check_name']} has GitLab's fields")
    check(len({issue["fingerprint"] for issue in report}) == len(report),
          "gitlab: fingerprints are unique")

    # pre-commit: each hook of this checkout on a file it accepts and on one it rejects.
    env = {"PRE_COMMIT_HOME": tempfile.mkdtemp(prefix="pre-commit-home-")}
    # A bad file must fail for the right reason: its finding or error is in the hook's output.
    for hook, good, bad, reason in [
        ("cronlint", "etc/cron.d/backup", "deploy/jobs.crontab", "[hour-out-of-range]"),
        ("cronlint-system-crontab", "etc/crontab", None, None),
        ("cronlint-cron-d", "etc/cron.d/backup", None, None),
        ("cronlint-user-crontab", None, "deploy/jobs.crontab", "[hour-out-of-range]"),
        ("cronlint-github-workflow", "ci/.github/workflows/nightly.yml",
         "alerts/.github/workflows/often.yml", "[yaml-syntax]"),
        ("cronlint-kubernetes", "k8s/good.yaml", "k8s/bad.yaml", "[cronjob-tz-prefix]"),
        ("cronkit-config", "good/cronkit.toml", "bad/cronkit.toml",
         "unknown key `mail_transfer_agent`"),
        ("cronlint-azure-functions", "funcs/Good/function.json", "funcs/Bad/function.json",
         "[field-syntax]"),
        ("cronlint-azure-functions", "tools/report.py", None, None),
        ("cronlint-airflow", "dags/good.py", "dags/bad.py", "[field-count]"),
        ("cronlint-airflow", "tools/report.py", None, None),
        ("cronlint-dagster", "assets/good.py", "assets/bad.py", "[hour-out-of-range]"),
        ("cronlint-dagster", "tools/report.py", None, None),
        ("cronlint-prefect", "flows/good/prefect.yaml", "flows/bad/prefect.yaml",
         "[hour-out-of-range]"),
        ("cronlint-spring", "src/Good.java", "src/Bad.java", "[field-count]"),
    ]:
        for path, expected in ((good, 0), (bad, 1)):
            if path is None:
                continue
            result = run(["pre-commit", "try-repo", checkout, hook, "--files", path], root, env,
                         shell=None)
            output = result.stdout + result.stderr
            check(result.returncode == expected and "Passed" in output if expected == 0
                  else result.returncode == expected and reason in output,
                  f"pre-commit {hook}: {path} {'passes' if expected == 0 else 'fails'}")
    # The hooks' file patterns: the cron.d hook leaves the user crontab alone and vice versa.
    result = run(["pre-commit", "try-repo", checkout, "cronlint-cron-d", "--files",
                  "deploy/jobs.crontab"], root, env, shell=None)
    check(result.returncode == 0 and "no files to check" in result.stdout.lower(),
          "pre-commit cronlint-cron-d: does not take a *.crontab file")

    if failures:
        print(f"{len(failures)} checks failed", file=sys.stderr)
        sys.exit(1)
    print("CI integrations: all checks passed")


main()
