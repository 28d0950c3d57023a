// tz-not-schedule: TZ= (or CRON_TZ= on Debian) does not change when cron runs the jobs

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};

TEST(TzNotSchedule, CatalogueExamples) {
  EXPECT_CATCHES("tz-not-schedule", "TZ=Europe/Berlin\n0 8 * * * /opt/llm/morning-brief.sh\n");
  EXPECT_CATCHES_NOT("tz-not-schedule",
                     "CRON_TZ=Europe/Berlin\n0 8 * * * /opt/llm/morning-brief.sh\n", cronie);
}

TEST(TzNotSchedule, MessageSaysTheDaemonsZoneDecides) {
  std::string message = only_message("tz-not-schedule", "TZ=Asia/Tokyo\n0 * * * * /x\n");
  EXPECT_NE(message.find("TZ=Asia/Tokyo only sets the jobs' environment"), std::string::npos)
      << message;
  EXPECT_NE(message.find("Debian's cron has no per-crontab zone"), std::string::npos) << message;
}

TEST(TzNotSchedule, DebianHasNoCronTz) {
  EXPECT_CATCHES("tz-not-schedule", "CRON_TZ=Europe/Berlin\n0 8 * * * /bin/true\n");
  EXPECT_CATCHES("tz-not-schedule", "TZ=Europe/Berlin\n0 8 * * * /bin/true\n", cronie);
  EXPECT_CATCHES_NOT("tz-not-schedule", "CRON_TZ=UTC\nTZ=Europe/Berlin\n0 8 * * * /bin/true\n",
                     cronie);
}

// The schedule means what TZ says when TZ is the daemon's zone: --tz, or UTC when no --tz says
// otherwise (containers and servers without a configured zone).
TEST(TzNotSchedule, TzThatIsTheDaemonsZone) {
  EXPECT_CATCHES_NOT("tz-not-schedule", "TZ=UTC\n0 * * * * /x\n");
  EXPECT_CATCHES_NOT("tz-not-schedule", "TZ=Etc/UTC\n0 * * * * /x\n");
  EXPECT_CATCHES_NOT("tz-not-schedule", "TZ=Europe/Berlin\n0 8 * * * /x\n",
                     {.zone = "Europe/Berlin"});
  EXPECT_CATCHES("tz-not-schedule", "TZ=UTC\n0 * * * * /x\n", {.zone = "Europe/Berlin"});
}

TEST(TzNotSchedule, FalsePositives) {
  // TZ for one command is the shell's business (e.g. `date` in another zone).
  EXPECT_CATCHES_NOT("tz-not-schedule", "0 * * * * TZ=UTC date\n# TZ=UTC\n");
  EXPECT_CATCHES_NOT("tz-not-schedule", "CRON_TZ=UTC\n", cronie);
}

}  // namespace
}  // namespace cronkit::testing
