#include "export/systemd.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "environment/environment.hpp"
#include "environment/mail.hpp"
#include "export/calendar.hpp"
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

// cron's firings against systemd's over a year: each firing only one of them has, listed in
// `out` and said in words among its differences.
void compare_across_daylight_saving(const Schedule& schedule, const Crontab& crontab,
                                    const date::time_zone& daemon_zone,
                                    const date::time_zone* job_zone,
                                    const date::time_zone& timer_zone, date::sys_seconds from,
                                    EntryExport& out) {
  const date::sys_seconds to = from + date::days(366);
  SimOptions cron_options;
  cron_options.zone = &daemon_zone;
  cron_options.dialect = crontab.dialect;
  cron_options.from = from;
  cron_options.to = to;
  const SimJob cron_job{schedule, job_zone};
  const std::vector<Firing> by_cron = simulate(std::span<const SimJob>(&cron_job, 1), cron_options);
  SimOptions timer_options = cron_options;
  timer_options.zone = &timer_zone;
  timer_options.dialect = DialectId::systemd_cron;  // the clock of systemd's calendar timers
  const SimJob timer_job{schedule, nullptr};
  const std::vector<Firing> by_systemd =
      simulate(std::span<const SimJob>(&timer_job, 1), timer_options);

  const std::string_view daemon = dialect(crontab.dialect).daemon;
  std::size_t total = 0;
  constexpr std::size_t shown = 6;
  auto add = [&](std::string line) {
    if (++total <= shown) out.differences.push_back(std::move(line));
  };
  std::size_t i = 0, k = 0;
  while (i < by_cron.size() || k < by_systemd.size()) {
    if (k == by_systemd.size() ||
        (i < by_cron.size() && by_cron[i].instant < by_systemd[k].instant)) {
      const Firing& firing = by_cron[i++];
      out.only_cron_fires.push_back(format_rfc3339(firing.instant, timer_zone));
      if (firing.catch_up) {
        add(fmt::format(
            "{}: {} runs the {} run late, after the clock jumps forward over it; "
            "systemd skips it",
            local_time(firing.instant, timer_zone), daemon, date::format("%R", firing.matched)));
      } else {
        add(fmt::format("{}: {} runs it; systemd does not", local_time(firing.instant, timer_zone),
                        daemon));
      }
    } else if (i == by_cron.size() || by_systemd[k].instant < by_cron[i].instant) {
      const date::sys_seconds instant = by_systemd[k++].instant;
      out.only_target_fires.push_back(format_rfc3339(instant, timer_zone));
      add(fmt::format("{}: systemd runs it; {} does not", local_time(instant, timer_zone), daemon));
    } else {
      ++i;
      ++k;
    }
  }
  if (total > shown) {
    out.differences.push_back(fmt::format("... {} more such differences in the year from {}",
                                          total - shown,
                                          date::format("%F", date::floor<date::days>(from))));
  }
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
  EnvironmentInput input;
  input.dialect = crontab.dialect;
  input.user.name = user.empty() ? "root" : user;
  input.user.home = "~";
  input.assignments = crontab.environment_for(entry);
  const JobEnvironment environment = build_job_environment(input);
  Service service;
  service.user = user;
  service.shell = environment.shell;
  for (const JobVariable& variable : environment.variables) {
    if (variable.origin == VariableOrigin::passwd || variable.origin == VariableOrigin::cron_forced)
      continue;
    if (variable.name == "HOME") {
      service.working_directory = variable.value;
      continue;
    }
    service.variables.emplace_back(variable.name, variable.value);
  }
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

// The user the job runs as: the user field of a system crontab, else the owner given.
std::string run_as(const Entry& entry, const SystemdExportOptions& options) {
  if (entry.user) return std::string(*entry.user);
  return options.owner.value_or("");
}

// What the unit name says: `# cronexport: name=NAME` on the line just above the entry, else the
// crontab's name and the line number.
std::string unit_name(const Crontab& crontab, const Entry& entry,
                      const SystemdExportOptions& options) {
  constexpr std::string_view directive = "# cronexport: name=";
  for (const Comment& comment : crontab.comments) {
    if (comment.span.line + 1 != entry.span.line) continue;
    std::string_view text = comment.text;
    if (text.starts_with(directive)) {
      std::string name = unit_name_part(text.substr(directive.size()));
      if (!name.empty()) return name;
    }
  }
  std::string base = unit_name_part(options.crontab_name);
  if (base.empty()) base = "crontab";
  return fmt::format("cronkit-{}-{}", base, entry.span.line);
}

void add_output_differences(const Crontab& crontab, const Entry& entry, EntryExport& out) {
  const Dialect& cron = dialect(crontab.dialect);
  const EnvAssignment* mailto = last_assignment(crontab, entry, "MAILTO");
  std::optional<std::string_view> mailto_value;
  if (mailto) mailto_value = mailto->value;
  switch (cron.output_without_mailto) {
    case JobOutput::mailed_to_owner:
      switch (mailto_effect(mailto_value, crontab.dialect)) {
        case MailtoEffect::owner:
          // Mail to the local owner is what cron does when nobody asked for anything; an address
          // someone wrote down is a promise the unit breaks (below).
          out.notes.push_back(fmt::format(
              "{} mails any output of the job to the crontab's owner; systemd keeps it in the "
              "journal",
              cron.daemon));
          break;
        case MailtoEffect::address:
          out.differences.push_back(fmt::format(
              "{} mails the job's output to {}; systemd keeps it in the journal and mails nobody "
              "(an OnFailure= unit can send mail, for failures only)",
              cron.daemon, mailto->value));
          break;
        case MailtoEffect::none:
        case MailtoEffect::refused:
          out.notes.push_back(fmt::format(
              "{} discards the job's output here; systemd keeps it in the journal", cron.daemon));
          break;
      }
      break;
    case JobOutput::logged_by_daemon:
      out.notes.push_back(
          fmt::format("{} writes the job's output to its own log; systemd writes it to the journal",
                      cron.daemon));
      break;
    case JobOutput::systemd_journal:
      break;
  }
  if (entry.line_options & Entry::mail_only_on_failure) {
    out.differences.push_back(
        "`-n`: FreeBSD's cron mails only when the job fails; the unit does "
        "not mail");
  }
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
    if (crontab.whole_file_ignored) {
      result.impossible = fmt::format("{} ignores this whole file ({}), so this entry never runs",
                                      cron.daemon, crontab.whole_file_ignored_reason);
      out.push_back(std::move(result));
      continue;
    }
    if (!entry.accepted) {
      result.impossible = fmt::format("{} does not run this entry (see its errors)", cron.daemon);
      out.push_back(std::move(result));
      continue;
    }
    const Schedule& schedule = entry.schedule;
    if (!schedule.at_reboot) {
      if (std::optional<std::string> why = why_no_calendar(schedule)) {
        result.impossible = *why;
        out.push_back(std::move(result));
        continue;
      }
    }
    result.unit = unit_name(crontab, entry, options);

    // The zone: cronie's CRON_TZ for this entry, else the one cron runs in.
    const date::time_zone* job_zone = nullptr;
    if (cron.honours_cron_tz) {
      if (const EnvAssignment* tz = last_assignment(crontab, entry, "CRON_TZ");
          tz && !tz->value.empty()) {
        std::string error;
        job_zone = find_zone(tz->value, error);
        if (!job_zone) {
          result.impossible = fmt::format("CRON_TZ={}: {}", tz->value, error);
          out.push_back(std::move(result));
          continue;
        }
      }
    }
    const date::time_zone* timer_zone = job_zone ? job_zone : options.zone;
    const std::vector<std::string> calendar =
        on_calendar(schedule, timer_zone ? timer_zone->name() : std::string_view());

    const std::string user = run_as(entry, options);
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
      compare_across_daylight_saving(schedule, crontab, daemon_zone, job_zone, *timer_zone,
                                     options.from, result);
    } else {
      result.notes.push_back(
          "the zone is not known (give --tz): the timers use the host's zone, like cron, and "
          "their firings across daylight-saving changes were not compared with cron's");
    }
    add_output_differences(crontab, entry, result);
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
