// airflow-catchup-backlog: catchup=True and a start_date 100 or more runs before the reference

#include <gtest/gtest.h>

#include <date/date.h>

#include "support/lint_assertions.hpp"

namespace cronkit::testing {
namespace {

constexpr std::string_view rule = "airflow-catchup-backlog";

LintTestOptions dag_at(date::sys_seconds reference) {
  return {.file_kind = embedded::FileKind::airflow_dag, .reference_time = reference};
}
const LintTestOptions dag = dag_at(date::sys_days{date::year{2026} / 12 / 5});

std::string dag_file(std::string_view arguments) {
  return "from datetime import datetime\nimport pendulum\nfrom airflow import DAG\n\nwith DAG(\n" +
         std::string(arguments) + "\n):\n    pass\n";
}

TEST(AirflowCatchupBacklog, CountsTheRunsWithAirflowsClockAtTheCatchupValue) {
  const std::string file = dag_file(
      "    \"nightly\",\n    schedule=\"0 3 * * *\",\n    start_date=datetime(2020, 1, 1),\n"
      "    catchup=True,");
  EXPECT_CATCHES_AT(rule, file, 9, 13, dag);
  // 2020-01-01 to 2026-12-04, one run a day at 03:00: 2192 days to 2026, then 338.
  const std::string message = only_message(rule, file, dag);
  EXPECT_NE(message.find("DAG nightly has catchup=True and start_date 2020-01-01: `0 3 * * *` "
                         "falls due 2530 times between 2020-01-01 and 2026-12-05 (UTC)"),
            std::string::npos)
      << message;
}

TEST(AirflowCatchupBacklog, AStartDateIsADayItsMonthHas) {
  // 29 February exists in 2020 only; Python refuses datetime(2021, 2, 29), so it is no date.
  EXPECT_CATCHES(rule,
                 dag_file("    \"leap\",\n    schedule=\"0 3 * * *\",\n"
                          "    start_date=datetime(2020, 2, 29),\n    catchup=True,"),
                 dag);
  EXPECT_CATCHES_NOT(rule,
                     dag_file("    \"leap\",\n    schedule=\"0 3 * * *\",\n"
                              "    start_date=datetime(2021, 2, 29),\n    catchup=True,"),
                     dag);
  EXPECT_CATCHES_NOT(rule,
                     dag_file("    \"april\",\n    schedule=\"0 3 * * *\",\n"
                              "    start_date=datetime(2021, 4, 31),\n    catchup=True,"),
                     dag);
}

TEST(AirflowCatchupBacklog, ReadsPendulumZonesPresetsTimetablesAndDecorators) {
  // A monthly preset from 2010 in Paris: every month of 2010 to 2026, December included.
  const std::string paris = dag_file(
      "    \"monthly\",\n    schedule=\"@monthly\",\n"
      "    start_date=pendulum.datetime(2010, 1, 1, tz=\"Europe/Paris\"),\n    catchup=True,");
  const std::string message = only_message(rule, paris, dag);
  EXPECT_NE(message.find("falls due 204 times between 2010-01-01 and 2026-12-05 (Europe/Paris)"),
            std::string::npos)
      << message;
  // pendulum.datetime without tz= is UTC; a cron timetable's own zone counts.
  EXPECT_CATCHES(rule,
                 dag_file("    \"t\",\n    schedule=CronTriggerTimetable(\"0 6 * * 1\", "
                          "timezone=\"America/New_York\"),\n"
                          "    start_date=pendulum.datetime(2021, 6, 1),\n    catchup=True,"),
                 dag);
  EXPECT_CATCHES(rule,
                 "from datetime import datetime\nfrom airflow.decorators import dag\n\n"
                 "@dag(schedule_interval=\"@daily\", start_date=datetime(2023, 1, 1), "
                 "catchup=True)\ndef job():\n    pass\n",
                 dag);
}

TEST(AirflowCatchupBacklog, ReadsTheStartDateOfDefaultArgs) {
  EXPECT_CATCHES(
      rule,
      dag_file("    \"d\",\n    schedule=\"@daily\",\n"
               "    default_args={\"owner\": \"x\", \"start_date\": datetime(2021, 1, 1)},"
               "\n    catchup=True,"),
      dag);
  const std::string named =
      "from datetime import datetime\nfrom airflow import DAG\n\ndefault_args = {\n"
      "    \"owner\": \"data\",\n    \"start_date\": datetime(2019, 5, 1),\n}\n\n"
      "dag = DAG(\"d\", default_args=default_args, schedule_interval=\"0 11 * * 3\", "
      "catchup=True)\n";
  EXPECT_CATCHES_AT(rule, named, 9, 83, dag);
  // The dict is changed after it is made: its start_date is not known.
  EXPECT_CATCHES_NOT(rule, named + "default_args[\"start_date\"] = datetime.now()\n", dag);
  EXPECT_CATCHES_NOT(rule, named + "default_args.update(start_date=datetime.now())\n", dag);
  // The DAG's own start_date wins, even when it is not a literal.
  EXPECT_CATCHES_NOT(rule,
                     dag_file("    \"d\",\n    schedule=\"@daily\",\n    start_date=days_ago(2),\n"
                              "    default_args={\"start_date\": datetime(2021, 1, 1)},\n"
                              "    catchup=True,"),
                     dag);
}

TEST(AirflowCatchupBacklog, SilentWithoutWrittenCatchupOrALiteralStart) {
  const auto with = [](std::string_view start, std::string_view catchup) {
    return dag_file("    \"d\",\n    schedule=\"@daily\",\n    start_date=" + std::string(start) +
                    ",\n" + std::string(catchup));
  };
  EXPECT_CATCHES(rule, with("datetime(2020, 1, 1)", "    catchup=True,"), dag);
  // Its default is the deployment's catchup_by_default, which the file does not show.
  EXPECT_CATCHES_NOT(rule, with("datetime(2020, 1, 1)", ""), dag);
  EXPECT_CATCHES_NOT(rule, with("datetime(2020, 1, 1)", "    catchup=False,"), dag);
  EXPECT_CATCHES_NOT(rule, with("datetime(2020, 1, 1)", "    catchup=CATCHUP,"), dag);
  EXPECT_CATCHES_NOT(rule, with("days_ago(2)", "    catchup=True,"), dag);
  EXPECT_CATCHES_NOT(rule, with("datetime.now()", "    catchup=True,"), dag);
  EXPECT_CATCHES_NOT(rule, with("START", "    catchup=True,"), dag);
  EXPECT_CATCHES_NOT(rule, with("datetime(2020, 1, 1) - timedelta(days=1)", "    catchup=True,"),
                     dag);
  EXPECT_CATCHES_NOT(rule, with("datetime(2020, 2, 30)", "    catchup=True,"), dag);
  // 99 days back: an ordinary catchup; 100 days: reported.
  EXPECT_CATCHES_NOT(rule, with("datetime(2026, 8, 28)", "    catchup=True,"), dag);
  EXPECT_CATCHES(rule, with("datetime(2026, 8, 27)", "    catchup=True,"), dag);
  // No reference instant given (a library caller): nothing to count to.
  EXPECT_CATCHES_NOT(rule, with("datetime(2020, 1, 1)", "    catchup=True,"),
                     LintTestOptions{.file_kind = embedded::FileKind::airflow_dag});
  // Not a cron: nothing to count with.
  EXPECT_CATCHES_NOT(rule,
                     dag_file("    \"d\",\n    schedule=timedelta(days=1),\n"
                              "    start_date=datetime(2020, 1, 1),\n    catchup=True,"),
                     dag);
}

TEST(AirflowCatchupBacklog, StopsAtTheEndDateAndAtTheReference) {
  const auto ending = [](std::string_view end) {
    return dag_file(
        "    \"d\",\n    schedule=\"@daily\",\n    start_date=datetime(2020, 1, 1),\n"
        "    end_date=" +
        std::string(end) + ",\n    catchup=True,");
  };
  const std::string message = only_message(rule, ending("datetime(2021, 1, 1)"), dag);
  EXPECT_NE(message.find("falls due 366 times between 2020-01-01 and 2021-01-01 (UTC, its "
                         "end_date)"),
            std::string::npos)
      << message;
  EXPECT_CATCHES_NOT(rule, ending("datetime(2020, 3, 1)"), dag);
  EXPECT_CATCHES(rule, ending("None"), dag);
  // Where runs stop is not known.
  EXPECT_CATCHES_NOT(rule, ending("END_DATE"), dag);
  // The reference is the one given: a start_date after it has no backlog.
  EXPECT_CATCHES_NOT(rule, ending("None"), dag_at(date::sys_days{date::year{2019} / 1 / 1}));
}

TEST(AirflowCatchupBacklog, CountsAtMostAHundredThousand) {
  const std::string message = only_message(
      rule,
      dag_file("    \"d\",\n    schedule=\"* * * * *\",\n    start_date=datetime(2020, 1, 1),\n"
               "    catchup=True,"),
      dag);
  EXPECT_NE(message.find("falls due more than 100000 times"), std::string::npos) << message;
}

}  // namespace
}  // namespace cronkit::testing
