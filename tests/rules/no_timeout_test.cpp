// no-timeout: a locked job has no timeout, so one hang blocks every later run

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(NoTimeout, CatalogueExamples) {
  EXPECT_CATCHES("no-timeout", "*/10 * * * * flock -n /run/lock/x.lock /srv/llm/poll.sh\n");
  EXPECT_CATCHES_NOT("no-timeout",
                     "*/10 * * * * flock -n /run/lock/x.lock timeout 540 /srv/llm/poll.sh\n");
  EXPECT_CATCHES_NOT("no-timeout",
                     "*/10 * * * * flock -n /l curl -m 30 https://x\n*/10 * * * * /srv/poll.sh\n");
  const lint::Rule* rule = lint::find_rule("no-timeout");
  ASSERT_NE(rule, nullptr);
  EXPECT_FALSE(rule->info.default_enabled);
}

TEST(NoTimeout, MessageSaysTheLockIsHeldForever) {
  std::string message = only_message("no-timeout", "*/10 * * * * flock -n /l curl https://x\n");
  EXPECT_NE(message.find("keeps the lock and every later run is skipped"), std::string::npos)
      << message;
}

TEST(NoTimeout, LockWrappersAndInterpreters) {
  EXPECT_CATCHES("no-timeout", "*/10 * * * * run-one python3 /x.py\n");
  EXPECT_CATCHES_NOT("no-timeout",
                     "*/10 * * * * flock -n /l curl --max-time 30 https://x\n"
                     "*/10 * * * * flock -n /l timeout 60 python3 /x.py\n");
}

}  // namespace
}  // namespace cronkit::testing
