// file-too-long: more lines than Debian reads

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

TEST(FileTooLong, DebianStopsAt10000Lines) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "# line\n";
  EXPECT_CATCHES_NOT("file-too-long", text);
  text += "0 5 * * * /x\n";
  EXPECT_CATCHES("file-too-long", text);
  EXPECT_CATCHES_NOT("file-too-long", text, Options{.dialect = DialectId::cronie});
}

TEST(FileTooLong, MessageNamesTheCount) {
  std::string text;
  for (int i = 0; i < 10001; ++i) text += "#\n";
  std::vector<lint::Finding> findings = findings_of("file-too-long", text);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.line, 10001u);
  EXPECT_NE(findings[0].message.find("the file has 10001 lines"), std::string::npos)
      << findings[0].message;
}

}  // namespace
}  // namespace cronkit::testing
