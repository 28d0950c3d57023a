// cronexport: crontab entries as systemd timers, Windows tasks, Kubernetes CronJobs or GitHub
// Actions workflows, with what changes on the way.
// Options, files and printing only: the translation lives in lib/export, the plumbing in
// tools/common.

#include <unistd.h>

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/config.hpp"
#include "common/input.hpp"
#include "common/options.hpp"
#include "common/tool.hpp"
#include "crontab_file/location.hpp"
#include "export/scheduler.hpp"
#include "export/systemd.hpp"
#include "export/windows.hpp"
#include "fs/file.hpp"
#include "parse/parse.hpp"
#include "text/utf8.hpp"
#include "timezone/timezone.hpp"

namespace {

using namespace cronkit;

constexpr const char* footer =
    R"(Each entry becomes NAME.timer and NAME.service (systemd), NAME.xml (windows: the task
XML `schtasks /create /xml NAME.xml /tn NAME` registers, written in UTF-16), NAME.yaml
(kubernetes: a batch/v1 CronJob for `kubectl apply -f`; NAME in lower case, at most 52
characters) or NAME.yml (github-actions: a workflow for .github/workflows/). NAME is
`cronkit-CRONTAB-LINE`, or the NAME of a `# cronexport: name=NAME` comment on the line just
above the entry.
Without --out the units are printed to standard output, each after a `# NAME` line, and the
report goes to standard error; with --out they are written to DIR (atomically; an existing file
is an error unless --force) and the report goes to standard output. --format json prints one
JSON report per input on standard output, the units' text included.
The report says of each entry: exact, approximate (with every difference), or impossible (with
the reason). With --tz, cron's firings and the target's are compared over a year from --from,
and every firing that only one of them has is a difference.
Exit status: 0 every entry is exact (or approximate, with --accept-approximate), 1 an entry is
not exported exactly or cannot be exported, or an input has errors, 2 usage or I/O error (an
invalid cronkit.toml included).
)";

struct Arguments {
  std::vector<std::string> files;
  std::string to = "systemd", out_dir, owner, tz, from, format = "text", windows_shell = "wsl",
              image, runner = "ubuntu-latest";
  bool system = false, force = false, accept_approximate = false;
  tool::DialectOption dialect;
  tool::ConfigChoice config;
};

// The crontab's name in unit names: the file name ("backup" for /etc/cron.d/backup).
std::string crontab_name(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).filename().string();
}

int run(const tool::Tool& cli, const Arguments& args) {
  std::string error;
  if (args.to == "kubernetes" && args.image.empty())
    return cli.fail("--to kubernetes needs --image IMAGE: the container image the jobs run in");
  std::vector<std::string> files = args.files;
  if (files.empty()) {
    if (isatty(STDIN_FILENO)) return cli.missing_input();
    files.push_back("-");
  }
  tool::ConfigFiles configs(args.config);
  std::vector<std::string> reports;
  std::vector<exporter::ExportedFile> written;
  std::string units_text;
  bool invalid = false, inexact = false;
  for (const std::string& path : files) {
    std::optional<config::Settings> settings = configs.settings_for(path, error);
    if (!settings) return cli.fail(error);
    std::optional<std::string> text = cli.read(path);
    if (!text) return cli.failure_status();
    const std::string name = path == "-" ? "<stdin>" : path;

    ParseOptions parse_options;
    parse_options.dialect =
        tool::chosen_dialect(cli.given("--dialect"), args.dialect.id(), *settings);
    if (std::optional<std::string> refusal = tool::crontab_files_refusal(parse_options.dialect))
      return cli.fail(*refusal);
    parse_options.path = name;
    parse_options.format =
        tool::chosen_format(args.system ? std::optional(CrontabFormat::system) : std::nullopt,
                            *settings)
            .value_or(format_for_path(path));
    Crontab crontab = parse_crontab(std::move(*text), parse_options);
    cli.print_errors(name, crontab.source(), crontab.diagnostics);
    if (crontab.has_errors()) invalid = true;

    const std::string tz = cli.given("--tz") ? args.tz : settings->tz.value_or("");
    const date::time_zone* zone = nullptr;
    if (!tz.empty()) {
      zone = find_zone(tz, error);
      if (!zone) return cli.fail("--tz: " + error);
    }
    std::optional<date::sys_seconds> from =
        tool::resolve_from(args.from, zone ? *zone : *find_zone("UTC", error), error);
    if (!from) return cli.fail(error);
    std::optional<std::string> owner;
    if (!args.owner.empty()) {
      owner = args.owner;
    } else if (path != "-") {
      std::error_code ignored;
      const std::filesystem::path absolute = std::filesystem::absolute(path, ignored);
      InstalledCrontab installed = installed_location(absolute.string(), parse_options.dialect);
      if (installed.kind == InstalledCrontab::Kind::spool) owner = installed.spool_user;
    }

    std::vector<exporter::EntryExport> entries;
    if (args.to == "kubernetes" || args.to == "github-actions") {
      const exporter::SchedulerExportOptions options{crontab_name(path), zone, *from, args.image,
                                                     args.runner};
      entries = args.to == "kubernetes" ? exporter::export_kubernetes(crontab, options)
                                        : exporter::export_github_actions(crontab, options);
    } else if (args.to == "windows") {
      const exporter::WindowsExportOptions options{
          crontab_name(path), zone, owner, *from,
          *exporter::windows_shell_from_name(args.windows_shell)};
      entries = exporter::export_windows(crontab, options);
    } else {
      const exporter::SystemdExportOptions options{crontab_name(path), zone, owner, *from};
      entries = exporter::export_systemd(crontab, options);
    }
    for (exporter::EntryExport& entry : entries) {
      if (entry.exactness() == exporter::Exactness::impossible ||
          (entry.exactness() == exporter::Exactness::approximate && !args.accept_approximate)) {
        inexact = true;
      }
      entry.command = cli.shown(entry.command);
      for (exporter::ExportedFile& file : entry.files) {
        if (args.out_dir.empty() && args.format == "text") {
          units_text +=
              fmt::format("# {}{}\n{}\n", file.name,
                          file.encoding == exporter::ExportedFile::Encoding::utf16le
                              ? " (shown in UTF-8; --out writes it in UTF-16, as Windows reads it)"
                              : "",
                          file.content);
        }
        written.push_back(file);
      }
    }
    reports.push_back(args.format == "json" ? exporter::render_report_json(name, entries)
                                            : exporter::render_report(name, entries));
  }

  if (!args.out_dir.empty()) {
    const std::filesystem::path dir(args.out_dir);
    std::error_code code;
    if (!std::filesystem::is_directory(dir, code))
      return cli.fail(fmt::format("--out: {}: not a directory", args.out_dir));
    // Every name is checked before anything is written: a refused export writes nothing.
    for (const exporter::ExportedFile& file : written) {
      if (!args.force && std::filesystem::exists(dir / file.name, code))
        return cli.fail(
            fmt::format("{}: exists; give --force to replace it", (dir / file.name).string()));
    }
    for (const exporter::ExportedFile& file : written) {
      const std::string bytes = file.encoding == exporter::ExportedFile::Encoding::utf16le
                                    ? utf16le_with_bom(file.content)
                                    : file.content;
      if (std::optional<std::string> failed = fs::write_file_atomically(dir / file.name, bytes))
        return cli.fail(*failed);
    }
  }
  std::string report;
  for (const std::string& one : reports) report += one;
  if (args.out_dir.empty() && args.format == "text") {
    tool::write(units_text);
    tool::write(report, stderr);
  } else {
    tool::write(report);
  }
  return invalid || inexact ? tool::exit_findings : tool::exit_success;
}

}  // namespace

int main(int argc, char** argv) {
  tool::Tool cli(
      "cronexport",
      "cronexport: crontab entries as systemd timers, Windows tasks, Kubernetes CronJobs or "
      "GitHub Actions workflows, exactly or with a "
      "report of what changes");
  CLI::App& app = cli.app();
  Arguments args;
  app.add_option("FILE", args.files, "crontab files (\"-\" is standard input)")->type_name("");
  app.add_option("--to", args.to,
                 "the target: systemd (a .timer and a .service per entry, the default), windows "
                 "(a Task Scheduler task XML per entry), kubernetes (a CronJob manifest per "
                 "entry) or github-actions (a workflow per entry)")
      ->type_name("TARGET")
      ->check(CLI::IsMember({"systemd", "windows", "kubernetes", "github-actions"}));
  app.add_option("--image", args.image,
                 "with --to kubernetes, the container image the jobs run in (required)")
      ->type_name("IMAGE");
  app.add_option("--runner", args.runner,
                 "with --to github-actions, the runs-on label of the runner (default: "
                 "ubuntu-latest)")
      ->type_name("LABEL");
  app.add_option("--windows-shell", args.windows_shell,
                 "with --to windows, what runs the command: wsl (the default: the job's shell in "
                 "WSL, with its variables), cmd or powershell")
      ->type_name("SHELL")
      ->check(CLI::IsMember({"wsl", "cmd", "powershell"}));
  app.add_option("--out", args.out_dir, "write the units into DIR instead of printing them")
      ->type_name("DIR");
  app.add_flag("--force", args.force, "with --out: replace files that exist");
  app.add_flag("--accept-approximate", args.accept_approximate,
               "exit 0 when entries are exported approximately (the report still lists every "
               "difference)");
  app.add_option("--owner", args.owner,
                 "the user a user crontab belongs to (default: the file name in cron's spool)")
      ->type_name("USER");
  app.add_flag("--system", args.system,
               "system format (user field); automatic for /etc/crontab and /etc/cron.d/*");
  tool::add_tz_option(app, args.tz,
                      "the zone cron runs in: the timers' zone, and the zone the firings are "
                      "compared in (default: not known, nothing compared)");
  tool::add_from_option(app, args.from,
                        "start of the year compared across daylight-saving changes (default: "
                        "now)");
  tool::add_dialect_option(app, args.dialect);
  app.add_option("--format", args.format, "the report: text (default) or json")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"text", "json"}));
  tool::add_config_options(app, args.config);
  cli.add_show_secrets_flag("commands in the JSON report");
  app.footer(std::string(footer) + std::string(tool::config_help) +
             " cronexport reads kind, dialect and tz from it.");
  if (std::optional<int> done = cli.parse(argc, argv)) return *done;
  return cli.run([&] { return run(cli, args); });
}
