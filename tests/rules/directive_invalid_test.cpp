// directive-invalid: a `# cronlint:` comment with an unknown key or rule id does nothing

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

TEST(DirectiveInvalid, CatalogueExamples) {
  EXPECT_CATCHES_AT("directive-invalid",
                    "# cronlint: disable=dom-dow-xor\n0 9 1-7 * mon /opt/llm/board-report.sh\n", 1,
                    21);
  EXPECT_CATCHES_NOT("directive-invalid",
                     "# cronlint: disable=dom-dow-or\n0 9 1-7 * mon /opt/llm/board-report.sh\n");
}

TEST(DirectiveInvalid, AMisspeltIdSilencesNothing) {
  std::string text = "# cronlint: disable=dom-dow-xor\n0 9 1-7 * mon /x\n";
  std::string message = only_message("directive-invalid", text);
  EXPECT_NE(message.find("no rule is called 'dom-dow-xor'; did you mean 'dom-dow-or'?"),
            std::string::npos)
      << message;
  // ... and the finding it was meant for comes back.
  EXPECT_CATCHES("dom-dow-or", text);
  std::string far = only_message("directive-invalid", "# cronlint: disable=zzzzzzzzzzzz\n");
  EXPECT_NE(far.find("cronlint --list-rules shows them"), std::string::npos) << far;
}

TEST(DirectiveInvalid, EachIdOfAListIsChecked) {
  EXPECT_CATCHES_AT("directive-invalid", "# cronlint: disable=dom-dow-or,nope\n0 9 1-7 * mon /x\n",
                    1, 32);
  EXPECT_CATCHES("directive-invalid", "# cronlint: disable-file=dom-dow-xor\n");
}

TEST(DirectiveInvalid, UnknownKeysAndValues) {
  std::string message = only_message("directive-invalid", "# cronlint: disabel=dom-dow-or\n");
  EXPECT_NE(message.find("unknown cronlint directive 'disabel=dom-dow-or'"), std::string::npos)
      << message;
  EXPECT_CATCHES("directive-invalid", "# cronlint: kind=weird\n");
  EXPECT_CATCHES("directive-invalid", "# cronlint: disable=\n0 9 * * * /x\n");
  EXPECT_CATCHES_AT("directive-invalid", "#cronlint: disabel=x\n", 1, 12);
  EXPECT_CATCHES("directive-invalid", "# cronlint: disabel=x\n", {.dialect = DialectId::cronie});
}

TEST(DirectiveInvalid, FalsePositives) {
  EXPECT_CATCHES_NOT("directive-invalid", "# cronlint: disable=all\n0 9 * * * /x\n");
  EXPECT_CATCHES_NOT("directive-invalid",
                     "# cronlint: disable=shellcheck/SC2086\n0 9 * * * /x\n"
                     "# cronlint: disable=shellcheck\n0 9 * * * /x\n"
                     "# cronlint is great\n"
                     "0 9 * * * /x # cronlint: disabel=x\n");
  EXPECT_CATCHES_NOT("directive-invalid",
                     "# cronlint: kind=system path=/etc/cron.d/x\n0 9 * * * root /x\n",
                     {.format_from_path = true});
  EXPECT_CATCHES_NOT("directive-invalid", "# cronlint: kind=user\n0 9 * * * /x\n");
}

TEST(DirectiveInvalid, CanItselfBeSilenced) {
  EXPECT_CATCHES_NOT("directive-invalid",
                     "# cronlint: disable-file=directive-invalid\n# cronlint: disabel=x\n");
}

}  // namespace
}  // namespace cronkit::testing
