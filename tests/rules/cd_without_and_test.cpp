// cd-without-and: `cd DIR; cmd` runs cmd in the wrong directory when cd fails

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(CdWithoutAnd, CatalogueExamples) {
  std::string text = "0 4 * * * cd /srv/cache; rm -rf ./*\n";
  std::optional<lint::Fix> fix = only_fix("cd-without-and", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 4 * * * cd /srv/cache && rm -rf ./*\n");
  EXPECT_CATCHES_NOT("cd-without-and", "0 4 * * * cd /srv/cache && rm -rf ./*\n");
}

TEST(CdWithoutAnd, PointsAtTheSemicolonAndNamesTheDirectory) {
  std::vector<lint::Finding> findings =
      findings_of("cd-without-and", "0 4 * * * cd /srv/cache; rm -rf ./*\n");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.column, 24u);
  EXPECT_NE(findings[0].message.find("`cd /srv/cache` fails"), std::string::npos);
  // Without a blank after the `;`, the fix adds one.
  std::string tight = "@daily cd /srv;ls\n";
  std::optional<lint::Fix> fix = only_fix("cd-without-and", tight);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(tight, *fix), "@daily cd /srv && ls\n");
}

TEST(CdWithoutAnd, EdgeCases) {
  EXPECT_CATCHES("cd-without-and", "0 4 * * * (cd /srv/x ;make)\n");
  EXPECT_CATCHES_NOT("cd-without-and",
                     "0 4 * * * cd /srv || exit 1; make\n0 4 * * * /bin/true; cd /x\n"
                     "0 4 * * * echo 'cd /x; rm y'\n");
}

TEST(CdWithoutAnd, FormatsAndDialects) {
  EXPECT_CATCHES_AT("cd-without-and", "0 4 * * * root cd /srv; ls\n", 1, 23,
                    {.format = CrontabFormat::system});
  EXPECT_CATCHES_AT("cd-without-and", "0 4 * * * cd /srv; ls\n", 1, 18,
                    {.dialect = DialectId::cronie});
}

TEST(CdWithoutAnd, FalsePositives) {
  EXPECT_CATCHES_NOT("cd-without-and",
                     "0 4 * * * cd /srv && make; cd /tmp\n"  // nothing runs after the last cd
                     "0 4 * * * cd /srv\n0 5 * * * ls\n"     // two entries, not one job
                     "0 4 * * * cd /srv\\; ls\n"             // an escaped `;` is an argument
                     "0 4 * * * pushd /srv; ls\n"
                     "0 4 * * * echo \"cd /x; rm y\"\n");
  EXPECT_CATCHES_NOT("cd-without-and",
                     "# cronlint: disable=cd-without-and\n0 4 * * * cd /srv; ls\n");
}

}  // namespace
}  // namespace cronkit::testing
