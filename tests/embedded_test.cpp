// lib/embedded: which kind a file is, the schedules found in workflows and manifests, and the
// exact place in the file of every byte of each, for every YAML way of writing a string.

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "embedded/embedded.hpp"
#include "embedded/yaml_tree.hpp"
#include "lint/lint.hpp"

namespace cronkit::embedded {
namespace {

Extraction workflow(std::string_view text) {
  return file_kind(FileKind::github_workflow).extract(text);
}
Extraction manifest(std::string_view text) {
  return file_kind(FileKind::kubernetes_manifest).extract(text);
}

// "line:column" of the first byte of the found expression, and the bytes it was read from.
std::string where(std::string_view text, const FoundText& found) {
  const Span span = LineIndex(text).span(found.begin, found.end);
  return std::to_string(span.line) + ":" + std::to_string(span.column) + " " +
         std::string(text.substr(found.begin, found.end - found.begin));
}

TEST(FileKinds, AreRecognisedByPathAndContent) {
  EXPECT_EQ(recognise_file_kind(".github/workflows/nightly.yml", ""), FileKind::github_workflow);
  EXPECT_EQ(recognise_file_kind("repo/.github/workflows/a.yaml", ""), FileKind::github_workflow);
  EXPECT_EQ(recognise_file_kind(".github/workflows/sub/a.yml", ""), std::nullopt);
  EXPECT_EQ(recognise_file_kind(".github/dependabot.yml", ""), std::nullopt);
  EXPECT_EQ(recognise_file_kind("k8s/backup.yaml", "apiVersion: batch/v1\nkind: CronJob\n"),
            FileKind::kubernetes_manifest);
  EXPECT_EQ(recognise_file_kind("k8s/all.json", "{\"kind\": \"CronJob\"}"),
            FileKind::kubernetes_manifest);
  EXPECT_EQ(recognise_file_kind("k8s/app.yaml", "kind: Deployment\n# a CronJob later\n"),
            std::nullopt);
  // A crontab that mentions CronJob is still a crontab: only data files are read for content.
  EXPECT_EQ(recognise_file_kind("etc/cron.d/x", "kind: CronJob\n"), std::nullopt);
  EXPECT_EQ(file_kind_named("kubernetes-manifest")->id, FileKind::kubernetes_manifest);
  EXPECT_EQ(file_kind_named("crontab"), nullptr);
  // In FileKind order; more kinds follow.
  EXPECT_TRUE(file_kind_names().starts_with("github-workflow, kubernetes-manifest, "))
      << file_kind_names();
}

TEST(WorkflowSchedules, EveryScalarStyleHasItsExactPlace) {
  const std::string text =
      "name: nightly\n"
      "on:\n"
      "  schedule:\n"
      "    - cron: 5 4 * * *\n"
      "    - cron: '*/15 * * * *'\n"
      "    - cron: \"30 2 * * 1-5\"\n"
      "    - cron: |\n"
      "        0 6 * * *\n"
      "    - cron: >-\n"
      "        0 7\n"
      "        * * 0\n"
      "      timezone: Europe/Berlin\n";
  const Extraction found = workflow(text);
  ASSERT_TRUE(found.problems.empty());
  ASSERT_EQ(found.schedules.size(), 5u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "4:13 5 4 * * *");
  EXPECT_TRUE(found.schedules[0].expression.plain);
  EXPECT_EQ(where(text, found.schedules[1].expression), "5:14 */15 * * * *");
  EXPECT_EQ(where(text, found.schedules[2].expression), "6:14 30 2 * * 1-5");
  // A literal block keeps its final newline; the value starts on the line after the `|`.
  EXPECT_EQ(found.schedules[3].expression.value, "0 6 * * *\n");
  EXPECT_EQ(where(text, found.schedules[3].expression).substr(0, 4), "8:9 ");
  // A folded block joins its lines with a space that comes from the line break.
  const FoundText& folded = found.schedules[4].expression;
  EXPECT_EQ(folded.value, "0 7 * * 0");
  EXPECT_TRUE(folded.exact);
  EXPECT_EQ(text[folded.sources[3].begin], '\n');
  EXPECT_EQ(text.substr(folded.sources[4].begin, 1), "*");
  EXPECT_EQ(LineIndex(text).span(folded.sources[4].begin, folded.sources[4].end).line, 11u);
  ASSERT_TRUE(found.schedules[4].zone);
  EXPECT_EQ(found.schedules[4].zone->value, "Europe/Berlin");
  EXPECT_EQ(where(text, *found.schedules[4].zone), "12:17 Europe/Berlin");
  EXPECT_EQ(found.schedules[4].owner, "on.schedule[4]");
  EXPECT_EQ(found.schedules[0].dialect, DialectId::github_actions);
}

TEST(WorkflowSchedules, EscapesMapToTheirWholeSpelling) {
  const std::string text = "on:\n  schedule:\n    - cron: \"\\x2A/5 \\u002A * * *\"\n";
  const Extraction found = workflow(text);
  ASSERT_EQ(found.schedules.size(), 1u);
  const FoundText& cron = found.schedules[0].expression;
  EXPECT_EQ(cron.value, "*/5 * * * *");
  EXPECT_TRUE(cron.exact);
  // `*` is `\x2A`: four bytes of the file, starting inside the quotes.
  EXPECT_EQ(text.substr(cron.sources[0].begin, cron.sources[0].end - cron.sources[0].begin),
            "\\x2A");
  EXPECT_EQ(text.substr(cron.sources[1].begin, 1), "/");
  EXPECT_EQ(text.substr(cron.sources[4].begin, cron.sources[4].end - cron.sources[4].begin),
            "\\u002A");
}

TEST(WorkflowSchedules, SingleQuotesDoubledAndFlowStyle) {
  const auto sources = trace_scalar("'a''b'", 0, 6, ScalarStyle::single_quoted, "a'b");
  ASSERT_TRUE(sources);
  ASSERT_EQ(sources->size(), 3u);
  EXPECT_EQ((*sources)[1].begin, 2u);
  EXPECT_EQ((*sources)[1].end, 4u);
  EXPECT_EQ((*sources)[2].begin, 4u);
  // What the tracer cannot reproduce is refused, never guessed.
  EXPECT_FALSE(trace_scalar("'ab'", 0, 4, ScalarStyle::single_quoted, "xy"));

  const std::string text = "on: {schedule: [{cron: '5 4 * * *', timezone: UTC}]}\n";
  const Extraction found = workflow(text);
  ASSERT_EQ(found.schedules.size(), 1u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "1:25 5 4 * * *");
  EXPECT_EQ(where(text, *found.schedules[0].zone), "1:47 UTC");
}

TEST(WorkflowSchedules, ColumnsCountBytesAfterMultiByteCharacters) {
  // libyaml's marks count characters; the file's columns count bytes.
  const std::string text =
      "name: \"über — nightly\"\non: {schedule: [{x: \"é\", cron: '5 4 * * *'}]}\n";
  const Extraction found = workflow(text);
  ASSERT_EQ(found.schedules.size(), 1u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "2:34 5 4 * * *");
}

TEST(WorkflowSchedules, CrlfLinesAndAByteOrderMark) {
  const std::string text = "\xEF\xBB\xBFon:\r\n  schedule:\r\n    - cron: '5 4 * * *'\r\n";
  const Extraction found = workflow(text);
  ASSERT_EQ(found.schedules.size(), 1u);
  EXPECT_EQ(found.schedules[0].expression.value, "5 4 * * *");
  EXPECT_EQ(where(text, found.schedules[0].expression), "3:14 5 4 * * *");
  // A span ends before the line's \r.
  const Span line_span = LineIndex(text).span(found.schedules[0].expression.begin, 1000);
  EXPECT_EQ(text[line_span.end], '\r');
}

TEST(WorkflowSchedules, AnAliasIsReadWhereItsAnchorIs) {
  const std::string text =
      "x-nightly: &nightly '5 4 * * *'\n"
      "on:\n  schedule:\n    - cron: *nightly\n";
  const Extraction found = workflow(text);
  ASSERT_EQ(found.schedules.size(), 1u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "1:22 5 4 * * *");
}

TEST(WorkflowSchedules, OnlyTheScheduleTriggerIsRead) {
  EXPECT_TRUE(workflow("on: push\n").schedules.empty());
  EXPECT_TRUE(workflow("on: [push, schedule]\n").schedules.empty());
  EXPECT_TRUE(workflow("on:\n  schedule: '5 4 * * *'\n").schedules.empty());
  EXPECT_TRUE(workflow("jobs:\n  a:\n    cron: '5 4 * * *'\n").schedules.empty());
  EXPECT_TRUE(workflow("").schedules.empty());
  EXPECT_TRUE(workflow("").problems.empty());
}

TEST(WorkflowSchedules, AnUnquotedStarIsAYamlErrorAtTheStar) {
  const std::string text = "on:\n  schedule:\n    - cron: */15 * * * *\n";
  const Extraction found = workflow(text);
  EXPECT_TRUE(found.schedules.empty());
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(found.problems[0].rule, "yaml-syntax");
  EXPECT_EQ(text[found.problems[0].begin], '*');
  const Span span = LineIndex(text).span(found.problems[0].begin, found.problems[0].end);
  EXPECT_EQ(span.line, 3u);
  EXPECT_EQ(span.column, 13u);
  EXPECT_NE(found.problems[0].message.find("alias"), std::string::npos);
}

TEST(WorkflowSchedules, AnExpressionIsReportedOnceAndNotChecked) {
  const std::string text = "on:\n  schedule:\n    - cron: '${{ inputs.cron }}'\n";
  const Extraction found = workflow(text);
  EXPECT_TRUE(found.schedules.empty());
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(found.problems[0].rule, "schedule-not-literal");
  EXPECT_EQ(LineIndex(text).span(found.problems[0].begin, found.problems[0].end).column, 14u);
}

TEST(ManifestSchedules, EveryCronJobOfAMultiDocumentFile) {
  const std::string text =
      "apiVersion: apps/v1\n"
      "kind: Deployment\n"
      "spec:\n"
      "  schedule: '1 1 1 1 1'\n"
      "---\n"
      "apiVersion: batch/v1\n"
      "kind: CronJob\n"
      "metadata:\n"
      "  name: backup\n"
      "spec:\n"
      "  schedule: \"0 2 * * *\"\n"
      "  timeZone: Europe/Berlin\n"
      "---\n"
      "kind: List\n"
      "items:\n"
      "- kind: CronJob\n"
      "  metadata: {name: report}\n"
      "  spec: {schedule: 'CRON_TZ=UTC 30 6 * * 1'}\n";
  const Extraction found = manifest(text);
  ASSERT_TRUE(found.problems.empty());
  ASSERT_EQ(found.schedules.size(), 2u);
  EXPECT_EQ(found.schedules[0].owner, "CronJob backup");
  EXPECT_EQ(where(text, found.schedules[0].expression), "11:14 0 2 * * *");
  EXPECT_EQ(found.schedules[0].zone_key, "spec.timeZone");
  EXPECT_EQ(where(text, *found.schedules[0].zone), "12:13 Europe/Berlin");
  EXPECT_EQ(found.schedules[1].owner, "CronJob report");
  EXPECT_EQ(where(text, found.schedules[1].expression), "18:21 CRON_TZ=UTC 30 6 * * 1");
  EXPECT_FALSE(found.schedules[1].zone);
  EXPECT_EQ(found.schedules[1].dialect, DialectId::kubernetes);
}

TEST(ManifestSchedules, JsonIsReadAsYaml) {
  const std::string text =
      "{\n  \"kind\": \"CronJob\",\n  \"spec\": {\"schedule\": \"*/5 * * * *\"}\n}\n";
  const Extraction found = manifest(text);
  ASSERT_EQ(found.schedules.size(), 1u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "3:25 */5 * * * *");
}

TEST(ManifestSchedules, TemplatesAreReportedOnce) {
  const std::string value = "kind: CronJob\nspec:\n  schedule: \"{{ .Values.schedule }}\"\n";
  Extraction found = manifest(value);
  EXPECT_TRUE(found.schedules.empty());
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(found.problems[0].rule, "schedule-not-literal");
  // A Helm template is not YAML before it is rendered: one finding for the file, no YAML error.
  const std::string chart =
      "{{- if .Values.enabled }}\nkind: CronJob\nspec:\n  schedule: {{ .Values.schedule | quote "
      "}}\n  {{- with .Values.zone }}\n  timeZone: {{ . }}\n  {{- end }}\n{{- end }}\n";
  found = manifest(chart);
  EXPECT_TRUE(found.schedules.empty());
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(found.problems[0].rule, "schedule-not-literal");
  EXPECT_EQ(found.problems[0].begin, 0u);
}

TEST(HostileInput, IsAnErrorAtAPlaceNeverACrash) {
  const std::vector<std::string> inputs = {
      std::string("kind: CronJob\nspec:\n  schedule: \"0 \0 * * *\"\n", 36),
      "kind: CronJob\nspec:\n  schedule: '\xFF\xFE'\n",
      "kind: CronJob\nspec: {schedule: '0 * * * *'\n",
      "kind: CronJob\nspec:\n  schedule: \"unterminated\n",
      std::string(100000, '['),
      std::string(50000, '-') + "\n",
      "a: &a [*a, *a]\nkind: CronJob\nspec: {schedule: *a}\n",
      "\t\tkind: CronJob\n",
      "kind: CronJob\nspec:\n  schedule: *missing\n",
  };
  for (const std::string& input : inputs) {
    for (FileKind kind : {FileKind::github_workflow, FileKind::kubernetes_manifest}) {
      const Extraction found = file_kind(kind).extract(input);
      for (const FileProblem& problem : found.problems) {
        EXPECT_LE(problem.begin, input.size());
        EXPECT_LE(problem.end, input.size());
        EXPECT_FALSE(problem.message.empty());
      }
    }
  }
  // Deep nesting is refused early, at the level that goes too deep, instead of taking minutes.
  const Extraction deep = manifest(std::string(100000, '['));
  ASSERT_EQ(deep.problems.size(), 1u);
  EXPECT_EQ(deep.problems[0].begin, 1000u);
  EXPECT_NE(deep.problems[0].message.find("nested deeper than 1000 levels"), std::string::npos);
  const std::string binary("kind: CronJob\n\x01\x02\x03\n", 17);
  const Extraction found = manifest(binary);
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(found.problems[0].rule, "yaml-syntax");
  const Span span = LineIndex(binary).span(found.problems[0].begin, found.problems[0].end);
  EXPECT_EQ(span.line, 2u);
  EXPECT_EQ(span.column, 1u);
}

// Through the linter: a finding about the expression lands on the file's bytes.
TEST(EmbeddedLint, FindingsAreAtTheirPlaceInTheFile) {
  lint::LintInput input;
  input.text = "on:\n  schedule:\n    - cron: \"\\x36\\x31 3 * * *\"\n";
  input.display_path = input.path_for_defaults = ".github/workflows/a.yml";
  const lint::LintedFile linted = lint::lint_text(std::move(input));
  ASSERT_EQ(linted.file_kind, FileKind::github_workflow);
  ASSERT_FALSE(linted.result.findings.empty());
  const Finding& finding = linted.result.findings.front();
  EXPECT_EQ(finding.span.line, 3u);
  EXPECT_EQ(finding.span.column, 14u);
  // `61` is `\x36\x31`: eight bytes of the file.
  EXPECT_EQ(finding.span.end_column, 22u);
}

}  // namespace
}  // namespace cronkit::embedded
