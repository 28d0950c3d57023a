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

}  // namespace
}  // namespace cronkit::testing
