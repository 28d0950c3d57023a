// Round trip: generated crontab entries exported as Kubernetes CronJobs and GitHub Actions
// workflows, each exported file read back the way cronlint reads such a file (lib/embedded: the
// YAML parses, and the schedule and its zone are where the target looks for them), the schedule
// read with the target's own dialect, and its minutes, hours, months and days compared with
// cron's over four years (a leap year included). An entry the export calls impossible must be
// one cron reads as "both day fields" while both are restricted: nothing else is refused.

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "embedded/embedded.hpp"
#include "export/scheduler.hpp"
#include "parse/parse.hpp"
#include "support/schedule_support.hpp"

namespace cronkit::exporter {
namespace {

// One field of a generated entry: `*`, a step over `*`, a value, a range, a stepped range or a
// list, in the proportions people write them.
std::string random_field(std::mt19937& random, int low, int high) {
  auto between = [&](int a, int b) { return std::uniform_int_distribution<int>(a, b)(random); };
  const int kind = between(0, 99);
  if (kind < 30) return "*";
  if (kind < 45) return "*/" + std::to_string(between(2, std::max(2, (high - low) / 2)));
  const int a = between(low, high);
  if (kind < 65) return std::to_string(a);
  const int b = between(a, high);
  if (kind < 80) return std::to_string(a) + "-" + std::to_string(b);
  if (kind < 90)
    return std::to_string(a) + "-" + std::to_string(b) + "/" + std::to_string(between(2, 5));
  std::string list = std::to_string(a);
  for (int i = between(1, 3); i > 0; --i) list += "," + std::to_string(between(low, high));
  return list;
}

std::string generated_crontab(unsigned seed, int entries) {
  std::mt19937 random(seed);
  std::string text;
  for (int i = 0; i < entries; ++i) {
    text += random_field(random, 0, 59) + " " + random_field(random, 0, 23) + " " +
            random_field(random, 1, 31) + " " + random_field(random, 1, 12) + " " +
            random_field(random, 0, 7) + " /usr/local/bin/job\n";
  }
  for (const char* special : {"@hourly", "@daily", "@weekly", "@monthly", "@yearly"})
    text += std::string(special) + " /usr/local/bin/job\n";
  return text;
}

struct ReadBack {
  std::string expression;
  std::optional<std::string> zone;
};

// The schedule and zone of an exported file, as cronlint finds them in a file of that name.
ReadBack read_back(const std::string& path, const std::string& content,
                   embedded::FileKind expected) {
  const std::optional<embedded::FileKind> kind = embedded::recognise_file_kind(path, content);
  EXPECT_EQ(kind, expected) << content;
  if (!kind) return {};
  const embedded::Extraction found = embedded::file_kind(*kind).extract(content);
  EXPECT_TRUE(found.problems.empty()) << found.problems.front().message << "\n" << content;
  EXPECT_EQ(found.schedules.size(), 1u) << content;
  if (found.schedules.size() != 1) return {};
  const embedded::FoundSchedule& schedule = found.schedules.front();
  EXPECT_EQ(schedule.dialect, expected == embedded::FileKind::kubernetes_manifest
                                  ? DialectId::kubernetes
                                  : DialectId::github_actions);
  ReadBack out{schedule.expression.value, std::nullopt};
  if (schedule.zone) out.zone = schedule.zone->value;
  return out;
}

void expect_same_schedule(const Schedule& cron, const Schedule& target, const std::string& what) {
  EXPECT_EQ(cron.minutes, target.minutes) << what;
  EXPECT_EQ(cron.hours, target.hours) << what;
  EXPECT_EQ(cron.months, target.months) << what;
  const date::sys_days first = date::sys_days(date::year{2026} / 1 / 1);
  for (int day = 0; day < 4 * 365 + 1; ++day) {
    const date::year_month_day ymd{first + date::days(day)};
    if (cron.matches_day(ymd) != target.matches_day(ymd)) {
      ADD_FAILURE() << what << ": " << date::format("%F", first + date::days(day))
                    << (cron.matches_day(ymd) ? " only cron" : " only the target");
      return;
    }
  }
}

void check_round_trip(bool kubernetes, const char* zone, unsigned seed) {
  const std::string text = generated_crontab(seed, 2000);
  const Crontab crontab = parse_crontab(text, {CrontabFormat::user, DialectId::debian, "jobs"});
  SchedulerExportOptions options;
  options.crontab_name = "jobs";
  if (zone) options.zone = &testing::zone(zone);
  options.from = date::sys_days(date::year{2026} / 1 / 1);
  options.image = "debian:12";
  const std::vector<EntryExport> entries =
      kubernetes ? export_kubernetes(crontab, options) : export_github_actions(crontab, options);
  ASSERT_EQ(entries.size(), crontab.entries.size());
  std::size_t compared = 0, impossible = 0;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const EntryExport& exported = entries[i];
    const Schedule& cron = crontab.entries[i].schedule;
    const std::string what =
        "line " + std::to_string(exported.line) + " `" + exported.schedule + "`";
    if (exported.exactness() == Exactness::impossible) {
      ++impossible;
      // Only the day rule no five fields can say (the generator writes no @reboot; a line cron
      // rejects or a schedule that never fires is refused for that reason).
      if (!crontab.entries[i].accepted || cron.never_fires()) continue;
      EXPECT_EQ(cron.day_rule(), DayRule::both_must_match) << what << ": " << exported.impossible;
      EXPECT_NE(cron.days_of_month.count(), 31u) << what;
      EXPECT_NE(cron.days_of_week.count(), 8u) << what;
      continue;
    }
    ASSERT_EQ(exported.files.size(), 1u) << what;
    const ExportedFile& file = exported.files.front();
    const ReadBack back = kubernetes ? read_back("deploy/" + file.name, file.content,
                                                 embedded::FileKind::kubernetes_manifest)
                                     : read_back(".github/workflows/" + file.name, file.content,
                                                 embedded::FileKind::github_workflow);
    if (zone && (kubernetes || std::string(zone) != "UTC")) {
      EXPECT_EQ(back.zone, std::optional<std::string>(zone)) << what;
    } else {
      // No zone known, or GitHub's own UTC: nothing written.
      EXPECT_FALSE(back.zone.has_value()) << what;
    }
    const ParsedSchedule target = parse_schedule(
        back.expression, kubernetes ? DialectId::kubernetes : DialectId::github_actions);
    ASSERT_TRUE(target.ok()) << what << " -> " << back.expression;
    expect_same_schedule(cron, target.schedule, what + " -> " + back.expression);
    ++compared;
  }
  // The generator's mix: most entries export, some cannot (both day fields restricted, one of
  // them written with `*`).
  EXPECT_GT(compared, 1500u);
  EXPECT_GT(impossible, 0u);
}

// Without a zone: with one, every entry's year of firings is also simulated with robfig/cron's
// clock, one real hour at a time, which the verification against robfig itself covers
// (cronexport_kubernetes_verify.py); here only the written schedule is in question.
TEST(ExportRoundTrip, KubernetesCronJobsReadBackToCronsSchedule) {
  check_round_trip(true, nullptr, 20261205);
}

TEST(ExportRoundTrip, GithubWorkflowsReadBackToCronsSchedule) {
  check_round_trip(false, "Europe/Berlin", 20261206);
}

TEST(ExportRoundTrip, GithubWorkflowsInUtcNeedNoTimezone) {
  check_round_trip(false, "UTC", 20261207);
}

}  // namespace
}  // namespace cronkit::exporter
