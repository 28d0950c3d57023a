// dom-dow-or: both day fields restricted

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(DomDowOr, FiresWhenNeitherDayFieldStartsWithAStar) {
  EXPECT_CATCHES_AT("dom-dow-or", "0 9 1-7 * mon /x\n", 1, 5);
  EXPECT_CATCHES("dom-dow-or", "0 9 1-31 * 5 /x\n");
  EXPECT_CATCHES_NOT("dom-dow-or", "0 9 1-7 * * /x\n");
  EXPECT_CATCHES_NOT("dom-dow-or", "0 9 */2 * mon /x\n");  // starts with '*': AND
  EXPECT_CATCHES_NOT("dom-dow-or", "0 9 * * mon /x\n");
  EXPECT_CATCHES_NOT("dom-dow-or", "@weekly /x\n");
}

TEST(DomDowOr, MessageQuotesBothFields) {
  std::string message = only_message("dom-dow-or", "0 9 1-7 * mon /x\n");
  EXPECT_NE(message.find("day-of-month '1-7' and day-of-week 'mon' are both restricted"),
            std::string::npos)
      << message;
  EXPECT_CATCHES("dom-dow-or", "0 9 1 * 1 /x\n", {.dialect = DialectId::cronie});
  EXPECT_CATCHES_AT("dom-dow-or", "0 9 1 * 1 root /x\n", 1, 5, {.format = CrontabFormat::system});
}

TEST(DomDowOr, Suppression) {
  EXPECT_CATCHES_NOT("dom-dow-or", "# cronlint: disable=dom-dow-or\n0 9 1-7 * mon /x\n");
  EXPECT_CATCHES_NOT("dom-dow-or",
                     "# cronlint: disable-file=dom-dow-or\n0 9 1 * 1 /x\n0 9 2 * 2 /x\n");
}

// The table's day_rule_basis.
TEST(DomDowOr, BusyboxGoesByTheValues) {
  const Options busybox{.dialect = DialectId::busybox};
  EXPECT_CATCHES("dom-dow-or", "0 0 1-31 * 1 /x\n", busybox);
  EXPECT_CATCHES("dom-dow-or", "0 0 1 * 1 /x\n", busybox);
  // `*/2` does not fill the day table: restricted, so the OR applies (Debian: AND).
  std::string message = only_message("dom-dow-or", "0 0 */2 * 1 /x\n", busybox);
  EXPECT_NE(message.find("busybox crond goes by the values, not the text: '*/2'"),
            std::string::npos)
      << message;
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 */2 * 1 /x\n");
  // A day-of-week that covers the week is unrestricted there: only the 1st.
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 1 * 0-6 /x\n", busybox);
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 1 * * /x\n", busybox);
  EXPECT_CATCHES("dom-dow-or", "0 0 1 * 0-6 /x\n");
}

TEST(DomDowOr, SupercronicCountsOnlyStarOrQuestionMark) {
  const Options supercronic{.dialect = DialectId::supercronic};
  std::string message = only_message("dom-dow-or", "0 0 */2 * 1 /x\n", supercronic);
  EXPECT_NE(message.find("supercronic counts a field as unrestricted only when it is"),
            std::string::npos)
      << message;
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 * * 1 /x\n", supercronic);
}

TEST(DomDowOr, SilentWhereBothDayFieldsMustMatch) {
  EXPECT_CATCHES_NOT("dom-dow-or", "0 9 1-7 * mon /x\n", {.dialect = DialectId::systemd_cron});
  EXPECT_NE(only_message("dom-dow-or", "0 9 1-7 * mon /x\n", {.dialect = DialectId::bsd})
                .find("FreeBSD's cron runs the job on days matching either field"),
            std::string::npos);
}

}  // namespace
}  // namespace cronkit::testing

namespace cronkit::testing {
namespace {

LintTestOptions expression_of(DialectId dialect) {
  return {.dialect = dialect, .expression = true};
}

// A scheduler's expression: the same rule in that scheduler's terms.
TEST(DomDowOr, KubernetesOrsAFieldThatStartsWithAStar) {
  const LintTestOptions kubernetes = expression_of(DialectId::kubernetes);
  EXPECT_CATCHES_AT("dom-dow-or", "0 0 */2 * 1", 1, 5, kubernetes);
  const std::string message = only_message("dom-dow-or", "0 0 */2 * 1", kubernetes);
  EXPECT_NE(message.find("the Kubernetes CronJob controller runs the job on days matching either "
                         "field, not both (Vixie cron, which goes by the leading '*' of '*/2', "
                         "requires both)"),
            std::string::npos)
      << message;
  EXPECT_CATCHES("dom-dow-or", "0 0 1-7 * 1", kubernetes);
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 * * 1", kubernetes);
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 ? * 1", kubernetes);
  EXPECT_CATCHES_NOT("dom-dow-or", "@daily", kubernetes);
  // The crontab rule is unchanged: Vixie cron ANDs the fields there.
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 */2 * 1 /x\n");
}

TEST(DomDowOr, EachSchedulerByItsOwnDayRule) {
  for (DialectId croniter : {DialectId::airflow, DialectId::prefect, DialectId::dagster})
    EXPECT_CATCHES("dom-dow-or", "0 0 */2 * 1", expression_of(croniter));
  EXPECT_CATCHES("dom-dow-or", "0 0 */2 * 1", expression_of(DialectId::gitlab));
  // fugit ANDs the fields with `&`; GitHub Actions and Cloud Scheduler follow Vixie cron.
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 1-7 * 1&", expression_of(DialectId::gitlab));
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 */2 * 1", expression_of(DialectId::github_actions));
  EXPECT_CATCHES("dom-dow-or", "0 0 1-7 * 1", expression_of(DialectId::github_actions));
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 */2 * 1", expression_of(DialectId::cloud_scheduler));
  // Systems that never OR the fields.
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 1-7 * 1", expression_of(DialectId::prefect_day_or_false));
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 1-7 * 1", expression_of(DialectId::azure));
  EXPECT_CATCHES_NOT("dom-dow-or", "0 0 0 1-7 * ?", expression_of(DialectId::quartz));
}

TEST(DomDowOr, ASchedulesFoundInAManifestAtItsPlaceInTheFile) {
  EXPECT_CATCHES_AT("dom-dow-or",
                    "kind: CronJob\nspec:\n  schedule: \"0 0 */2 * 1\"\n  timeZone: Etc/UTC\n", 3,
                    18, {.file_kind = embedded::FileKind::kubernetes_manifest});
}

TEST(DomDowOr, APrefectDeploymentNamesTheSettingThatMakesItAnd) {
  const std::string deployment =
      "deployments:\n  - name: report\n    schedule:\n      cron: \"0 9 1-7 * 1\"\n";
  const LintTestOptions prefect_file{.file_kind = embedded::FileKind::prefect_deployment};
  EXPECT_CATCHES_AT("dom-dow-or", deployment, 4, 18, prefect_file);
  const std::string message = only_message("dom-dow-or", deployment, prefect_file);
  EXPECT_NE(message.find("days matching either field, not both; `day_or: false` in the "
                         "deployment's schedule makes it require both"),
            std::string::npos)
      << message;
  EXPECT_CATCHES_NOT("dom-dow-or",
                     "deployments:\n  - name: report\n    schedule:\n      cron: \"0 9 1-7 * 1\"\n"
                     "      day_or: false\n",
                     prefect_file);
}

}  // namespace
}  // namespace cronkit::testing
