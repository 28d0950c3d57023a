// cron-d-filename-invalid: an /etc/cron.d file name cron skips

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(CronDFilenameInvalid, DebianSkipsDottedNames) {
  Options dotted{.path = "/etc/cron.d/llm.reports", .format_from_path = true};
  EXPECT_CATCHES_AT("cron-d-filename-invalid", "0 5 * * * root /x\n", 0, 0, dotted);
  Options dashed{.path = "/etc/cron.d/llm-reports", .format_from_path = true};
  EXPECT_CATCHES_NOT("cron-d-filename-invalid", "0 5 * * * root /x\n", dashed);
  EXPECT_CATCHES_NOT("cron-d-filename-invalid", "0 5 * * * /x\n", Options{.path = "llm.reports"});
}

TEST(CronDFilenameInvalid, TheDirectiveGivesThePath) {
  EXPECT_CATCHES("cron-d-filename-invalid",
                 "# cronlint: kind=system path=/etc/cron.d/certbot.cron\n0 5 * * * root /x\n",
                 Options{.format_from_path = true});
}

TEST(CronDFilenameInvalid, UnderCronieDotsAreOnlyAPortabilityWarning) {
  auto findings = findings_of("cron-d-filename-invalid", "0 5 * * * root /x\n",
                              {.dialect = DialectId::cronie, .path = "/etc/cron.d/certbot.cron"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::warning);
  findings = findings_of("cron-d-filename-invalid", "0 5 * * * root /x\n",
                         {.dialect = DialectId::cronie, .path = "/etc/cron.d/jobs~"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::error);
}

TEST(CronDFilenameInvalid, MessagesSuggestAName) {
  std::string debian = only_message("cron-d-filename-invalid", "0 5 * * * root /x\n",
                                    {.path = "/etc/cron.d/llm.reports"});
  EXPECT_NE(debian.find("rename it to 'llm-reports'"), std::string::npos) << debian;
  std::string hidden = only_message("cron-d-filename-invalid", "0 5 * * * root /x\n",
                                    {.dialect = DialectId::cronie, .path = "/etc/cron.d/.hidden"});
  EXPECT_NE(hidden.find("is never read by cronie (its rule for names in /etc/cron.d: not dot "
                        "files"),
            std::string::npos)
      << hidden;
}

TEST(CronDFilenameInvalid, FalsePositives) {
  for (const char* path : {"/etc/crontab", "/etc/cron.d/a_b-C9", "/etc/cron.daily/x.sh",
                           "/var/spool/cron/crontabs/alice.smith"}) {
    EXPECT_CATCHES_NOT("cron-d-filename-invalid", "0 5 * * * root /x\n",
                       {.format = CrontabFormat::system, .path = path})
        << path;
  }
}

// The table's reads_system_crontabs and cron_d_file_names.
TEST(CronDFilenameInvalid, DaemonsWithoutCronD) {
  const char* text = "0 6 * * * root /opt/reports.sh\n";
  std::string message = only_message("cron-d-filename-invalid", text,
                                     {.format = CrontabFormat::system,
                                      .dialect = DialectId::busybox,
                                      .path = "/etc/cron.d/reports"});
  EXPECT_NE(message.find("busybox crond reads no /etc/cron.d"), std::string::npos) << message;
  EXPECT_CATCHES("cron-d-filename-invalid", text,
                 {.format = CrontabFormat::system,
                  .dialect = DialectId::supercronic,
                  .path = "/etc/cron.d/reports"});
  EXPECT_CATCHES_NOT("cron-d-filename-invalid", text,
                     {.format = CrontabFormat::system,
                      .dialect = DialectId::systemd_cron,
                      .path = "/etc/cron.d/reports"});
  std::string bsd = only_message("cron-d-filename-invalid", text,
                                 {.format = CrontabFormat::system,
                                  .dialect = DialectId::bsd,
                                  .path = "/etc/cron.d/reports.sh"});
  EXPECT_NE(bsd.find("works with FreeBSD's cron, but Debian's cron skips"), std::string::npos)
      << bsd;
}

}  // namespace
}  // namespace cronkit::testing
