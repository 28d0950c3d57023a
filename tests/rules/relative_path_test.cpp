// relative-path: a relative path in a job, which cron starts in the home directory

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(RelativePath, CatalogueExamples) {
  EXPECT_CATCHES_AT("relative-path",
                    "0 7 * * * python3 scripts/daily_report.py >> logs/report.log 2>&1\n", 1, 19);
  EXPECT_CATCHES_NOT("relative-path",
                     "0 7 * * * cd /srv/llm-report && ./.venv/bin/python scripts/daily_report.py "
                     ">> /srv/llm-report/logs/report.log 2>&1\n");
}

TEST(RelativePath, MessageNamesThePath) {
  std::string message = only_message("relative-path", "0 7 * * * bash scripts/x.sh\n");
  EXPECT_NE(message.find("scripts/x.sh"), std::string::npos) << message;
  EXPECT_NE(message.find("home directory"), std::string::npos) << message;
}

TEST(RelativePath, CommandWordsAndRedirections) {
  EXPECT_CATCHES("relative-path", "0 7 * * * ./run.sh\n");
  EXPECT_CATCHES_AT("relative-path", "0 7 * * * /srv/run.sh >> logs/job.log\n", 1, 26);
  EXPECT_CATCHES_AT("relative-path", "0 7 * * * /usr/bin/env python3 x.py\n", 1, 32);
  EXPECT_CATCHES_NOT("relative-path",
                     "0 7 * * * /srv/run.sh > /dev/null 2>&1\n0 7 * * * python3 -m app.job\n"
                     "0 7 * * * ~/bin/job.sh >> ~/logs/job.log\n0 7 * * * node $HOME/x.js\n");
}

TEST(RelativePath, SystemCrontabsSkipTheUser) {
  EXPECT_CATCHES_AT("relative-path", "0 7 * * * root ./run.sh\n", 1, 16,
                    {.format = CrontabFormat::system});
}

TEST(RelativePath, FalsePositives) {
  // After a cd, relative paths are meant; arguments that are not scripts are not paths to run.
  EXPECT_CATCHES_NOT("relative-path",
                     "0 7 * * * cd /srv && ./run.sh >> logs/x.log\n0 7 * * * echo ./x\n"
                     "0 7 * * * /bin/x 2>&1\n");
}

}  // namespace
}  // namespace cronkit::testing
