#include <fmt/format.h>

#include "export/firings.hpp"
#include "export/five_fields.hpp"
#include "export/scheduler_job.hpp"
#include "text/utf8.hpp"

namespace cronkit::exporter {

bool is_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

std::string kubernetes_name(std::string_view unit) {
  std::string out;
  for (char c : unit) {
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  if (out.size() > 52) out.resize(52);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out.empty() ? "cronkit-job" : out;
}

SchedulerJob prepare_scheduler_job(const Crontab& crontab, const Entry& entry,
                                   const SchedulerExportOptions& options,
                                   const SchedulerTarget& target) {
  const Dialect& cron = dialect(crontab.dialect);
  SchedulerJob job;
  EntryExport& result = job.result;
  result.line = entry.span.line;
  result.schedule = schedule_text(entry.special, entry.fields, entry.second_and_year);
  result.command = std::string(entry.command.raw);
  if (std::string why = why_not_exported(crontab, entry); !why.empty()) {
    result.impossible = std::move(why);
    return job;
  }
  const Schedule& schedule = entry.schedule;
  if (schedule.at_reboot) {
    result.impossible =
        fmt::format("{} runs it when the daemon starts; {} schedules are times of day", cron.daemon,
                    target.name);
    return job;
  }
  FiveFields fields = five_field_expression(schedule, cron.daemon, target.name);
  if (!fields.impossible.empty()) {
    result.impossible = std::move(fields.impossible);
    return job;
  }
  job.expression = std::move(fields.expression);
  const ParsedSchedule read_back = parse_schedule(job.expression, target.dialect);
  if (!read_back.ok()) {
    // The expression is written from values every five-field reader accepts; a refusal here is
    // a bug in the writer, reported rather than exported.
    result.impossible = fmt::format("{} would refuse the expression {}: {}", target.name,
                                    job.expression, read_back.diagnostics.front().message);
    return job;
  }

  std::string error;
  const date::time_zone* job_zone = cron_tz_zone(crontab, entry, error);
  if (!error.empty()) {
    result.impossible = error;
    return job;
  }
  job.zone = job_zone ? job_zone : options.zone;
  if (job.zone) {
    const date::time_zone& daemon_zone = options.zone ? *options.zone : *job_zone;
    const TargetClock clock{read_back.schedule, target.dialect, *job.zone, target.name};
    compare_firings(schedule, crontab, daemon_zone, job_zone, clock, options.from, result);
  } else {
    result.differences.push_back(fmt::format("the zone {} runs in is not known (give --tz): {}",
                                             cron.daemon, target.without_zone));
  }

  job.setup = job_setup(crontab, entry, "");
  if (!job.setup.home.empty()) {
    result.notes.push_back(
        fmt::format("{} starts the job in HOME ({}); the job sets HOME but "
                    "starts where {} starts it",
                    cron.daemon, job.setup.home, target.name));
  }
  job.shell_command = entry.command.shell_command;
  job.standard_input = entry.command.standard_input;
  if (!is_utf8(job.shell_command) || !is_utf8(job.standard_input)) {
    result.impossible = "the command is not valid UTF-8, and YAML holds only Unicode text";
    return job;
  }
  for (const auto& [name, value] : job.setup.variables) {
    if (!is_utf8(value)) {
      result.impossible =
          fmt::format("{} is not valid UTF-8, and YAML holds only Unicode text", name);
      return job;
    }
  }
  if (!job.standard_input.empty()) {
    result.notes.push_back(
        "the text after `%` reaches the command's standard input through `base64 -d`, which "
        "must be on the job's PATH");
  }
  add_output_differences(crontab, entry, target.output_kept, "", result);
  return job;
}

}  // namespace cronkit::exporter
