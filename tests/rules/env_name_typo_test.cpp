// env-name-typo: an environment name is a near miss of a name cron reads

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(EnvNameTypo, CatalogueExamples) {
  std::vector<lint::Finding> findings =
      findings_of("env-name-typo", "MAIL_TO=oncall@example.com\n");
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->replacement, "MAILTO");
  EXPECT_CATCHES_NOT("env-name-typo", "MAILTO=oncall@example.com\n");
}

TEST(EnvNameTypo, MessageSuggestsTheName) {
  std::string message = only_message("env-name-typo", "SHEL=/bin/bash\n");
  EXPECT_NE(message.find("`SHEL` is not a name cron reads; did you mean `SHELL`?"),
            std::string::npos)
      << message;
}

TEST(EnvNameTypo, CaseDistanceAndVariants) {
  EXPECT_CATCHES("env-name-typo", "mailto=a@example.com\n");
  EXPECT_CATCHES("env-name-typo", "Path=/usr/bin:/bin\n");
  EXPECT_CATCHES("env-name-typo", "MAILT0=a@example.com\n");
  EXPECT_CATCHES("env-name-typo", "CRONTZ=UTC\n");
  EXPECT_CATCHES("env-name-typo", "CRON_TIMEZONE=UTC\n");
  EXPECT_CATCHES("env-name-typo", "RANDOM_DELEY=10\n");
  EXPECT_CATCHES_NOT("env-name-typo",
                     "PATH=/bin\nSHELL=/bin/sh\nHOME=/root\nCRON_TZ=UTC\nOPENAI_MODEL=x\nTZ=UTC\n"
                     "HOST=db\nUSER=x\nLANG=C\n");
}

TEST(EnvNameTypo, FalsePositives) {
  EXPECT_CATCHES_NOT("env-name-typo",
                     "MAILTO=a\nMAILFROM=b\nRANDOM_DELAY=1\nCONTENT_TYPE=x\n"
                     "0 * * * * mailto=x /y\n");
}

}  // namespace
}  // namespace cronkit::testing
