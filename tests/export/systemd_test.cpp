// Crontab entries as systemd units: systemd's quoting, the verdicts, and cronexport's files
// (written only where asked, never over an existing file without --force).

#include <sys/wait.h>

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "export/systemd.hpp"
#include "parse/parse.hpp"
#include "support/schedule_support.hpp"
#include "support/temp_dir.hpp"

namespace cronkit::exporter {
namespace {

using testing::TempDir;

TEST(SystemdQuoting, ExecStartArgumentsEscapeQuotesBackslashesSpecifiersAndVariables) {
  EXPECT_EQ(systemd_exec_argument("echo \"$HOME\" 100% \\n"), R"("echo \"$$HOME\" 100%% \\n")");
  EXPECT_EQ(systemd_exec_argument("a\tb\x01"), R"("a\tb\x01")");
}

TEST(SystemdQuoting, EnvironmentLeavesDollarAlone) {
  EXPECT_EQ(systemd_environment_assignment("FMT", "%Y \"x\" $HOME"), R"("FMT=%%Y \"x\" $HOME")");
}

std::vector<EntryExport> exported(const std::string& text, const char* zone = nullptr,
                                  CrontabFormat format = CrontabFormat::system) {
  Crontab crontab = parse_crontab(text, {format, DialectId::debian, "/etc/cron.d/jobs"});
  SystemdExportOptions options;
  options.crontab_name = "jobs";
  if (zone) options.zone = &testing::zone(zone);
  options.from = date::sys_days(date::year{2026} / 1 / 1);
  return export_systemd(crontab, options);
}

TEST(SystemdExport, OrDaysAreExactWithTwoCalendarLines) {
  std::vector<EntryExport> entries = exported("0 0 1 * 1 root /usr/local/bin/x\n", "UTC");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].exactness(), Exactness::exact);
  ASSERT_EQ(entries[0].files.size(), 2u);
  EXPECT_NE(entries[0].files[0].content.find("OnCalendar=*-*-01 00:00:00 UTC\n"
                                             "OnCalendar=Mon *-*-* 00:00:00 UTC\n"),
            std::string::npos);
  EXPECT_NE(entries[0].files[1].content.find("User=root\n"), std::string::npos);
}

TEST(SystemdExport, TheSpringGapIsADifferenceOnlyWhereCronCatchesUp) {
  std::vector<EntryExport> entries =
      exported("MAILTO=\"\"\n30 2 * * * root /bin/nightly\n30 4 * * * root /bin/later\n",
               "America/New_York");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].exactness(), Exactness::approximate);
  EXPECT_EQ(entries[0].only_cron_fires, std::vector<std::string>{"2026-03-08T03:00:00-04:00"});
  EXPECT_TRUE(entries[0].only_target_fires.empty());
  EXPECT_EQ(entries[1].exactness(), Exactness::exact);
}

TEST(SystemdExport, WithoutAZoneNothingIsComparedAndTheReportSaysSo) {
  std::vector<EntryExport> entries = exported("MAILTO=\"\"\n30 2 * * * root /bin/nightly\n");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].exactness(), Exactness::exact);
  EXPECT_TRUE(entries[0].only_cron_fires.empty());
  bool noted = false;
  for (const std::string& note : entries[0].notes)
    noted |= note.find("give --tz") != std::string::npos;
  EXPECT_TRUE(noted);
}

TEST(SystemdExport, AMailtoAddressIsADifference) {
  std::vector<EntryExport> entries =
      exported("MAILTO=ops@example.com\n0 3 * * * root /bin/backup\n", "UTC");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].exactness(), Exactness::approximate);
  ASSERT_EQ(entries[0].differences.size(), 1u);
  EXPECT_NE(entries[0].differences[0].find("ops@example.com"), std::string::npos);
}

TEST(SystemdExport, NeverFiringAndIgnoredFilesAreImpossible) {
  EXPECT_EQ(exported("0 0 31 2 * root /bin/x\n")[0].exactness(), Exactness::impossible);
  // Debian's cron drops the whole file when the last line has no newline.
  std::vector<EntryExport> entries = exported("0 0 * * * root /bin/x");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].exactness(), Exactness::impossible);
  EXPECT_TRUE(entries[0].files.empty());
}

TEST(SystemdExport, UnitNamesComeFromTheDirectiveOrTheFileAndLine) {
  std::vector<EntryExport> entries = exported(
      "# cronexport: name=nightly backup!\n0 3 * * * root /bin/backup\n0 4 * * * root /bin/x\n");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].unit, "nightly-backup");
  EXPECT_EQ(entries[1].unit, "cronkit-jobs-3");
  EXPECT_EQ(unit_name_part("--a b/c.d__e--"), "a-b-c.d__e");
}

// cronexport writes units into --out, and refuses to replace a file unless --force.
int run_cronexport(const std::string& arguments) {
  const std::string command =
      "'" CRONKIT_TOOLS_DIR "/cronexport' --no-config " + arguments + " >/dev/null 2>&1";
  const int raw = std::system(command.c_str());
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

TEST(CronexportFiles, WritesUnitsAndNeverReplacesWithoutForce) {
  TempDir dir;
  const auto crontab = dir.write("cron.d/backup", "MAILTO=\"\"\n0 3 * * * root /bin/backup\n");
  std::filesystem::create_directory(dir / "units");
  const std::string arguments =
      "--tz UTC --out '" + (dir / "units").string() + "' '" + crontab.string() + "'";
  EXPECT_EQ(run_cronexport(arguments), 0);
  const auto timer = dir / "units/cronkit-backup-2.timer";
  ASSERT_TRUE(std::filesystem::exists(timer));
  EXPECT_TRUE(std::filesystem::exists(dir / "units/cronkit-backup-2.service"));

  dir.write("units/cronkit-backup-2.timer", "mine\n");
  EXPECT_EQ(run_cronexport(arguments), 2);
  EXPECT_EQ(testing::read_whole_file(timer), "mine\n");
  EXPECT_EQ(run_cronexport("--force " + arguments), 0);
  EXPECT_NE(testing::read_whole_file(timer).find("OnCalendar=*-*-* 03:00:00 UTC"),
            std::string::npos);
}

TEST(CronexportFiles, WithoutOutNothingIsWritten) {
  TempDir dir;
  const auto crontab = dir.write("backup", "0 3 * * * /bin/backup\n");
  EXPECT_EQ(run_cronexport("--owner alice --tz UTC '" + crontab.string() + "'"), 0);
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& item : std::filesystem::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1u);
}

}  // namespace
}  // namespace cronkit::exporter
