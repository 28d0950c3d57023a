// hcl-syntax: a Terraform file the scanner cannot read, so the schedules after that point are not
// found.

#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Reports where a Terraform file (`*.tf`) stops being readable HCL for cronlint's scanner, at the
line and column where it stopped, with its reason: a string not closed on its line, a `/*`
comment or a heredoc never closed, a `}` that closes no block, a block never closed, an escape
HCL does not have (`\d`).

## Why is this bad?
`terraform validate` and `terraform plan` refuse such a file, so nothing in it is deployed. The
resources after the error are not read either, so their schedules go unchecked until it is
fixed. (The scanner is not a full HCL parser: it reads blocks, attributes, strings, comments and
heredocs, and skips expressions without judging them; what it reports here are mistakes that
stop any HCL reader.)

## Example
<!-- cronlint: --kind=terraform -->
    resource "aws_cloudwatch_event_rule" "nightly" {
      schedule_expression = "cron(0 3 * * ? *)
    }

## Use instead
<!-- cronlint: --kind=terraform -->
    resource "aws_cloudwatch_event_rule" "nightly" {
      schedule_expression = "cron(0 3 * * ? *)"
    })doc";

}  // namespace

// Reported by the reader of Terraform files (embedded/kinds/terraform.cpp); no check of its own.
extern const lint::Rule hcl_syntax{{.id = "hcl-syntax",
                                    .severity = Severity::error,
                                    .category = lint::Category::syntax,
                                    .summary = "a Terraform file cronlint cannot read as HCL",
                                    .doc = doc},
                                   nullptr,
                                   nullptr,
                                   nullptr};

}  // namespace cronkit::rules
