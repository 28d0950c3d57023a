// yaml-syntax: a workflow or manifest that is not YAML, so none of its schedules can be read.

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Reports where a GitHub Actions workflow or a Kubernetes manifest stops being YAML, at the line
and column where the YAML reader stopped, with its reason. The commonest case in a workflow is
a schedule written without quotes: a plain value cannot start with `*`, because YAML reads `*`
as the start of an alias (`*name`).

## Why is this bad?
GitHub refuses a workflow file that is not YAML (the workflow does not run at all, scheduled or
not), and `kubectl apply` refuses the manifest. cronlint cannot find the schedules after the
error either, so nothing else in the file is checked until it is fixed.

## Example
<!-- cronlint: --kind=github-workflow -->
    on:
      schedule:
        - cron: */15 * * * *

## Use instead
<!-- cronlint: --kind=github-workflow -->
    on:
      schedule:
        - cron: '*/15 * * * *'

## Notes
A file with a template's `{{ ... }}` (a Helm chart) is YAML only once rendered; it is reported by
`schedule-not-literal` instead.)doc";

}  // namespace

// Reported by the reader of such files (lint/embedded_file.cpp); no check of its own.
extern const lint::Rule yaml_syntax{{.id = "yaml-syntax",
                                     .severity = Severity::error,
                                     .category = lint::Category::syntax,
                                     .summary = "a workflow or manifest is not YAML",
                                     .doc = doc},
                                    nullptr,
                                    nullptr,
                                    nullptr};

}  // namespace cronkit::rules
