#include "export/systemd.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "environment/environment.hpp"
#include "export/calendar.hpp"
#include "export/entry_facts.hpp"
#include "export/firings.hpp"
#include "sim/simulate.hpp"
#include "text/base64.hpp"
#include "timezone/timezone.hpp"

namespace cronkit::exporter {
namespace {

// The escapes systemd reads inside a quoted word (systemd.syntax(7), "Quoting"), plus `%`.
std::string escaped_for_systemd(std::string_view text, bool dollar_is_special) {
  std::string out;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '%') {
      out += "%%";
    } else if (c == '$' && dollar_is_special) {
      out += "$$";
    } else if (c == '\t') {
      out += "\\t";
    } else if (byte < 0x20 || byte == 0x7F) {
      out += fmt::format("\\x{:02x}", byte);
    } else {
      out += c;
    }
  }
  return out;
}

// A description line: specifiers are expanded there too.
std::string description_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%') {
      out += "%%";
    } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
      out += c;
    }
  }
  return out;
}

struct Service {
  std::string user;  // empty: not known
  std::vector<std::pair<std::string, std::string>> variables;
  std::string shell;
  std::string working_directory = "~";
};

// The variables cron gives the job that systemd would not give it by itself: the crontab's
// assignments and cron's own SHELL and PATH. HOME, LOGNAME and USER come from User= in both.
Service service_environment(const Crontab& crontab, const Entry& entry, const std::string& user,
                            std::vector<std::string>& notes) {
  JobSetup setup = job_setup(crontab, entry, user);
  Service service;
  service.user = user;
  service.shell = setup.environment.shell;
  service.variables = std::move(setup.variables);
  if (!setup.home.empty()) service.working_directory = setup.home;
  if (dialect(crontab.dialect).merges_pam_environment) {
    notes.push_back(fmt::format(
        "{} also passes the variables of /etc/environment and /etc/default/locale (pam_env) "
        "under the crontab's; the service does not read them (EnvironmentFile=-/etc/default/locale "
        "adds the locale, but a variable set there would win over the crontab's)",
        dialect(crontab.dialect).daemon));
  }
  return service;
}

std::string timer_unit(const std::string& description, const std::vector<std::string>& calendar,
                       bool at_reboot) {
  std::string out = fmt::format("[Unit]\nDescription={}\n\n[Timer]\n", description);
  if (at_reboot) {
    out += "OnBootSec=1min\n";
  } else {
    for (const std::string& expression : calendar)
      out += fmt::format("OnCalendar={}\n", expression);
  }
  out +=
      "AccuracySec=1s\n"
      "Persistent=false\n"
      "\n[Install]\n"
      "WantedBy=timers.target\n";
  return out;
}

std::string service_unit(const std::string& description, const Service& service,
                         const Command& command) {
  std::string out = fmt::format("[Unit]\nDescription={}\n\n[Service]\nType=oneshot\n", description);
  if (!service.user.empty()) out += fmt::format("User={}\n", service.user);
  out += fmt::format("WorkingDirectory=-{}\n",
                     service.working_directory == "~"
                         ? std::string("~")
                         : escaped_for_systemd(service.working_directory, false));
  for (const auto& [name, value] : service.variables) {
    out += fmt::format("Environment={}\n", systemd_environment_assignment(name, value));
  }
  out += fmt::format("ExecStart={} -c {}\n", systemd_exec_argument(service.shell),
                     systemd_exec_argument(command.shell_command));
  // An empty input is what systemd gives without StandardInput= too: end of file at once.
  if (!command.standard_input.empty()) {
    out += fmt::format("StandardInput=data\nStandardInputData={}\n",
                       base64_encode(command.standard_input));
  }
  return out;
}

}  // namespace

std::string systemd_exec_argument(std::string_view text) {
  return '"' + escaped_for_systemd(text, true) + '"';
}

std::string systemd_environment_assignment(std::string_view name, std::string_view value) {
  return '"' + escaped_for_systemd(fmt::format("{}={}", name, value), false) + '"';
}

std::vector<EntryExport> export_systemd(const Crontab& crontab,
                                        const SystemdExportOptions& options) {
  const Dialect& cron = dialect(crontab.dialect);
  std::vector<EntryExport> out;
  for (const Entry& entry : crontab.entries) {
    EntryExport result;
    result.line = entry.span.line;
    result.schedule = schedule_text(entry.special, entry.fields, entry.second_and_year);
    result.command = std::string(entry.command.raw);
    if (std::string why = why_not_exported(crontab, entry); !why.empty()) {
      result.impossible = std::move(why);
      out.push_back(std::move(result));
      continue;
    }
    const Schedule& schedule = entry.schedule;
    result.unit = export_name(crontab, entry, options.crontab_name);

    // The zone: cronie's CRON_TZ for this entry, else the one cron runs in.
    std::string error;
    const date::time_zone* job_zone = cron_tz_zone(crontab, entry, error);
    if (!error.empty()) {
      result.impossible = error;
      out.push_back(std::move(result));
      continue;
    }
    const date::time_zone* timer_zone = job_zone ? job_zone : options.zone;
    const std::vector<std::string> calendar =
        on_calendar(schedule, timer_zone ? timer_zone->name() : std::string_view());

    const std::string user = run_as(entry, options.owner);
    if (user.empty()) {
      result.differences.push_back(
          "whose crontab this is is not known (give --owner): the service has no User= and runs "
          "as root");
    }
    Service service = service_environment(crontab, entry, user, result.notes);

    if (schedule.at_reboot) {
      result.differences.push_back(fmt::format(
          "@reboot: {} runs it when the daemon starts; the timer runs it one minute after boot "
          "(OnBootSec=1min), and at once when the timer is first enabled on a running system",
          cron.daemon));
    } else if (options.zone || job_zone) {
      const date::time_zone& daemon_zone = options.zone ? *options.zone : *job_zone;
      // The clock of systemd's calendar timers is the systemd-cron dialect's.
      const TargetClock timer{schedule, DialectId::systemd_cron, *timer_zone, "systemd"};
      compare_firings(schedule, crontab, daemon_zone, job_zone, timer, options.from, result);
    } else {
      result.notes.push_back(
          "the zone is not known (give --tz): the timers use the host's zone, like cron, and "
          "their firings across daylight-saving changes were not compared with cron's");
    }
    add_output_differences(crontab, entry, "systemd keeps it in the journal",
                           "an OnFailure= unit can send mail, for failures only", result);
    if (const EnvAssignment* delay = last_assignment(crontab, entry, "RANDOM_DELAY");
        delay && cron.honours_random_delay) {
      result.differences.push_back(fmt::format(
          "RANDOM_DELAY={}: cronie delays its jobs by a random number of minutes; the timer does "
          "not (RandomizedDelaySec= draws a new delay at every run)",
          delay->value));
    }
    if (!schedule.at_reboot) {
      result.notes.push_back(
          "if a run lasts until the next firing, cron starts a second copy; systemd starts none "
          "and skips that firing");
    }

    // The command is not repeated here: it may hold a secret, and `systemctl status` shows it.
    const std::string description = description_text(fmt::format(
        "cronkit: {} line {}: {}", options.crontab_name, entry.span.line, result.schedule));
    result.files.push_back(
        {result.unit + ".timer", timer_unit(description, calendar, schedule.at_reboot)});
    result.files.push_back(
        {result.unit + ".service", service_unit(description, service, entry.command)});
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace cronkit::exporter
