// unbalanced-quotes: a quote, backquote or $( that is never closed

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(UnbalancedQuotes, CatalogueExamples) {
  EXPECT_CATCHES_AT(
      "unbalanced-quotes",
      "0 6 * * * /opt/llm/digest.sh --subject \"Daily digest >> /var/log/digest.log 2>&1\n", 1, 40);
  EXPECT_CATCHES_NOT(
      "unbalanced-quotes",
      "0 6 * * * /opt/llm/digest.sh --subject \"Daily digest\" >> /var/log/digest.log 2>&1\n");
}

TEST(UnbalancedQuotes, MessageNamesWhatIsOpen) {
  EXPECT_NE(only_message("unbalanced-quotes", "0 * * * * echo 'a\n").find("single quote"),
            std::string::npos);
  EXPECT_NE(only_message("unbalanced-quotes", "0 * * * * echo ${HOME\n").find("`${`"),
            std::string::npos);
  EXPECT_NE(only_message("unbalanced-quotes", "0 * * * * echo $((1+2)\n").find("`$((`"),
            std::string::npos);
}

TEST(UnbalancedQuotes, EdgeCases) {
  EXPECT_CATCHES("unbalanced-quotes", "0 * * * * echo 'it''s\n");
  EXPECT_CATCHES("unbalanced-quotes", "0 * * * * echo $(date\n");
  EXPECT_CATCHES("unbalanced-quotes", "0 * * * * echo `date\n");
  EXPECT_CATCHES_NOT("unbalanced-quotes",
                     "0 * * * * echo \"it's\" 'say \"hi\"' \\' $(echo \")\") # don't\n");
  // `\%` is read as `%` before the shell sees the text.
  EXPECT_CATCHES_NOT("unbalanced-quotes", "0 * * * * date \"+\\%F\"\n");
}

TEST(UnbalancedQuotes, FalsePositives) {
  // A quote in a shell comment, an escaped quote inside double quotes.
  EXPECT_CATCHES_NOT("unbalanced-quotes",
                     "0 * * * * echo \"a\" # it's\n0 * * * * echo \"a\\\"\"\n"
                     "0 * * * * echo ${HOME} $((1 + 2)) `date`\n");
  // Environment lines are not shell.
  EXPECT_CATCHES_NOT("unbalanced-quotes", "NOTE=it's\n");
}

}  // namespace
}  // namespace cronkit::testing
