// reboot-caveats: @reboot runs early at boot and differs between crons

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(RebootCaveats, CatalogueExamples) {
  EXPECT_CATCHES_AT("reboot-caveats", "@reboot /opt/llm/start-worker.sh\n", 1, 1);
  EXPECT_CATCHES_NOT("reboot-caveats", "@daily /opt/llm/start-worker.sh\n");
}

TEST(RebootCaveats, EveryRebootJobIsReportedWithTheDialectsName) {
  std::vector<lint::Finding> debian = findings_of(
      "reboot-caveats", "@reboot sleep 60 && /opt/llm/start-worker.sh >> /var/log/w.log 2>&1\n");
  ASSERT_EQ(debian.size(), 1u);
  EXPECT_EQ(debian[0].severity, Severity::info);
  EXPECT_NE(debian[0].message.find("when Debian's cron starts at boot"), std::string::npos);
  std::string cronie =
      only_message("reboot-caveats", "@reboot /x\n", {.dialect = DialectId::cronie});
  EXPECT_NE(cronie.find("when cronie starts at boot"), std::string::npos) << cronie;
  EXPECT_CATCHES("reboot-caveats", "@reboot root /x\n", {.format = CrontabFormat::system});
}

TEST(RebootCaveats, FalsePositivesAndSuppression) {
  EXPECT_CATCHES_NOT("reboot-caveats", "0 0 * * * /etc/reboot\n0 0 * * * echo @reboot\n");
  EXPECT_CATCHES_NOT("reboot-caveats", "# cronlint: disable=reboot-caveats\n@reboot /x\n");
}

}  // namespace
}  // namespace cronkit::testing
