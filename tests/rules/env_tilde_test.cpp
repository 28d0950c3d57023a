// env-tilde: an environment value starts with ~, which cron does not expand

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(EnvTilde, CatalogueExamples) {
  EXPECT_CATCHES_AT("env-tilde", "PATH=~/bin:/usr/bin:/bin\n", 1, 6);
  EXPECT_CATCHES_NOT("env-tilde", "PATH=/home/alice/bin:/usr/bin:/bin\n");
}

TEST(EnvTilde, MessageNamesTheVariable) {
  std::string message = only_message("env-tilde", "A='~/x'\n");
  EXPECT_NE(message.find("A holds a literal `~`"), std::string::npos) << message;
}

TEST(EnvTilde, AfterAColonAndInsideQuotes) {
  EXPECT_CATCHES_AT("env-tilde", "PATH=/usr/bin:~/bin\n", 1, 15);
  EXPECT_CATCHES("env-tilde", "DIR=\"~/data\"\n");
  EXPECT_CATCHES("env-tilde", "DIR=~/data\n", {.dialect = DialectId::cronie});
  EXPECT_CATCHES_NOT("env-tilde", "URL=https://example.com/~alice\n");
}

TEST(EnvTilde, FalsePositives) {
  // In the middle of a value, and in a command (the shell expands it there).
  EXPECT_CATCHES_NOT("env-tilde", "A=b~c\n0 * * * * ls ~/x\n# PATH=~/bin\n");
}

}  // namespace
}  // namespace cronkit::testing
