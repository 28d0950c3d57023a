// path-not-set: a program outside cron's PATH called by its bare name

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions cronie{.dialect = DialectId::cronie};

TEST(PathNotSet, CatalogueExamples) {
  EXPECT_CATCHES_AT("path-not-set", "0 7 * * * node /srv/digest/index.js\n", 1, 11);
  EXPECT_CATCHES_NOT(
      "path-not-set",
      "0 7 * * * /home/deploy/.nvm/versions/node/v20.11.1/bin/node /srv/digest/index.js\n");
  EXPECT_CATCHES_NOT("path-not-set",
                     "PATH=/usr/local/bin:/usr/bin:/bin\n0 7 * * * node /srv/digest/index.js\n");
}

TEST(PathNotSet, MessageNamesTheDialectsPath) {
  std::string debian = only_message("path-not-set", "0 7 * * * node /x.js\n");
  EXPECT_NE(debian.find("PATH=/usr/bin:/bin:"), std::string::npos) << debian;
  EXPECT_NE(debian.find("`node`"), std::string::npos) << debian;
  std::string on_cronie = only_message("path-not-set", "0 7 * * * node /x.js\n", cronie);
  EXPECT_NE(on_cronie.find("PATH=/usr/bin:/bin:/usr/sbin:/sbin"), std::string::npos) << on_cronie;
}

TEST(PathNotSet, AllowlistSbinAndNesting) {
  EXPECT_CATCHES_NOT("path-not-set",
                     "0 7 * * * cd /srv && tar czf /b/x.tgz . && echo $(date) | logger\n");
  EXPECT_CATCHES("path-not-set", "0 7 * * * flock -n /tmp/l uv run job.py\n");
  EXPECT_CATCHES("path-not-set", "0 7 * * * echo $(aws s3 ls)\n");
  EXPECT_CATCHES("path-not-set", "0 7 * * * service nginx reload\n");
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * service nginx reload\n", cronie);
  EXPECT_CATCHES_NOT("path-not-set", "0 7 * * * PATH=/opt/bin:/usr/bin tool\n");
  EXPECT_CATCHES("path-not-set", "0 7 * * * npm run build\n");
  EXPECT_CATCHES_AT("path-not-set", "0 7 * * * root node /x.js\n", 1, 16,
                    {.format = CrontabFormat::system});
}

TEST(PathNotSet, RejectedLines) {
  // A sixth time field is not the command: `*` is not reported as a program.
  EXPECT_CATCHES_AT("path-not-set", "0 */5 * * * * node /srv/poll.js\n", 1, 15);
  EXPECT_CATCHES_NOT("path-not-set", "0 */5 * * * * /srv/poll.sh\n");
  // Environment lines cron rejects are not jobs.
  EXPECT_CATCHES_NOT("path-not-set", "MAILTO=\nexport FOO=bar\n");
}

TEST(PathNotSet, FalsePositives) {
  EXPECT_CATCHES_NOT("path-not-set",
                     "0 7 * * * date; grep x /y | sort | uniq -c\n0 7 * * * ./x.sh\n"
                     "PATH=/usr/bin:/bin\n0 7 * * * node /x.js\n");
}

}  // namespace
}  // namespace cronkit::testing
