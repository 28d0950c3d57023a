// The lint driver: rule selection, suppressions, directives, one finding per (line, rule), the
// registry, and the two file-format rules written first.

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "lint/directives.hpp"
#include "lint/lint.hpp"
#include "lint/registry.hpp"

namespace cronkit::lint {
namespace {

// Only the two file-format rules (and what a test adds), so that other rules' findings do not
// get in the way.
RuleSelection only_file_format_rules() {
  return RuleSelection{
      {{"all", false}, {"crlf-line-endings", true}, {"missing-final-newline", true}}};
}

std::vector<Finding> run(const std::string& text,
                         RuleSelection selection = only_file_format_rules(),
                         DialectId dialect = DialectId::debian,
                         std::optional<CrontabFormat> format = std::nullopt) {
  LintInput input;
  input.text = text;
  input.format = format;
  input.display_path = "-";
  input.options.dialect = dialect;
  input.selection = std::move(selection);
  return lint_text(std::move(input)).result.findings;
}

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> rules;
  for (const Finding& finding : findings) {
    rules.push_back(std::to_string(finding.span.line) + ":" + finding.rule);
  }
  return rules;
}

TEST(Registry, IsSortedAndEveryRuleHasADocWithTheHeadings) {
  auto rules = all_rules();
  ASSERT_GE(rules.size(), 2u);
  for (std::size_t i = 1; i < rules.size(); ++i) {
    EXPECT_LT(rules[i - 1]->info.id, rules[i]->info.id);
  }
  for (const Rule* rule : rules) {
    SCOPED_TRACE(std::string(rule->info.id));
    // Findings of the readers of workflows, manifests, templates and Terraform files (not YAML,
    // not HCL, a template) are reported
    // under these rules' ids by lint_embedded_file; every other rule has a check.
    const bool reported_by_reader = rule->info.id == "yaml-syntax" ||
                                    rule->info.id == "hcl-syntax" ||
                                    rule->info.id == "schedule-not-literal";
    EXPECT_TRUE(rule->check || rule->check_entry || rule->check_found || rule->check_expression ||
                reported_by_reader);
    EXPECT_FALSE(rule->info.summary.empty());
    for (std::string_view heading :
         {"## What it does\n", "## Why is this bad?\n", "## Example\n", "## Use instead\n"}) {
      EXPECT_NE(rule->info.doc.find(heading), std::string_view::npos) << heading;
    }
    EXPECT_EQ(find_rule(rule->info.id), rule);
  }
}

TEST(Registry, SuggestsTheClosestId) {
  EXPECT_EQ(closest_rule_id("missing-final-newlin"), "missing-final-newline");
  EXPECT_EQ(closest_rule_id("crlf"), "crlf-line-endings");
  EXPECT_EQ(closest_rule_id("zzzzzzzzzzzzzzzzzzzzzzzzzz"), "");
}

TEST(CrlfLineEndings, FiresOnEachCrLineAndFixesByDeletingTheCr) {
  auto findings = run("0 5 * * * /usr/local/bin/backup.sh\r\n# ok\n1 5 * * * x\r\n");
  ASSERT_EQ(rules_of(findings),
            (std::vector<std::string>{"1:crlf-line-endings", "3:crlf-line-endings"}));
  EXPECT_EQ(findings[0].span.column, 35u);
  ASSERT_TRUE(findings[0].fix);
  EXPECT_EQ(findings[0].fix->replacement, "");
  EXPECT_EQ(findings[0].fix->span.begin, 34u);
  EXPECT_EQ(findings[0].severity, Severity::error);
}

TEST(CrlfLineEndings, FiresOnABareCarriageReturn) {
  auto findings = run("0 5 * * * a\rb\n");
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"1:crlf-line-endings"}));
  EXPECT_EQ(findings[0].span.column, 12u);
}

TEST(CrlfLineEndings, SilentOnUnixLineEndings) {
  EXPECT_TRUE(run("0 5 * * * /usr/local/bin/backup.sh\n").empty());
}

TEST(CrlfLineEndings, ReportsAtMostFiftyLines) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "0 5 * * * x" + std::to_string(i) + "\r\n";
  auto findings = run(text);
  ASSERT_EQ(findings.size(), 50u);
  EXPECT_NE(findings.back().message.find("not reported"), std::string::npos);
}

TEST(MissingFinalNewline, FiresOnALastEntryWithoutNewline) {
  auto findings = run("# nightly\n0 6 * * * /opt/reports/run.sh", only_file_format_rules(),
                      DialectId::debian, CrontabFormat::user);
  ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"2:missing-final-newline"}));
  EXPECT_EQ(findings[0].severity, Severity::error);
  EXPECT_EQ(findings[0].span.column, 30u);
  EXPECT_NE(findings[0].message.find("whole file"), std::string::npos);
  ASSERT_TRUE(findings[0].fix);
  EXPECT_EQ(findings[0].fix->replacement, "\n");
}

TEST(MissingFinalNewline, InfoForAUserCrontabWhosePlaceNothingDeclares) {
  // Debian's crontab(1) refuses it loudly; busybox crond and supercronic read it as it is.
  auto undeclared = run("0 6 * * * /opt/reports/run.sh");
  ASSERT_EQ(rules_of(undeclared), (std::vector<std::string>{"1:missing-final-newline"}));
  EXPECT_EQ(undeclared[0].severity, Severity::info);
  EXPECT_NE(undeclared[0].message.find("refuses to install"), std::string::npos);
  ASSERT_TRUE(undeclared[0].fix);
  // A system crontab (here: read from its user column) is skipped whole by Debian's cron.
  auto system = run("0 6 * * * root /opt/reports/run.sh");
  ASSERT_EQ(rules_of(system), (std::vector<std::string>{"1:missing-final-newline"}));
  EXPECT_EQ(system[0].severity, Severity::error);
  EXPECT_NE(system[0].message.find("whole file"), std::string::npos);
}

TEST(MissingFinalNewline, SaysOnlyTheEntryIsLostUnderCronie) {
  auto findings = run("0 6 * * * /opt/reports/run.sh", only_file_format_rules(), DialectId::cronie);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message.find("whole file"), std::string::npos);
}

TEST(MissingFinalNewline, SilentWithANewlineOrAFinalComment) {
  EXPECT_TRUE(run("0 6 * * * /opt/reports/run.sh\n").empty());
  EXPECT_TRUE(run("0 6 * * * /opt/reports/run.sh\n# end").empty());
  EXPECT_TRUE(run("").empty());
}

// The findings an unfilled placeholder causes merge into its one finding, at their worst level.
TEST(Precedence, AnUnfilledPlaceholderTakesOverWhatItCauses) {
  RuleSelection defaults;
  for (const char* text : {"<minute> * * * * /opt/x\n", "0 * * * * %py-interpreter% /opt/x.py\n"}) {
    auto findings = run(text, defaults);
    ASSERT_EQ(rules_of(findings), (std::vector<std::string>{"1:unfilled-placeholder"})) << text;
    EXPECT_EQ(findings[0].severity, Severity::error) << text;
    EXPECT_NE(findings[0].message.find("unfilled template placeholder"), std::string::npos);
  }
  // Alone, a placeholder in a command that cron runs as written stays a warning.
  auto alone = run("0 * * * * /path/to/script.sh\n", defaults);
  ASSERT_EQ(rules_of(alone), (std::vector<std::string>{"1:unfilled-placeholder"}));
  EXPECT_EQ(alone[0].severity, Severity::warning);
}

TEST(Selection, DisableAndEnableApplyInOrder) {
  RuleSelection selection;
  selection.changes = {{"all", false}, {"crlf-line-endings", true}};
  // (also checks that the default selection of the other tests is what they assume)
  EXPECT_EQ(rules_of(run("0 5 * * * x\r\n1 5 * * * y", selection)),
            (std::vector<std::string>{"1:crlf-line-endings"}));
  selection.changes = {
      {"all", false}, {"missing-final-newline", true}, {"crlf-line-endings", false}};
  EXPECT_EQ(rules_of(run("0 5 * * * x\r\n1 5 * * * y", selection)),
            (std::vector<std::string>{"2:missing-final-newline"}));
}

TEST(Selection, DefaultOffAndFilesystemRulesNeedToBeAsked) {
  RuleInfo off{.id = "x", .default_enabled = false};
  RuleInfo filesystem{.id = "y", .needs_filesystem = true};
  RuleSelection none;
  RuleSelection all{{{"all", true}}};
  EXPECT_FALSE(none.selects(off, false));
  EXPECT_TRUE(all.selects(off, false));
  EXPECT_FALSE(all.selects(filesystem, false));
  EXPECT_TRUE(none.selects(filesystem, true));
}

TEST(Suppression, DisableOnThePreviousLineSilencesThatEntryOnly) {
  std::string text =
      "# cronlint: disable=crlf-line-endings\n"
      "0 5 * * * x\r\n"
      "0 6 * * * y\r\n";
  EXPECT_EQ(rules_of(run(text)), (std::vector<std::string>{"3:crlf-line-endings"}));
}

TEST(Suppression, StackedCommentsAndListsWork) {
  std::string text =
      "# cronlint: disable=dom-dow-or, crlf-line-endings\n"
      "# a comment between\n"
      "0 5 * * * x\r\n";
  EXPECT_TRUE(run(text).empty());
}

TEST(Suppression, DisableFileSilencesEveryLine) {
  std::string text = "0 5 * * * x\r\n# cronlint: disable-file=crlf-line-endings\n0 6 * * * y\r\n";
  EXPECT_TRUE(run(text).empty());
  EXPECT_TRUE(run("# cronlint: disable-file=all\n0 6 * * * y").empty());
}

TEST(Directives, ReadsKindAndPathTogether) {
  Directives directives =
      scan_directives("# x\n#cronlint: kind=system path=/etc/cron.d/llm-reports\n0 1 * * * r x\n");
  ASSERT_TRUE(directives.format);
  EXPECT_EQ(*directives.format, CrontabFormat::system);
  ASSERT_TRUE(directives.path);
  EXPECT_EQ(*directives.path, "/etc/cron.d/llm-reports");
  EXPECT_TRUE(directives.problems.empty());
}

TEST(Directives, IgnoresTheMarkerOutsideCommentsAndReportsUnknownKeys) {
  Directives directives = scan_directives(
      "0 1 * * * echo cronlint: disable=all\n\n  # cronlint: disabel=x\n# cronlint: disable=a\n");
  EXPECT_TRUE(directives.file_suppressions.empty());
  ASSERT_EQ(directives.line_suppressions.size(), 1u);
  EXPECT_EQ(directives.line_suppressions[0].line, 4u);
  ASSERT_EQ(directives.problems.size(), 1u);
  EXPECT_EQ(directives.problems[0].span.line, 3u);
  EXPECT_EQ(directives.problems[0].span.column, 15u);
}

TEST(Directives, ReadsTheDialect) {
  Directives directives = scan_directives("# cronlint: dialect=systemd-cron\n0 1 * * * x\n");
  ASSERT_TRUE(directives.dialect);
  EXPECT_EQ(*directives.dialect, DialectId::systemd_cron);
  EXPECT_TRUE(directives.problems.empty());
  Directives unknown = scan_directives("# cronlint: dialect=vixie\n");
  EXPECT_FALSE(unknown.dialect);
  ASSERT_EQ(unknown.problems.size(), 1u);
  EXPECT_NE(unknown.problems[0].message.find("unknown dialect 'vixie'"), std::string::npos);
  EXPECT_NE(unknown.problems[0].message.find("busybox, supercronic, systemd-cron"),
            std::string::npos);
}

// --dialect > `# cronlint: dialect=` > cronkit.toml's `dialect` > the default (debian).
TEST(Dialect, PrecedenceOfCommandLineDirectiveConfigAndDefault) {
  const auto linted = [](std::string text, std::optional<DialectId> command_line,
                         std::optional<DialectId> configured) {
    LintInput input;
    input.text = std::move(text);
    input.display_path = "crontab";
    input.format = CrontabFormat::user;
    input.dialect = command_line;
    input.configured_dialect = configured;
    return lint_text(std::move(input)).options;
  };
  const std::string plain = "0 1 * * * /x\n";
  const std::string directive = "# cronlint: dialect=busybox\n0 1 * * * /x\n";
  LintOptions none = linted(plain, std::nullopt, std::nullopt);
  EXPECT_EQ(none.dialect, DialectId::debian);
  EXPECT_FALSE(none.dialect_declared);
  LintOptions config = linted(plain, std::nullopt, DialectId::cronie);
  EXPECT_EQ(config.dialect, DialectId::cronie);
  EXPECT_TRUE(config.dialect_declared);
  EXPECT_EQ(linted(directive, std::nullopt, DialectId::cronie).dialect, DialectId::busybox);
  LintOptions command_line = linted(directive, DialectId::bsd, DialectId::cronie);
  EXPECT_EQ(command_line.dialect, DialectId::bsd);
  EXPECT_TRUE(command_line.dialect_declared);
  // A declared debian is declared too: the dialect-signature hint stays silent.
  EXPECT_TRUE(linted(plain, DialectId::debian, std::nullopt).dialect_declared);
}

// A scheduler that is handed one expression has no crontab to read a file as: its name in a
// crontab's directive is reported at the directive and ignored, so the file (and, in a directory
// walk, every other file) is still linted, under the dialect that applies without it.
TEST(Dialect, SchedulerDialectInADirectiveIsReportedAndIgnored) {
  Directives directives = scan_directives("# cronlint: dialect=kubernetes\n0 1 * * * x\n");
  EXPECT_FALSE(directives.dialect);
  ASSERT_EQ(directives.problems.size(), 1u);
  EXPECT_EQ(directives.problems[0].span.line, 1u);
  EXPECT_EQ(directives.problems[0].span.column, 13u);
  EXPECT_NE(directives.problems[0].message.find("reads no crontab file"), std::string::npos);
  // The unknown-name message offers only the daemons that read crontab files.
  Directives unknown = scan_directives("# cronlint: dialect=vixie\n");
  ASSERT_EQ(unknown.problems.size(), 1u);
  EXPECT_EQ(unknown.problems[0].message.find("kubernetes"), std::string::npos);

  LintInput input;
  input.text = "# cronlint: dialect=airflow\n0 1 * * * root /x\n";
  input.display_path = "/etc/cron.d/x";
  input.path_for_defaults = "/etc/cron.d/x";
  input.configured_dialect = DialectId::cronie;
  input.selection = RuleSelection{{{"all", false}, {"directive-invalid", true}}};
  const LintedFile linted = lint_text(std::move(input));
  EXPECT_FALSE(linted.file_kind);
  EXPECT_EQ(linted.crontab.dialect, DialectId::cronie);
  ASSERT_EQ(linted.result.findings.size(), 1u);
  EXPECT_EQ(linted.result.findings[0].rule, "directive-invalid");
  EXPECT_EQ(linted.result.findings[0].span.line, 1u);
  EXPECT_EQ(linted.result.findings[0].span.column, 13u);
}

// A daemon without system crontabs reads every file as a user crontab, /etc/crontab included.
TEST(Dialect, NoSystemCrontabsMeansTheUserFormat) {
  LintInput input;
  input.text = "0 1 * * * root /x\n";
  input.display_path = "/etc/crontab";
  input.path_for_defaults = "/etc/crontab";
  input.dialect = DialectId::busybox;
  EXPECT_EQ(lint_text(std::move(input)).options.format, CrontabFormat::user);
}

TEST(Messages, AreCutWhenTheyQuoteHugeText) {
  std::string text = "# cronlint: " + std::string(100000, 'x') + "\n0 5 * * * /x\n";
  auto findings = run(text, RuleSelection{{{"all", false}, {"directive-invalid", true}}});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "directive-invalid");
  EXPECT_LE(findings[0].message.size(), 403u);
  EXPECT_TRUE(findings[0].message.ends_with("..."));
}

TEST(RuleSelection, ACategoryNamesEveryRuleOfItInCommandLineOrder) {
  const RuleInfo& overlap = find_rule("no-overlap-lock")->info;
  const RuleInfo& timeout = find_rule("no-timeout")->info;
  const RuleInfo& dom_dow = find_rule("dom-dow-or")->info;
  ASSERT_EQ(overlap.category, Category::hardening);
  ASSERT_EQ(timeout.category, Category::hardening);
  EXPECT_FALSE(RuleSelection{}.selects(overlap, false)) << "advice is off by default";
  RuleSelection hardening{{{"hardening", true}}};
  EXPECT_TRUE(hardening.selects(overlap, false));
  EXPECT_TRUE(hardening.selects(timeout, false));
  EXPECT_TRUE(hardening.selects(dom_dow, false)) << "other categories keep their default";
  RuleSelection all_but_one{{{"hardening", true}, {"no-timeout", false}}};
  EXPECT_TRUE(all_but_one.selects(overlap, false));
  EXPECT_FALSE(all_but_one.selects(timeout, false));
  RuleSelection schedule_off{{{"schedule", false}}};
  EXPECT_FALSE(schedule_off.selects(dom_dow, false));
  EXPECT_EQ(category_named("hardening"), Category::hardening);
  EXPECT_EQ(category_named("no-such-category"), std::nullopt);
  EXPECT_EQ(category_name(Category::filesystem), "filesystem");
}

}  // namespace
}  // namespace cronkit::lint
