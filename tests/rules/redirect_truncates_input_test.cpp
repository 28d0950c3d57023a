// redirect-truncates-input: a command reads the file its `>` redirection empties

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

constexpr std::string_view rule = "redirect-truncates-input";

TEST(RedirectTruncatesInput, CatalogueExamples) {
  EXPECT_CATCHES(rule, "0 0 * * * tail -n 1000 /var/log/app.log > /var/log/app.log\n");
  EXPECT_CATCHES_NOT(rule,
                     "0 0 * * * tail -n 1000 /var/log/app.log > /var/log/app.log.new && mv "
                     "/var/log/app.log.new /var/log/app.log\n");
}

TEST(RedirectTruncatesInput, ProgramsAndShapes) {
  EXPECT_CATCHES(rule, "0 0 * * * sort /srv/list > /srv/list\n");
  EXPECT_CATCHES(rule, "0 0 * * * grep -v DEBUG /srv/app.log >/srv/app.log\n");
  EXPECT_CATCHES(rule, "0 0 * * * sort -u < /srv/list > /srv/list\n");
  EXPECT_CATCHES(rule, "0 0 * * * cd /srv && nice sed -n 1,10p notes.txt > notes.txt\n");
  EXPECT_CATCHES(rule, "0 0 * * * /usr/bin/uniq list.txt >| list.txt\n");
  // The same variable names the same file.
  EXPECT_CATCHES(rule, "0 0 * * * tail -n 500 \"$LOG\" > \"$LOG\"\n");
  EXPECT_CATCHES(rule, "0 0 * * * tail -n 500 ${LOG_DIR}/app.log > ${LOG_DIR}/app.log\n");
}

TEST(RedirectTruncatesInput, SeverityAndMessage) {
  std::vector<lint::Finding> same = findings_of(rule, "0 0 * * * sort /srv/list > /srv/list\n");
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].severity, Severity::error);
  EXPECT_NE(same[0].message.find("`> /srv/list` empties /srv/list before `sort` reads it"),
            std::string::npos)
      << same[0].message;
  EXPECT_EQ(same[0].span.column, 26u);
  // Across a pipeline it is a race: a warning.
  std::vector<lint::Finding> piped =
      findings_of(rule, "0 0 * * * cat /srv/list | uniq > /srv/list\n");
  ASSERT_EQ(piped.size(), 1u);
  EXPECT_EQ(piped[0].severity, Severity::warning);
  EXPECT_NE(piped[0].message.find("while `cat` in the same pipeline"), std::string::npos)
      << piped[0].message;
}

TEST(RedirectTruncatesInput, NearMisses) {
  // `>>` appends; the fixes; another file; a variable.
  EXPECT_CATCHES_NOT(rule, "0 0 * * * tail -n 1000 /var/log/a.log >> /var/log/a.log\n");
  EXPECT_CATCHES_NOT(rule, "0 0 * * * sort -o /srv/list /srv/list\n");
  EXPECT_CATCHES_NOT(rule, "0 0 * * * sort /srv/list | sponge /srv/list\n");
  EXPECT_CATCHES_NOT(rule, "0 0 * * * sed -i 1d /srv/list > /srv/list.log\n");
  EXPECT_CATCHES_NOT(rule, "0 0 * * * sort /srv/list > /srv/list.sorted\n");
  EXPECT_CATCHES_NOT(rule, "0 0 * * * sort $F > $G\n");
  EXPECT_CATCHES_NOT(rule, "0 0 * * * sort /t/$(date +\\%s) > /t/$(date +\\%s)\n");
  // Two separate commands: the first has finished before the second truncates.
  EXPECT_CATCHES_NOT(rule, "0 0 * * * sort /srv/list > /tmp/l; cat /tmp/l > /srv/list\n");
  EXPECT_CATCHES_NOT(rule, "0 0 * * * grep x /srv/a > /tmp/b && cat /tmp/b > /srv/a\n");
  // A program that does not read its operands, or a device.
  EXPECT_CATCHES_NOT(rule, "0 0 * * * echo /srv/list > /srv/list\n");
  EXPECT_CATCHES_NOT(rule, "0 0 * * * /opt/gen /srv/out > /srv/out\n");
  EXPECT_CATCHES_NOT(rule, "0 0 * * * cat /dev/stdin > /dev/stdin\n");
  // Quoted text.
  EXPECT_CATCHES_NOT(rule, "0 0 * * * echo 'sort f > f' > /tmp/x\n");
}

}  // namespace
}  // namespace cronkit::testing
