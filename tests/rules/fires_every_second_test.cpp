// fires-every-second: a seconds field of every second with restricted minutes or hours

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

const LintTestOptions spring{.file_kind = embedded::FileKind::spring_scheduled};
const LintTestOptions azure{.file_kind = embedded::FileKind::azure_functions};

std::string scheduled(std::string_view cron) {
  return "import org.springframework.scheduling.annotation.Scheduled;\nclass J {\n"
         "  @Scheduled(cron = \"" +
         std::string(cron) + "\") void run() {}\n}\n";
}

std::string function_json(std::string_view cron) {
  return "{\"bindings\": [{\"type\": \"timerTrigger\", \"schedule\": \"" + std::string(cron) +
         "\"}]}\n";
}

TEST(FiresEverySecond, SecondsWildcardWithRestrictedMinutesOrHours) {
  EXPECT_CATCHES_AT("fires-every-second", scheduled("* */5 * * * *"), 3, 22, spring);
  EXPECT_CATCHES("fires-every-second", scheduled("0-59 0 9 * * MON-FRI"), spring);
  EXPECT_CATCHES("fires-every-second", scheduled("*/1 * 9 * * *"), spring);
  EXPECT_CATCHES_AT("fires-every-second", function_json("* 0 * * * *"), 1, 53, azure);
}

TEST(FiresEverySecond, SilentWhenEverySecondIsPlainOrSecondsAreFew) {
  // Every second of every minute says what it does.
  EXPECT_CATCHES_NOT("fires-every-second", scheduled("* * * * * *"), spring);
  EXPECT_CATCHES_NOT("fires-every-second", scheduled("0 */5 * * * *"), spring);
  EXPECT_CATCHES_NOT("fires-every-second", scheduled("*/10 */5 * * * *"), spring);
  // Azure's five-field form has no seconds field: second 0.
  EXPECT_CATCHES_NOT("fires-every-second", function_json("*/5 * * * *"), azure);
  // Only Azure and Spring, whose first field is the second.
  EXPECT_CATCHES_NOT("fires-every-second", "* */5 * * * * /bin/x\n");
}

TEST(FiresEverySecond, MessageShowsTheOnceAMinuteForm) {
  const std::string message =
      only_message("fires-every-second", scheduled("* */5 * * * *"), spring);
  EXPECT_NE(message.find("`0 */5 * * * *` runs once"), std::string::npos) << message;
  EXPECT_NE(message.find("Spring's first field is the second"), std::string::npos) << message;
}

}  // namespace
}  // namespace cronkit::testing
