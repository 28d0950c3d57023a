// schedule-not-literal: a schedule that is a template, which cronlint cannot check.

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Reports, once, a schedule in a file that is not a literal: a template expression such as
`{{ .Values.schedule }}` (Helm), `${{ inputs.cron }}` (GitHub) or `${var}`, a whole file that is
a template and becomes YAML only when it is rendered, and in source code a schedule that is a
constant, a call (`Variable.get("cron")`), an f-string or a concatenation, a Spring placeholder
(`"${jobs.cron}"`) or an Azure app setting (`"%Schedule%"`).

## Why is this bad?
It may be fine, but it is not checked: cronlint never guesses what a template renders to, and a
clean report must not be read as "this schedule is right". Check the rendered file instead
(`helm template ... | cronlint --kind kubernetes-manifest`), or the value the setting or
property has in each environment (`cronlint --expr '0 0 3 * * *' --dialect spring`). In a GitHub
workflow an expression in `on.schedule` is never evaluated: GitHub reads the text as it is.

## Example
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "{{ .Values.schedule }}"

## Use instead
<!-- cronlint: --kind=kubernetes-manifest -->
    kind: CronJob
    spec:
      schedule: "30 2 * * *"
      timeZone: Europe/Berlin)doc";

}  // namespace

// Reported by the reader of such files (lint/embedded_file.cpp); no check of its own.
extern const lint::Rule schedule_not_literal{
    {.id = "schedule-not-literal",
     .severity = Severity::info,
     .category = lint::Category::schedule,
     .summary = "a schedule in a file (workflow, manifest, DAG, annotation) that is not a literal: "
                "not checked",
     .doc = doc},
    nullptr,
    nullptr,
    nullptr};

}  // namespace cronkit::rules
