// Crontab entries as Windows Task Scheduler tasks: command-line quoting, how a schedule becomes
// triggers, and the verdicts. (The triggers are read back and compared with cron over a year by
// tests/differential/cronexport_windows_verify.py.)

#include <gtest/gtest.h>

#include <string>

#include "export/windows.hpp"
#include "parse/parse.hpp"

namespace cronkit::exporter {
namespace {

TEST(WindowsArgument, QuotesAsCommandLineToArgvReadsThem) {
  EXPECT_EQ(windows_argument("plain"), "\"plain\"");
  EXPECT_EQ(windows_argument("say \"hi\""), R"("say \"hi\"")");
  EXPECT_EQ(windows_argument(R"(C:\dir\)"), R"("C:\dir\\")");
  EXPECT_EQ(windows_argument(R"(a\"b)"), R"("a\\\"b")");
}

std::vector<EntryExport> exported(const std::string& text, WindowsShell shell = WindowsShell::wsl) {
  Crontab crontab = parse_crontab(text, {CrontabFormat::system, DialectId::debian, "jobs"});
  WindowsExportOptions options;
  options.crontab_name = "jobs";
  options.from = date::sys_days(date::year{2026} / 1 / 1);
  options.shell = shell;
  return export_windows(crontab, options);
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(WindowsExport, EvenlySpacedTimesAreOneTriggerWithRepetition) {
  std::vector<EntryExport> entries = exported("MAILTO=\"\"\n*/15 9-17 * * 1-5 root /bin/poll\n");
  ASSERT_EQ(entries.size(), 1u);
  const std::string& xml = entries[0].files[0].content;
  EXPECT_EQ(count(xml, "<CalendarTrigger>"), 1u);
  EXPECT_NE(xml.find("<StartBoundary>2026-01-01T09:00:00</StartBoundary>"), std::string::npos);
  EXPECT_NE(xml.find("<Interval>PT15M</Interval>"), std::string::npos);
  // 09:00 ... 17:45 is 35 intervals of 15 minutes; one more minute keeps the last start inside.
  EXPECT_NE(xml.find("<Duration>PT8H46M</Duration>"), std::string::npos);
  EXPECT_EQ(entries[0].files[0].encoding, ExportedFile::Encoding::utf16le);
}

TEST(WindowsExport, StepsThatRestartEachHourNeedATriggerPerMinute) {
  std::vector<EntryExport> entries = exported("*/7 * * * * root /bin/x\n");
  EXPECT_EQ(count(entries[0].files[0].content, "<CalendarTrigger>"), 9u);
}

TEST(WindowsExport, OredDaysAreTwoTriggersAndAndedDaysCannotBeSaid) {
  std::vector<EntryExport> entries = exported("0 0 1 * 1 root /bin/x\n0 0 */2 * 1 root /bin/y\n");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(count(entries[0].files[0].content, "<CalendarTrigger>"), 2u);
  EXPECT_EQ(entries[0].exactness(), Exactness::approximate);  // both may fire on Monday the 1st
  EXPECT_EQ(entries[1].exactness(), Exactness::impossible);
}

TEST(WindowsExport, MoreThanFortyEightTriggersIsImpossible) {
  // 13 irregular minutes in 13 irregular hours: 91 runs of times.
  std::vector<EntryExport> entries = exported(
      "0,1,3,7,12,20,30,45,50,52,53,55,58 0,1,3,6,7,9,12,14,15,17,20,21,23 * * * root /bin/x\n");
  EXPECT_EQ(entries[0].exactness(), Exactness::impossible);
  EXPECT_NE(entries[0].impossible.find("48"), std::string::npos);
}

TEST(WindowsExport, CmdIsADifferenceAndWslCarriesTheVariables) {
  const std::string text = "FMT=%Y\n0 3 * * * root date +$FMT\n";
  std::vector<EntryExport> wsl = exported(text);
  EXPECT_NE(wsl[0].files[0].content.find("--exec env &quot;FMT=%Y&quot;"), std::string::npos);
  std::vector<EntryExport> cmd = exported(text, WindowsShell::cmd);
  EXPECT_EQ(cmd[0].exactness(), Exactness::approximate);
  EXPECT_NE(cmd[0].files[0].content.find("cmd.exe"), std::string::npos);
}

}  // namespace
}  // namespace cronkit::exporter
