// command-too-long: commands of 999 bytes or more under Debian

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(CommandTooLong, FiresFrom999BytesUnderDebian) {
  std::string prefix = "0 1 * * * ";
  EXPECT_CATCHES_AT("command-too-long", prefix + std::string(999, 'x') + "\n", 1, 11);
  EXPECT_CATCHES_NOT("command-too-long", prefix + std::string(998, 'x') + "\n");
  auto findings = findings_of("command-too-long", prefix + std::string(1200, 'x') + "\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("whole file"), std::string::npos);
}

TEST(CommandTooLong, CronieOnlyPastItsLimit) {
  std::string prefix = "0 1 * * * ";
  EXPECT_CATCHES_NOT("command-too-long", prefix + std::string(2000, 'x') + "\n",
                     Options{.dialect = DialectId::cronie});
  EXPECT_CATCHES("command-too-long", prefix + std::string(140000, 'x') + "\n",
                 Options{.dialect = DialectId::cronie});
}

}  // namespace
}  // namespace cronkit::testing
