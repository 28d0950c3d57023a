// The kinds that find schedules in source code and deployment files: Azure Functions, Airflow,
// Dagster, Prefect and Spring. Which files they claim, what they read, what they skip and report,
// and where in the file each schedule is.

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "embedded/embedded.hpp"
#include "embedded/source_scanner.hpp"

namespace cronkit::embedded {
namespace {

Extraction extract(FileKind kind, std::string_view text) {
  return file_kind(kind).extract(text);
}

// "line:column value" of a found string.
std::string where(std::string_view text, const FoundText& found) {
  const Span span = LineIndex(text).span(found.begin, found.end);
  return std::to_string(span.line) + ":" + std::to_string(span.column) + " " + found.value;
}

std::string problem_at(std::string_view text, const FileProblem& problem) {
  const Span span = LineIndex(text).span(problem.begin, problem.end);
  return std::to_string(span.line) + ":" + std::to_string(span.column) + " " + problem.rule;
}

TEST(SourceKinds, RecognisedByPathAndContent) {
  EXPECT_EQ(recognise_file_kind("MyTimer/function.json", "{}"), FileKind::azure_functions);
  EXPECT_EQ(recognise_file_kind("prefect.yaml", ""), FileKind::prefect_deployment);
  EXPECT_EQ(recognise_file_kind("flows/prefect.yml", ""), FileKind::prefect_deployment);
  EXPECT_EQ(recognise_file_kind("dags/etl.py", "from airflow import DAG\n"), FileKind::airflow_dag);
  EXPECT_EQ(recognise_file_kind("defs.py", "import dagster as dg\n"), FileKind::dagster);
  EXPECT_EQ(recognise_file_kind("Jobs.java",
                                "import org.springframework.scheduling.annotation.Scheduled;\n"
                                "@Scheduled(cron = \"0 0 * * * *\")\n"),
            FileKind::spring_scheduled);
  EXPECT_EQ(recognise_file_kind("Jobs.kt",
                                "import org.springframework.scheduling.annotation.Scheduled\n"
                                "@Scheduled(cron = \"0 0 * * * *\")\n"),
            FileKind::spring_scheduled);
  EXPECT_EQ(recognise_file_kind("Timer.cs", "[TimerTrigger(\"0 */5 * * * *\")]"),
            FileKind::azure_functions);
  EXPECT_EQ(
      recognise_file_kind("function_app.py",
                          "import azure.functions as func\n@app.timer_trigger(schedule='x')\n"),
      FileKind::azure_functions);
}

TEST(SourceKinds, NamedForKindAndConfig) {
  for (std::string_view name :
       {"azure-functions", "airflow-dag", "dagster", "prefect-deployment", "spring-scheduled"}) {
    ASSERT_NE(file_kind_named(name), nullptr) << name;
    EXPECT_NE(file_kind_names().find(name), std::string::npos) << name;
  }
  EXPECT_EQ(file_kind_named("spring-scheduled")->id, FileKind::spring_scheduled);
}

TEST(SourceKinds, OrdinaryFilesThatMentionCronAreNotClaimed) {
  // A script that talks about cron and about Airflow without importing it.
  EXPECT_EQ(recognise_file_kind("tools/backup.py",
                                "# run from cron: 0 3 * * *, like the airflow DAG does\n"
                                "schedule = '0 3 * * *'\nDAG = None\n"),
            std::nullopt);
  // Quarkus' and Micronaut's @Scheduled read other crons.
  EXPECT_EQ(recognise_file_kind("Jobs.java",
                                "import io.quarkus.scheduler.Scheduled;\n"
                                "@Scheduled(cron = \"0 15 10 * * ?\")\n"),
            std::nullopt);
  EXPECT_EQ(recognise_file_kind("Service.java", "class Service { String cron = \"0 0 * * *\"; }"),
            std::nullopt);
  // A YAML file that quotes Python is not a DAG; a Python file that says `kind: CronJob` is not a
  // manifest.
  EXPECT_EQ(recognise_file_kind("values.yaml", "dag: |\n  from airflow import DAG\n"),
            std::nullopt);
  EXPECT_EQ(recognise_file_kind("gen.py", "TEMPLATE = '''\nkind: CronJob\n'''\n"), std::nullopt);
  // Forced onto a file of another library, the readers find nothing.
  EXPECT_TRUE(extract(FileKind::airflow_dag, "DAG(schedule='0 3 * * *')\n").schedules.empty());
  EXPECT_TRUE(extract(FileKind::spring_scheduled,
                      "import io.micronaut.scheduling.annotation.Scheduled;\n"
                      "@Scheduled(cron = \"0 15 10 * * ?\")\n")
                  .schedules.empty());
}

TEST(SourceKinds, AzureFunctionJsonKeepsEscapePositions) {
  // JSON's \/ and \u escapes, read by the YAML reader: the finding covers the escape.
  const std::string_view text =
      "{\n  \"bindings\": [\n    {\"type\": \"TimerTrigger\", \"name\": \"t\",\n"
      "     \"schedule\": \"0 *\\/5 \\u002a * * *\"},\n    {\"type\": \"queue\", \"schedule\": "
      "\"x\"}\n"
      "  ]\n}\n";
  const Extraction found = extract(FileKind::azure_functions, text);
  ASSERT_EQ(found.schedules.size(), 1u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "4:19 0 */5 * * * *");
  EXPECT_EQ(found.schedules[0].dialect, DialectId::azure);
  const FoundText& expression = found.schedules[0].expression;
  EXPECT_EQ(expression.sources[3].end - expression.sources[3].begin, 2u);  // \/
  EXPECT_EQ(expression.sources[6].end - expression.sources[6].begin, 6u);  // \u002a
}

TEST(SourceKinds, AzureCsharpAndPython) {
  const std::string_view csharp = R"(public static class F {
    [FunctionName("a")] public static void A([TimerTrigger("0 */5 * * * *")] TimerInfo t) {}
    [FunctionName("b")] public static void B([TimerTrigger("%NightlySchedule%")] TimerInfo t) {}
    // [TimerTrigger("* * * * * *")] commented out
    [Function("c")] public void C([TimerTrigger(Schedule = @"0 0 3 * * *")] TimerInfo t) {}
})";
  const Extraction found = extract(FileKind::azure_functions, csharp);
  ASSERT_EQ(found.schedules.size(), 2u);
  EXPECT_EQ(where(csharp, found.schedules[0].expression), "2:61 0 */5 * * * *");
  EXPECT_EQ(where(csharp, found.schedules[1].expression), "5:62 0 0 3 * * *");
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(problem_at(csharp, found.problems[0]), "3:61 schedule-not-literal");
  EXPECT_NE(found.problems[0].message.find("app setting `%NightlySchedule%`"), std::string::npos);

  const std::string_view python = R"(import azure.functions as func
app = func.FunctionApp()

@app.timer_trigger(schedule="0 0 6 * * *", arg_name="timer", run_on_startup=False)
def a(timer): ...

SCHEDULE = "0 0 2 * * *"
@app.timer_trigger(schedule=SCHEDULE, arg_name="timer")
def b(timer): ...

@bp.schedule(schedule=f"0 0 {HOUR} * * *", arg_name="t")
def c(t): ...
)";
  const Extraction py = extract(FileKind::azure_functions, python);
  ASSERT_EQ(py.schedules.size(), 1u);
  EXPECT_EQ(where(python, py.schedules[0].expression), "4:30 0 0 6 * * *");
  ASSERT_EQ(py.problems.size(), 2u);
  EXPECT_EQ(problem_at(python, py.problems[0]), "8:29 schedule-not-literal");
  EXPECT_EQ(problem_at(python, py.problems[1]), "11:23 schedule-not-literal");
  EXPECT_NE(py.problems[1].message.find("an f-string"), std::string::npos);
}

TEST(SourceKinds, AirflowSchedulesPresetsAndWhatIsNoCron) {
  const std::string_view text = R"(from datetime import timedelta
from airflow import DAG
from airflow.decorators import dag
from airflow.timetables.trigger import CronTriggerTimetable
from airflow.models import Variable

with DAG("a", schedule="0 3 * * *"):  # the id is positional
    pass
DAG(dag_id="b", schedule_interval="@daily")
DAG(dag_id="c", schedule=None)
DAG(dag_id="d", schedule="@once")
DAG(dag_id="e", schedule=timedelta(hours=1))
DAG(dag_id="f", schedule=[Dataset("s3://x")])
DAG(dag_id="g", schedule=CronTriggerTimetable("30 4 * * 1", timezone="Europe/Berlin"))
DAG(dag_id="h", schedule=Variable.get("cron"))

@dag(schedule="*/10 * * * *", catchup=False)
def flow(): ...

def DAG(schedule="not a call"): ...
)";
  const Extraction found = extract(FileKind::airflow_dag, text);
  ASSERT_EQ(found.schedules.size(), 4u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "7:25 0 3 * * *");
  EXPECT_EQ(found.schedules[0].owner, "DAG a");
  EXPECT_EQ(where(text, found.schedules[1].expression), "9:36 @daily");
  EXPECT_EQ(where(text, found.schedules[2].expression), "14:48 30 4 * * 1");
  ASSERT_TRUE(found.schedules[2].zone);
  EXPECT_EQ(where(text, *found.schedules[2].zone), "14:71 Europe/Berlin");
  EXPECT_EQ(where(text, found.schedules[3].expression), "17:16 */10 * * * *");
  EXPECT_EQ(found.schedules[3].dialect, DialectId::airflow);
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(problem_at(text, found.problems[0]), "15:26 schedule-not-literal");
  EXPECT_NE(found.problems[0].message.find("a call (`Variable.get(\"cron\")`)"), std::string::npos)
      << found.problems[0].message;
}

TEST(SourceKinds, DagsterDefinitionsDecoratorsAndLists) {
  const std::string_view text = R"(import dagster as dg

daily = dg.ScheduleDefinition(job=j, cron_schedule="0 9 * * *", execution_timezone="America/New_York")
many = dg.ScheduleDefinition(name="twice", job=j, cron_schedule=["0 9 * * 1", "0 10 * * 2"])

@dg.schedule("15 * * * *", job=j)
def hourly(context): ...

partitioned = dg.build_schedule_from_partitioned_job(job)
env = dg.ScheduleDefinition(job=j, cron_schedule=os.environ["CRON"])
)";
  const Extraction found = extract(FileKind::dagster, text);
  ASSERT_EQ(found.schedules.size(), 4u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "3:53 0 9 * * *");
  ASSERT_TRUE(found.schedules[0].zone);
  EXPECT_EQ(found.schedules[0].zone_key, "execution_timezone");
  EXPECT_EQ(where(text, found.schedules[1].expression), "4:67 0 9 * * 1");
  EXPECT_EQ(found.schedules[1].owner, "ScheduleDefinition twice");
  EXPECT_EQ(where(text, found.schedules[2].expression), "4:80 0 10 * * 2");
  EXPECT_EQ(where(text, found.schedules[3].expression), "6:15 15 * * * *");
  EXPECT_EQ(found.schedules[3].dialect, DialectId::dagster);
  // Without name=, a decorated schedule is named after its function.
  EXPECT_EQ(found.schedules[3].owner, "@schedule hourly");
  ASSERT_EQ(found.schedules[3].labels.size(), 1u);
  EXPECT_EQ(found.schedules[3].labels[0].value, "hourly");
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(problem_at(text, found.problems[0]), "10:50 schedule-not-literal");
}

TEST(SourceKinds, PrefectScheduleSchedulesAndDayOr) {
  const std::string_view text = R"(definitions:
  schedules:
    weekly: &weekly
      cron: "0 9 * * 1"
      timezone: Europe/Paris
deployments:
  - name: a
    schedule:
      cron: '0 9 1-7 * 1'
      day_or: false
  - name: b
    schedules:
      - *weekly
      - cron: "{{ prefect.variables.cron }}"
      - interval: 3600
      - cron: 0 6 * * *
        day_or: 'False'
  - name: c
    schedule: null
)";
  const Extraction found = extract(FileKind::prefect_deployment, text);
  ASSERT_EQ(found.schedules.size(), 3u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "9:14 0 9 1-7 * 1");
  EXPECT_EQ(found.schedules[0].dialect, DialectId::prefect_day_or_false);
  EXPECT_EQ(found.schedules[0].owner, "deployment a");
  EXPECT_EQ(where(text, found.schedules[1].expression), "4:14 0 9 * * 1");
  EXPECT_EQ(found.schedules[1].dialect, DialectId::prefect);
  ASSERT_TRUE(found.schedules[1].zone);
  EXPECT_EQ(where(text, *found.schedules[1].zone), "5:17 Europe/Paris");
  EXPECT_EQ(where(text, found.schedules[2].expression), "16:15 0 6 * * *");
  EXPECT_EQ(found.schedules[2].dialect, DialectId::prefect_day_or_false);
  ASSERT_EQ(found.problems.size(), 1u);
  EXPECT_EQ(problem_at(text, found.problems[0]), "14:16 schedule-not-literal");
}

TEST(SourceKinds, SpringLiteralsPlaceholdersAndDisabled) {
  const std::string_view text = R"(import org.springframework.scheduling.annotation.Scheduled;

class Jobs {
  @Scheduled(cron = "0 0 3 * * MON-FRI", zone = "Europe/Berlin") void a() {}
  @Scheduled(cron = "${jobs.cleanup.cron}") void b() {}
  @Scheduled(cron = "-") void c() {}
  @Scheduled(fixedRate = 5000) void d() {}
  @Scheduled(cron = CLEANUP) void e() {}
  // @Scheduled(cron = "* * * * * *")
  @Scheduled(cron = "0 \u002A/5 * * * *") void f() {}
}
)";
  const Extraction found = extract(FileKind::spring_scheduled, text);
  ASSERT_EQ(found.schedules.size(), 2u);
  EXPECT_EQ(where(text, found.schedules[0].expression), "4:22 0 0 3 * * MON-FRI");
  ASSERT_TRUE(found.schedules[0].zone);
  EXPECT_EQ(found.schedules[0].zone_key, "zone");
  EXPECT_EQ(where(text, found.schedules[1].expression), "10:22 0 */5 * * * *");
  EXPECT_EQ(found.schedules[1].dialect, DialectId::spring);
  ASSERT_EQ(found.problems.size(), 2u);
  EXPECT_EQ(problem_at(text, found.problems[0]), "5:21 schedule-not-literal");
  EXPECT_NE(found.problems[0].message.find("property placeholder"), std::string::npos);
  EXPECT_EQ(problem_at(text, found.problems[1]), "8:21 schedule-not-literal");

  const std::string_view kotlin = R"(import org.springframework.scheduling.annotation.Scheduled
class Jobs {
    @Scheduled(cron = "\${app.cron}") fun a() {}
    @Scheduled(cron = "0 30 9 * * *", zone = "Asia/Tokyo") fun b() {}
})";
  const Extraction kt = extract(FileKind::spring_scheduled, kotlin);
  ASSERT_EQ(kt.schedules.size(), 1u);
  EXPECT_EQ(where(kotlin, kt.schedules[0].expression), "4:24 0 30 9 * * *");
  ASSERT_EQ(kt.problems.size(), 1u);
  EXPECT_EQ(problem_at(kotlin, kt.problems[0]), "3:23 schedule-not-literal");
  EXPECT_EQ(kt.schedules[0].owner, "@Scheduled b");
}

TEST(SourceKinds, TheNameADecoratorOrAnnotationIsOn) {
  const std::string_view java = R"(class Jobs {
  @Scheduled(cron = "0 0 * * * *")
  @Transactional
  @Timed(value = "jobs", histogram = true)
  public List<Map<String, Integer>> hourlyTotals() { return null; }

  @Scheduled(cron = "0 0 3 * * *") private static final String NOT_A_METHOD = "x";
  @Schedules({@Scheduled(cron = "0 0 1 * * *"), @Scheduled(cron = "0 0 2 * * *")})
  void twice() {}
})";
  const std::vector<SourceToken> tokens = scan_source(java, SourceLanguage::jvm);
  std::vector<std::string> names;
  for (std::size_t open = 1; open < tokens.size(); ++open) {
    if (is_punctuation(tokens[open], "(") && called_name(tokens, open) == "Scheduled")
      names.emplace_back(decorated_name(tokens, call_arguments(tokens, open).close));
  }
  // The field is no method, and inside @Schedules({...}) the annotations are list items.
  EXPECT_EQ(names, (std::vector<std::string>{"hourlyTotals", "", "", ""}));

  const std::string_view python =
      "@app.timer_trigger(schedule=\"0 */5 * * * *\")\n"
      "@other\nasync def every_five_minutes(timer): ...\n";
  const std::vector<SourceToken> python_tokens = scan_source(python, SourceLanguage::python);
  EXPECT_EQ(decorated_name(python_tokens, call_arguments(python_tokens, 4).close),
            "every_five_minutes");
}

}  // namespace
}  // namespace cronkit::embedded
