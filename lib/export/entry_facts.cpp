#include "export/entry_facts.hpp"

#include <fmt/format.h>

#include "environment/mail.hpp"
#include "export/calendar.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::exporter {

const EnvAssignment* last_assignment(const Crontab& crontab, const Entry& entry,
                                     std::string_view name) {
  const EnvAssignment* found = nullptr;
  for (const EnvAssignment& assignment : crontab.environment_for(entry)) {
    if (assignment.name == name) found = &assignment;
  }
  return found;
}

std::string local_time(date::sys_seconds instant, const date::time_zone& zone) {
  return date::format("%F %R %Z", date::zoned_time<std::chrono::seconds>(&zone, instant));
}

std::string run_as(const Entry& entry, const std::optional<std::string>& owner) {
  if (entry.user) return std::string(*entry.user);
  return owner.value_or("");
}

std::string export_name(const Crontab& crontab, const Entry& entry, std::string_view crontab_name) {
  constexpr std::string_view directive = "# cronexport: name=";
  for (const Comment& comment : crontab.comments) {
    if (comment.span.line + 1 != entry.span.line) continue;
    if (comment.text.starts_with(directive)) {
      std::string name = unit_name_part(comment.text.substr(directive.size()));
      if (!name.empty()) return name;
    }
  }
  std::string base = unit_name_part(crontab_name);
  if (base.empty()) base = "crontab";
  return fmt::format("cronkit-{}-{}", base, entry.span.line);
}

JobSetup job_setup(const Crontab& crontab, const Entry& entry, const std::string& user) {
  EnvironmentInput input;
  input.dialect = crontab.dialect;
  input.user.name = user.empty() ? "root" : user;
  input.user.home = "~";
  input.assignments = crontab.environment_for(entry);
  JobSetup setup{build_job_environment(input), {}, {}};
  for (const JobVariable& variable : setup.environment.variables) {
    if (variable.origin == VariableOrigin::passwd || variable.origin == VariableOrigin::cron_forced)
      continue;
    if (variable.name == "HOME") {
      setup.home = variable.value;
      continue;
    }
    setup.variables.emplace_back(variable.name, variable.value);
  }
  return setup;
}

std::string why_not_exported(const Crontab& crontab, const Entry& entry) {
  const Dialect& cron = dialect(crontab.dialect);
  if (crontab.whole_file_ignored) {
    return fmt::format("{} ignores this whole file ({}), so this entry never runs", cron.daemon,
                       crontab.whole_file_ignored_reason);
  }
  if (!entry.accepted)
    return fmt::format("{} does not run this entry (see its errors)", cron.daemon);
  if (entry.schedule.at_reboot) return {};
  return why_no_calendar(entry.schedule).value_or("");
}

const date::time_zone* cron_tz_zone(const Crontab& crontab, const Entry& entry,
                                    std::string& error) {
  if (!dialect(crontab.dialect).honours_cron_tz) return nullptr;
  const EnvAssignment* tz = last_assignment(crontab, entry, "CRON_TZ");
  if (!tz || tz->value.empty()) return nullptr;
  const date::time_zone* zone = find_zone(tz->value, error);
  if (!zone) error = fmt::format("CRON_TZ={}: {}", tz->value, error);
  return zone;
}

void add_output_differences(const Crontab& crontab, const Entry& entry,
                            std::string_view target_keeps, std::string_view mail_hint,
                            EntryExport& out) {
  const Dialect& cron = dialect(crontab.dialect);
  const EnvAssignment* mailto = last_assignment(crontab, entry, "MAILTO");
  std::optional<std::string_view> mailto_value;
  if (mailto) mailto_value = mailto->value;
  const std::string hint = mail_hint.empty() ? std::string() : fmt::format(" ({})", mail_hint);
  switch (cron.output_without_mailto) {
    case JobOutput::mailed_to_owner:
      switch (mailto_effect(mailto_value, crontab.dialect)) {
        case MailtoEffect::owner:
          // Mail to the local owner is what cron does when nobody asked for anything; an address
          // someone wrote down is a promise the target breaks (below).
          out.notes.push_back(
              fmt::format("{} mails any output of the job to the crontab's owner; {}", cron.daemon,
                          target_keeps));
          break;
        case MailtoEffect::address:
          out.differences.push_back(
              fmt::format("{} mails the job's output to {}; {} and mails "
                          "nobody{}",
                          cron.daemon, mailto->value, target_keeps, hint));
          break;
        case MailtoEffect::none:
        case MailtoEffect::refused:
          out.notes.push_back(
              fmt::format("{} discards the job's output here; {}", cron.daemon, target_keeps));
          break;
      }
      break;
    case JobOutput::logged_by_daemon:
      out.notes.push_back(
          fmt::format("{} writes the job's output to its own log; {}", cron.daemon, target_keeps));
      break;
    case JobOutput::systemd_journal:
      break;
  }
  if (entry.line_options & Entry::mail_only_on_failure) {
    out.differences.push_back(
        fmt::format("`-n`: FreeBSD's cron mails the output when the job fails; {}", target_keeps));
  }
}

}  // namespace cronkit::exporter
