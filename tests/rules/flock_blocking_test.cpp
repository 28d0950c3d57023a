// flock-blocking: flock without -n or -w makes later runs queue up

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(FlockBlocking, CatalogueExamples) {
  std::string text = "*/5 * * * * flock /run/lock/sync.lock /opt/jobs/sync.sh\n";
  std::vector<lint::Finding> findings = findings_of("flock-blocking", text);
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(applied(text, *findings[0].fix),
            "*/5 * * * * flock -n /run/lock/sync.lock /opt/jobs/sync.sh\n");
  EXPECT_CATCHES_NOT("flock-blocking",
                     "*/5 * * * * flock -n /run/lock/sync.lock /opt/jobs/sync.sh\n");
  EXPECT_CATCHES_NOT("flock-blocking",
                     "*/5 * * * * flock -xn /l /x\n*/5 * * * * flock -w 10 /l /x\n"
                     "*/5 * * * * flock --nonblock /l -c '/x'\n");
  EXPECT_CATCHES("flock-blocking", "*/5 * * * * flock -x /l -c '/x'\n");
}

TEST(FlockBlocking, MessageAndSeverity) {
  std::vector<lint::Finding> findings =
      findings_of("flock-blocking", "*/5 * * * * /usr/bin/flock /l /x\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, Severity::info);
  EXPECT_EQ(findings[0].span.column, 13u);
  EXPECT_NE(findings[0].message.find("use `flock -n`"), std::string::npos);
  EXPECT_CATCHES("flock-blocking", "*/5 * * * * flock -s /l /x\n");
}

TEST(FlockBlocking, FalsePositives) {
  EXPECT_CATCHES_NOT("flock-blocking",
                     "*/5 * * * * flock --timeout=5 /l /x\n*/5 * * * * echo flock\n");
}

}  // namespace
}  // namespace cronkit::testing
