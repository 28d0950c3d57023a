// special-invalid: unknown @words

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(SpecialInvalid, OnlyCronsOwnWords) {
  EXPECT_CATCHES("special-invalid", "@every 15m /x\n");
  EXPECT_CATCHES("special-invalid", "@Daily /x\n");
  EXPECT_CATCHES_NOT("special-invalid", "@daily /x\n");
  EXPECT_CATCHES_NOT("special-invalid", "@midnight /x\n");
}

TEST(SpecialInvalid, MessageListsCronsWords) {
  std::string daily = only_message("special-invalid", "@Daily /x\n");
  EXPECT_NE(daily.find("specials are case-sensitive: write @daily"), std::string::npos) << daily;
  std::string every = only_message("special-invalid", "@every 5m /x\n");
  EXPECT_NE(every.find("unknown special \"@every\""), std::string::npos) << every;
  EXPECT_NE(every.find("@reboot, @yearly, @annually"), std::string::npos) << every;
  EXPECT_CATCHES("special-invalid", "@5min /x\n", {.dialect = DialectId::cronie});
}

TEST(SpecialInvalid, FalsePositives) {
  EXPECT_CATCHES_NOT("special-invalid",
                     "@reboot /x\n@yearly /x\n@annually /x\n@monthly /x\n@weekly /x\n@hourly /x\n"
                     "0 0 * * * echo @daly\n");
}

}  // namespace
}  // namespace cronkit::testing
