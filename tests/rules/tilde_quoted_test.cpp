// tilde-quoted: a ~ inside quotes is not expanded

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(TildeQuoted, CatalogueExamples) {
  std::string text = "0 1 * * * /usr/bin/rsync -a \"~/notes/\" /backups/notes/\n";
  std::optional<lint::Fix> fix = only_fix("tilde-quoted", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 1 * * * /usr/bin/rsync -a \"$HOME/notes/\" /backups/notes/\n");
  EXPECT_CATCHES_NOT("tilde-quoted", "0 1 * * * /usr/bin/rsync -a ~/notes/ /backups/notes/\n");
}

TEST(TildeQuoted, MessageSaysQuotesStopTheExpansion) {
  std::string message = only_message("tilde-quoted", "0 1 * * * ls \"~\"\n");
  EXPECT_NE(message.find("does not expand `~` inside quotes"), std::string::npos) << message;
}

TEST(TildeQuoted, SingleQuotesAndOptionValues) {
  std::string text = "0 1 * * * ls '~/x'\n";
  std::optional<lint::Fix> fix = only_fix("tilde-quoted", text);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(applied(text, *fix), "0 1 * * * ls \"$HOME\"'/x'\n");
  EXPECT_CATCHES("tilde-quoted", "0 1 * * * tool --dir=\"~/data\"\n");
  EXPECT_CATCHES_NOT("tilde-quoted", "0 1 * * * echo \"a ~ b\" 'x~y'\n");
}

TEST(TildeQuoted, FalsePositives) {
  // A tilde in the middle of quoted text, and an unquoted tilde before a quoted rest.
  EXPECT_CATCHES_NOT("tilde-quoted", "0 1 * * * echo 'see ~/x'\n0 1 * * * ls ~\"/my dir\"\n");
  // Environment lines are env-tilde's.
  EXPECT_CATCHES_NOT("tilde-quoted", "DIR=\"~/data\"\n");
}

}  // namespace
}  // namespace cronkit::testing
