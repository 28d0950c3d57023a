#pragma once
// Schedules written inside other files: a GitHub Actions workflow's `on.schedule[].cron`, a
// Kubernetes CronJob's `.spec.schedule`. Which kind of file a path and its text are, and every
// schedule in it with its dialect, its zone and, for each byte of the expression, where that
// byte is in the file, so that a finding about the expression points into the file.
//
// How to add a kind of file: one file `lib/embedded/kinds/<kind>.cpp` defining a FileKindInfo
// (its name, how its path and content are recognised, its extractor), one line in the list of
// file_kinds.cpp, and one value of FileKind. Extractors for YAML files walk yaml_tree.hpp's
// trees; nothing here lints: lib/lint reads what is found here (lint/embedded_file.hpp).

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ast/span.hpp"
#include "dialect/dialect.hpp"
#include "embedded/yaml_tree.hpp"

namespace cronkit::embedded {

enum class FileKind {
  github_workflow,      // .github/workflows/*.yml
  kubernetes_manifest,  // YAML documents with `kind: CronJob`
  // AWS and Terraform files (kinds/cloudformation.cpp, serverless.cpp, terraform.cpp).
  cloudformation,  // CloudFormation and SAM templates, YAML or JSON
  serverless,      // Serverless Framework serverless.yml
  terraform,       // Terraform .tf files
  // Schedules in source code and deployment files of schedulers with a dialect of their own.
  azure_functions,     // function.json timer bindings, C# [TimerTrigger], Python timer_trigger
  airflow_dag,         // Python importing airflow: DAG(schedule=...)
  dagster,             // Python importing dagster: ScheduleDefinition, @schedule
  prefect_deployment,  // prefect.yaml deployments
  spring_scheduled,    // Java/Kotlin @Scheduled(cron = ...)
};

// A string value as the file writes it.
struct FoundText {
  std::string value;                 // as YAML reads it (quotes removed, escapes decoded)
  std::vector<SourceRange> sources;  // for each byte of value, its bytes in the file
  std::uint32_t begin = 0, end = 0;  // the value's own characters (inside any quotes)
  bool exact = true;                 // false: sources are all the value's first character
  bool plain = false;                // written without quotes
};

// A name or description the file gives a schedule's job: `key` says which ("resource",
// "Description"), `value` is the text.
struct FoundLabel {
  std::string key;
  std::string value;
};

// A date and time written as one literal call (Airflow's `datetime(2020, 1, 1)`,
// `datetime.datetime(2020, 1, 1, 6)`, `pendulum.datetime(2021, 6, 1, tz="UTC")`): its fields,
// the zone it names, and where the call is written.
struct FoundDateTime {
  FoundText text;  // value: the call as written; sources: its bytes
  int year = 1970;
  unsigned month = 1, day = 1, hour = 0, minute = 0, second = 0;
  // The IANA zone the call names (`tz="UTC"`, `tzinfo=timezone.utc`; pendulum's default, UTC);
  // empty for a naive datetime, which Airflow reads in its configured default_timezone.
  std::string zone;
};

// What an Airflow DAG says about the runs it has before it is first deployed
// (kinds/airflow_dag.cpp): `catchup=` when written True or False, the start_date when it is a
// literal date (the DAG's own `start_date=`, else `"start_date"` of its `default_args`), and its
// end_date.
struct FoundDagRuns {
  std::optional<FoundText> catchup;  // value "True" or "False", as written
  std::optional<FoundDateTime> start_date;
  std::optional<FoundDateTime> end_date;
  // An end_date is written that is not a literal date (a name, a call): where runs stop is unknown.
  bool end_date_unknown = false;
};

struct FoundSchedule {
  FileKind kind = FileKind::github_workflow;
  FoundText expression;
  DialectId dialect = DialectId::debian;
  // The zone the file gives the schedule (`timezone:`, `.spec.timeZone`), as written.
  std::optional<FoundText> zone;
  std::string zone_key;  // where the zone is written ("timezone", "spec.timeZone")
  // What the schedule belongs to, for people: "on.schedule[0]", "CronJob backup".
  std::string owner;
  // A CronJob's `spec.startingDeadlineSeconds`, as written (a scalar; nothing when absent).
  std::optional<FoundText> starting_deadline_seconds;
  // How a whole-line comment starts in the file's language, for checks that read the comments
  // next to a schedule: `#` (YAML, Python), `//` (Java, Kotlin, C#), either (HCL).
  enum class CommentMarkers : std::uint8_t { hash, slashes, hash_or_slashes };
  CommentMarkers comment_markers = CommentMarkers::hash;
  // What the file calls the job, for checks that compare words with the schedule: a resource's
  // or function's name, a `Description`. In file order; empty when the kind has none.
  std::vector<FoundLabel> labels;
  // An Airflow DAG's catchup, start_date and end_date (nothing for other kinds).
  std::optional<FoundDagRuns> dag_runs;
};

// What the extractor reports itself, under a lint rule's id: the file is not YAML
// ("yaml-syntax"), a value is a template rather than a literal ("schedule-not-literal").
struct FileProblem {
  std::string rule;
  std::uint32_t begin = 0, end = 0;  // byte offsets in the file
  std::string message;               // lower case, no final period
};

struct Extraction {
  std::vector<FoundSchedule> schedules;  // in file order
  std::vector<FileProblem> problems;
};

struct FileKindInfo {
  FileKind id;
  std::string_view name;         // --kind, `# cronlint: kind=`, cronkit.toml's `kind`
  std::string_view description;  // one line, for --help and the docs
  // Whether a path (as given, '/'-separated) is of this kind by its name alone.
  bool (*path_matches)(std::string_view path);
  // Whether a file of a YAML or JSON name (with `source_code`: of a Python, Java, Kotlin or C#
  // name) is of this kind by its text.
  bool (*content_matches)(std::string_view text);
  Extraction (*extract)(std::string_view text);
  // The kind is recognised in source code (.py, .java, .kt, .cs) rather than in YAML or JSON.
  bool source_code = false;
};

// Every kind, in FileKind order.
std::span<const FileKindInfo* const> all_file_kinds();
const FileKindInfo& file_kind(FileKind kind);
const FileKindInfo* file_kind_named(std::string_view name);
// "github-workflow, kubernetes-manifest", for messages and help.
std::string file_kind_names();

// The kind of the file at `path` with `text`: by its path first, then, for a file whose name ends
// in .yml, .yaml, .json or .template (CloudFormation's), by its content, and for one that ends
// in .py, .java, .kt or .cs, by the content tests of the source-code kinds. Nothing: not a kind
// this module reads (a crontab).
std::optional<FileKind> recognise_file_kind(std::string_view path, std::string_view text);
// Whether the content of a file at `path` may make it of a kind (recognise_file_kind() reads the
// content of exactly these): a directory walk opens no other file whose path no kind matches.
bool content_may_tell_kind(std::string_view path);

// What the extractors share: the YAML of `text` (reported as a "yaml-syntax" problem when it is
// not YAML; a template's `{{ }}` as "schedule-not-literal" instead), and a scalar as FoundText.
YamlStream read_yaml_reporting(std::string_view text, Extraction& extraction);
FoundText found_text(std::string_view text, const YamlNode& scalar);
// Whether `value` is a template expression rather than a literal (`{{ .Values.x }}`,
// `${{ inputs.x }}`, `${var}`): the offset in `value` where it starts.
std::optional<std::size_t> template_start(std::string_view value);

// Lines and columns of byte offsets in a text: 1-based, columns in bytes, lines ending at '\n'.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  // The span of [begin, end), cut at the end of begin's line.
  Span span(std::uint32_t begin, std::uint32_t end) const;

 private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_;
};

}  // namespace cronkit::embedded
