// dialect-signature: an undeclared dialect, and a file that shows whose crontab it is

#include <gtest/gtest.h>

#include <algorithm>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

using Options = LintTestOptions;

constexpr std::string_view rule = "dialect-signature";

TEST(DialectSignature, SevenFieldsAreSupercronic) {
  std::string message = only_message(rule, "# jobs\nMAILTO=\"\"\n*/10 * * * * * * /poll\n");
  EXPECT_NE(message.find("looks written for supercronic (7 time fields, seconds to year, on "
                         "line 3); to check it as supercronic reads it, pass --dialect "
                         "supercronic or add `# cronlint: dialect=supercronic`"),
            std::string::npos)
      << message;
  EXPECT_CATCHES_AT(rule, "# jobs\n*/10 * * * * * * /poll\n", 2, 1);
}

TEST(DialectSignature, SixFieldsNameYearOrSeconds) {
  EXPECT_NE(only_message(rule, "0 0 1 1 * 2027 /once\n").find("a year field on line 1"),
            std::string::npos);
  std::string seconds = only_message(rule, "0 */5 * * * * /poll\n");
  EXPECT_NE(seconds.find("a seconds field on line 1, although supercronic wants 7 fields"),
            std::string::npos)
      << seconds;
  // A command called "5" after five fields is no sixth field.
  EXPECT_CATCHES_NOT(rule, "* * * * * 5\n");
  EXPECT_CATCHES_NOT(rule, "0 3 * * * root /x\n", {.format = CrontabFormat::system});
}

TEST(DialectSignature, BusyboxLayoutFromThePath) {
  std::vector<lint::Finding> findings = findings_of(
      rule, "*/15 * * * * run-parts /etc/periodic/15min\n", {.path = "/etc/crontabs/root"});
  ASSERT_EQ(findings.size(), 1u) << describe(findings);
  EXPECT_EQ(findings[0].span.line, 0u);  // about the file
  EXPECT_EQ(findings[0].severity, Severity::info);
  EXPECT_NE(findings[0].message.find("looks written for busybox crond (its path "
                                     "/etc/crontabs/root is in a crontabs directory"),
            std::string::npos)
      << findings[0].message;
  EXPECT_NE(findings[0].message.find("--dialect busybox"), std::string::npos);
  // Debian's own spool directory is Debian's layout.
  EXPECT_CATCHES_NOT(rule, "0 1 * * * /x\n", {.path = "/var/spool/cron/crontabs/root"});
}

TEST(DialectSignature, FreeBsdOptionsAndSpecials) {
  EXPECT_NE(only_message(rule, "0 1 * * * -n /usr/local/bin/backup\n")
                .find("looks written for FreeBSD's cron (the line option `-n` on line 1)"),
            std::string::npos);
  EXPECT_CATCHES(rule, "0 1 * * * root -q /x\n", {.format = CrontabFormat::system});
  EXPECT_CATCHES(rule, "@every_second /x\n");
  EXPECT_CATCHES(rule, "@300 /x\n");
  EXPECT_CATCHES_NOT(rule, "@0 /x\n");
  EXPECT_CATCHES_NOT(rule, "0 1 * * * -nq /x\n");  // not an option FreeBSD's cron reads
  EXPECT_CATCHES_NOT(rule, "0 1 * * * /x -n\n");
}

TEST(DialectSignature, EveryAndIdNameWhatTheyAre) {
  std::string every = only_message(rule, "@every 5m /x\n");
  EXPECT_NE(every.find("robfig/cron"), std::string::npos) << every;
  EXPECT_EQ(every.find("--dialect"), std::string::npos) << every;
  std::string id = only_message(rule, "@daily ID=nightly /x\n");
  EXPECT_NE(id.find("dcron (Dillon's cron)"), std::string::npos) << id;
  EXPECT_NE(id.find("`ID=nightly`"), std::string::npos) << id;
  EXPECT_CATCHES_NOT(rule, "0 1 * * * IDX=1 /x\n");
}

TEST(DialectSignature, OncePerFile) {
  std::vector<lint::Finding> findings =
      findings_of(rule, "0 0 * * * * * /a\n0 0 * * * * * /b\n0 1 * * * -n /c\n");
  ASSERT_EQ(findings.size(), 1u) << describe(findings);
  EXPECT_EQ(findings[0].span.line, 1u);
}

TEST(DialectSignature, SilentWhenADialectIsDeclared) {
  EXPECT_CATCHES_NOT(rule, "*/10 * * * * * * /poll\n",
                     {.dialect = DialectId::debian, .declare_dialect = true});
  EXPECT_CATCHES_NOT(rule, "# cronlint: dialect=debian\n*/10 * * * * * * /poll\n");
  EXPECT_CATCHES_NOT(rule, "# cronlint: dialect=supercronic\n*/10 * * * * * * /poll\n");
  EXPECT_CATCHES_NOT(
      rule, "*/15 * * * * run-parts /etc/periodic/15min\n",
      {.dialect = DialectId::busybox, .path = "/etc/crontabs/root", .declare_dialect = true});
  EXPECT_CATCHES_NOT(rule, "0 3 * * * /x\n");
}

// The hint is advice about the reading: every other finding is the same with and without it.
TEST(DialectSignature, ChangesNoOtherFinding) {
  const std::string text =
      "MAILTO=ops@example.com\n"
      "*/10 * * * * * * /poll\n"
      "0 1 * * * -n date +%F\n"
      "0 2 1 * 1 logrotate /etc/logrotate.conf\n";
  const auto run = [&](bool declared) {
    lint::LintInput input;
    input.text = text;
    input.display_path = "crontab";
    input.format = CrontabFormat::user;
    if (declared) input.dialect = DialectId::debian;
    input.selection.changes.emplace_back("all", true);
    std::vector<lint::Finding> findings = lint::lint_text(std::move(input)).result.findings;
    std::erase_if(findings, [](const lint::Finding& f) { return f.rule == rule; });
    std::vector<std::string> described;
    for (const lint::Finding& f : findings) {
      described.push_back(std::to_string(f.span.line) + ":" + std::to_string(f.span.column) + " " +
                          f.rule + " " + f.message);
    }
    return described;
  };
  const std::vector<std::string> undeclared = run(false);
  EXPECT_FALSE(undeclared.empty());
  EXPECT_EQ(undeclared, run(true));
  // ... and the hint itself is there only when nothing was declared.
  EXPECT_EQ(findings_of(rule, text).size(), 1u);
}

TEST(DialectSignature, Suppression) {
  EXPECT_CATCHES_NOT(rule, "# cronlint: disable-file=dialect-signature\n0 0 * * * * * /a\n");
}

// Entries are read one by one with the other per-entry checks, and the lines those checks do not
// see (lines cron rejects) afterwards: the first line of the file with a signature still wins.
TEST(DialectSignature, TheFirstSignatureWinsWhateverKindOfLineItIsOn) {
  const std::string rejected = "0 24 * * * * /poll\n";  // hour 24: cron rejects the line
  const std::string entry = "0 0 1 1 * 2027 /once\n";
  std::string rejected_first = only_message(rule, "# jobs\n" + rejected + entry);
  EXPECT_NE(rejected_first.find("(a seconds field on line 2,"), std::string::npos)
      << rejected_first;
  std::string entry_first = only_message(rule, "# jobs\n" + entry + rejected);
  EXPECT_NE(entry_first.find("(a year field on line 2)"), std::string::npos) << entry_first;
}

}  // namespace
}  // namespace cronkit::testing
