// Which format a crontab is read in when nothing declares it, how sure the user rules are, and
// the driver's rule that a structurally broken line gets its one structural finding.

#include "lint/format_inference.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lint/lint.hpp"
#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using lint::FormatBasis;
using lint::infer_format;

// Every default warning or error of a file linted as cronlint would, by (line, rule).
std::vector<std::string> default_findings(std::string_view text, std::string path) {
  lint::LintInput input;
  input.text = std::string(text);
  input.display_path = path;
  input.path_for_defaults = path;
  lint::LintedFile linted = lint::lint_text(std::move(input));
  std::vector<std::string> found;
  for (const lint::Finding& finding : linted.result.findings) {
    if (finding.severity == Severity::info) continue;
    found.push_back(std::to_string(finding.span.line) + " " + finding.rule + " " +
                    std::string(severity_name(finding.severity)));
  }
  return found;
}

TEST(FormatInference, CronsOwnPlacesDeclareTheFormat) {
  EXPECT_EQ(infer_format("/etc/cron.d/x", "0 3 * * * /x\n", DialectId::debian).basis,
            FormatBasis::declared);
  EXPECT_EQ(infer_format("/etc/crontab", "", DialectId::debian).format, CrontabFormat::system);
  lint::InferredFormat spool =
      infer_format("/var/spool/cron/crontabs/alice", "0 3 * * * root /x\n", DialectId::debian);
  EXPECT_EQ(spool.format, CrontabFormat::user);
  EXPECT_EQ(spool.basis, FormatBasis::declared);
}

TEST(FormatInference, TheEntriesDecideWhereThePathDoesNot) {
  lint::InferredFormat system =
      infer_format("docker/crontab",
                   "# c\nSHELL=/bin/sh\n0 3 * * * www-data php /app/artisan x\n"
                   "@daily root /usr/local/bin/backup\n*/5 * * * * appuser cd /app && ./x\n",
                   DialectId::debian);
  EXPECT_EQ(system.format, CrontabFormat::system);
  EXPECT_EQ(system.basis, FormatBasis::content);
  lint::InferredFormat user =
      infer_format("etc/crontab", "0 3 * * * /usr/bin/x\n@hourly php /app/y\n", DialectId::debian);
  EXPECT_EQ(user.format, CrontabFormat::user);
  EXPECT_EQ(user.basis, FormatBasis::content);
  // Nothing tells: the path's convention, as a guess.
  lint::InferredFormat none = infer_format("etc/crontab", "# empty\n", DialectId::debian);
  EXPECT_EQ(none.format, CrontabFormat::system);
  EXPECT_EQ(none.basis, FormatBasis::guessed);
  EXPECT_EQ(infer_format("", "0 3 * * * nightlyjob\n", DialectId::debian).basis,
            FormatBasis::guessed);
}

TEST(FormatInference, DisagreementIsAGuessWithItsEvidence) {
  lint::InferredFormat mixed = infer_format(
      "crontab", "0 3 * * * root /x\n0 4 * * * root /y\n0 5 * * * /z\n", DialectId::debian);
  EXPECT_EQ(mixed.format, CrontabFormat::system);
  EXPECT_EQ(mixed.basis, FormatBasis::guessed);
  EXPECT_NE(mixed.evidence.find("2 entries have a user name after the schedule (line 1), 1 a "
                                "command (line 3)"),
            std::string::npos)
      << mixed.evidence;
  // A repository's cron.d directory says system; user lines in it are evidence against that.
  lint::InferredFormat cron_d =
      infer_format("deploy/cron.d/app", "0 3 * * * /x\n", DialectId::debian);
  EXPECT_EQ(cron_d.format, CrontabFormat::system);
  EXPECT_EQ(cron_d.basis, FormatBasis::path);
  EXPECT_NE(cron_d.evidence.find("cron.d directory"), std::string::npos) << cron_d.evidence;
}

// An error where the format is declared; a warning with the evidence where it is not.
TEST(FormatInference, UserRulesAreErrorsOnlyForADeclaredFormat) {
  EXPECT_EQ(default_findings("0 3 * * * /x\n", "/etc/cron.d/app"),
            std::vector<std::string>{"1 user-field-missing error"});
  EXPECT_EQ(default_findings("0 3 * * * /x\n", "deploy/cron.d/app"),
            std::vector<std::string>{"1 user-field-missing warning"});
  EXPECT_EQ(default_findings("0 3 * * * root /x\n0 4 * * * root /y\n0 5 * * * /z\n", "crontab"),
            std::vector<std::string>{"3 user-field-missing warning"});
  EXPECT_EQ(default_findings("0 3 * * * root /x\n", "/var/spool/cron/crontabs/alice"),
            std::vector<std::string>{"1 user-field-in-user-crontab error"});
  // A system-format file named like a user crontab: read as what it is, nothing to report.
  EXPECT_TRUE(default_findings("0 3 * * * root /x\n", "docker/crontab").empty());
  EXPECT_TRUE(default_findings("0 3 * * * /x\n", "etc/crontab").empty());
}

// A broken line gets its structural finding only: no rule reads its user name as a command.
TEST(BrokenLines, GetTheirStructuralFindingOnly) {
  EXPECT_EQ(default_findings("_ * * * * root logrotate /etc/l\n", "/etc/cron.d/app"),
            std::vector<std::string>{"1 field-syntax error"});
  EXPECT_EQ(default_findings("0 3 * * * cd /srv && ./x\n", "/etc/cron.d/app"),
            std::vector<std::string>{"1 user-field-missing error"});
  EXPECT_EQ(default_findings("0 3 * * * /usr/sbin/logrotate\n", "/etc/cron.d/app"),
            std::vector<std::string>{"1 user-field-missing error"});
  // The same command on a sound line is reported.
  EXPECT_EQ(default_findings("0 3 * * * root logrotate /etc/l\n", "/etc/cron.d/app"),
            std::vector<std::string>{"1 path-not-set warning"});
}

TEST(TemplatesAndBusybox, PlaceholdersAndBusyboxsLayout) {
  EXPECT_TRUE(default_findings("${MINUTES} * * * * /usr/bin/x\n", "crontab.tpl").empty());
  EXPECT_EQ(default_findings("${MINUTES} * * * * /usr/bin/x\n", "crontab"),
            std::vector<std::string>{"1 field-syntax error"});
  EXPECT_TRUE(default_findings("*/5 * * * * %python% -m x\n", "crontab.tpl").empty());
  // busybox crond reads a last line without a newline and leaves `%` to ash.
  std::string busybox_job = "0 */12 * * * sleep $((60 + $RANDOM % 230)); /app/renew.sh";
  EXPECT_TRUE(default_findings(busybox_job, "root/etc/crontabs/root").empty());
  EXPECT_TRUE(default_findings(busybox_job, "crontabs/root").empty());
  std::vector<std::string> debian = default_findings(busybox_job, "/var/spool/cron/crontabs/root");
  EXPECT_EQ(debian.size(), 3u) << ::testing::PrintToString(debian);
}

TEST(CronDPlaceholder, AFileWithoutJobsIsNotReported) {
  EXPECT_TRUE(default_findings("", "etc/cron.d/.placeholder").empty());
  EXPECT_TRUE(default_findings("# keeps the directory\n", "/etc/cron.d/.placeholder").empty());
  EXPECT_EQ(default_findings("0 3 * * * root /x\n", "/etc/cron.d/.hidden"),
            std::vector<std::string>{"0 cron-d-filename-invalid error"});
}

TEST(CrlfLineEndings, CommentLinesAreLeftAlone) {
  EXPECT_EQ(default_findings("# note\r\n0 3 * * * /x\r\n# end\r\n", "crontab"),
            std::vector<std::string>{"2 crlf-line-endings error"});
}

}  // namespace
}  // namespace cronkit::testing
