// next-run-beyond-search: runs further apart than robfig/cron searches

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions kubernetes{.dialect = DialectId::kubernetes, .expression = true};

TEST(NextRunBeyondSearch, LeapDayAcrossTwoThousandOneHundred) {
  EXPECT_EQ(only_message("next-run-beyond-search", "0 0 29 2 *", kubernetes),
            "the Kubernetes CronJob controller (robfig/cron) searches at most five years ahead "
            "for the next run: after the run at 2096-02-29 00:00 the next match is 2104-02-29 "
            "00:00, 8 years later, so it finds none and the job never runs again");
  EXPECT_CATCHES("next-run-beyond-search", "30 6 29 2 ?", kubernetes);
  EXPECT_CATCHES("next-run-beyond-search", "CRON_TZ=Europe/Berlin 0 12 29 2 *", kubernetes);
}

TEST(NextRunBeyondSearch, SilentWhenARunComesSooner) {
  EXPECT_CATCHES_NOT("next-run-beyond-search", "0 0 28 2 *", kubernetes);
  // Both day fields restricted: robfig ORs them, so every Monday of February runs as well.
  EXPECT_CATCHES_NOT("next-run-beyond-search", "0 0 29 2 1", kubernetes);
  EXPECT_CATCHES_NOT("next-run-beyond-search", "0 0 29,28 2 *", kubernetes);
  // Never fires at all: never-fires says so.
  EXPECT_CATCHES_NOT("next-run-beyond-search", "0 0 30 2 *", kubernetes);
  // Other systems search further (croniter fifty years) or match every minute (Vixie cron).
  EXPECT_CATCHES_NOT("next-run-beyond-search", "0 0 29 2 *",
                     {.dialect = DialectId::airflow, .expression = true});
  EXPECT_CATCHES_NOT("next-run-beyond-search", "0 0 29 2 * /x\n");
}

}  // namespace
}  // namespace cronkit::testing
