#include "export/windows.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>

#include "environment/environment.hpp"
#include "export/entry_facts.hpp"
#include "sim/simulate.hpp"
#include "text/xml.hpp"

namespace cronkit::exporter {
namespace {

// A set of times of day that one trigger can start: the first, then every `interval` minutes,
// `count` times in all (Repetition's Interval and Duration).
struct TimeRun {
  int first = 0;  // minutes after midnight
  int interval = 0;
  int count = 1;
};

// Which days a trigger fires on.
struct DaySpec {
  enum class Kind { every_day, days_of_month, weekdays, weekdays_of_months } kind = Kind::every_day;
  std::vector<int> days;      // 1-31, for days_of_month
  std::vector<int> weekdays;  // 0 = Sunday ... 6
  std::vector<int> months;    // 1-12, for days_of_month and weekdays_of_months
};

// `values` (sorted) as arithmetic runs, longest first from the left: {0,1,2,5} is 0-2 and 5.
std::vector<TimeRun> arithmetic_runs(const std::vector<int>& values, int scale, int offset) {
  std::vector<TimeRun> runs;
  for (std::size_t i = 0; i < values.size();) {
    std::size_t end = i;
    if (i + 1 < values.size()) {
      const int step = values[i + 1] - values[i];
      end = i + 1;
      while (end + 1 < values.size() && values[end + 1] - values[end] == step) ++end;
    }
    runs.push_back({values[i] * scale + offset, end > i ? (values[i + 1] - values[i]) * scale : 0,
                    static_cast<int>(end - i + 1)});
    i = end + 1;
  }
  return runs;
}

// The schedule's times of day as few runs as possible: all of them as one run when they are
// evenly spaced (`*/15 9-17`), else the fewer of one run per minute (through the hours) and one
// run per hour (through the minutes).
std::vector<TimeRun> time_runs(const Schedule& schedule) {
  const std::vector<int> hours = values_of(schedule.hours, 0, 23);
  const std::vector<int> minutes = values_of(schedule.minutes, 0, 59);
  std::vector<int> times;
  for (int hour : hours) {
    for (int minute : minutes) times.push_back(hour * 60 + minute);
  }
  std::vector<TimeRun> all = arithmetic_runs(times, 1, 0);
  if (all.size() == 1) return all;
  std::vector<TimeRun> by_minute, by_hour;
  for (int minute : minutes) {
    for (const TimeRun& run : arithmetic_runs(hours, 60, minute)) by_minute.push_back(run);
  }
  for (int hour : hours) {
    for (const TimeRun& run : arithmetic_runs(minutes, 1, hour * 60)) by_hour.push_back(run);
  }
  return by_minute.size() <= by_hour.size() ? by_minute : by_hour;
}

// The day kinds of the triggers, or why the days cannot be said in triggers.
std::vector<DaySpec> day_specs(const Schedule& schedule, std::string& impossible) {
  const std::vector<int> days = values_of(schedule.days_of_month, 1, 31);
  const std::vector<int> weekdays = values_of(schedule.days_of_week, 0, 6);
  const std::vector<int> months = values_of(schedule.months, 1, 12);
  const bool every_day_of_month = days.size() == 31, every_weekday = weekdays.size() == 7;
  const bool every_month = months.size() == 12;
  auto by_days = [&](const std::vector<int>& which) {
    DaySpec spec;
    spec.kind = DaySpec::Kind::days_of_month;
    spec.days = which;
    spec.months = months;
    return spec;
  };
  auto by_weekdays = [&] {
    DaySpec spec;
    spec.kind = every_month ? DaySpec::Kind::weekdays : DaySpec::Kind::weekdays_of_months;
    spec.weekdays = weekdays;
    spec.months = months;
    return spec;
  };
  auto every = [&] {
    if (every_month) return DaySpec{};
    std::vector<int> all_days;
    for (int day = 1; day <= 31; ++day) all_days.push_back(day);
    return by_days(all_days);
  };
  if (schedule.day_rule() == DayRule::both_must_match) {
    if (!every_day_of_month && !every_weekday) {
      impossible =
          "cron runs it only on days that are both in the day-of-month field and in the "
          "day-of-week field (a field starts with `*`), and a Task Scheduler trigger cannot "
          "require both";
      return {};
    }
    if (!every_day_of_month) return {by_days(days)};
    if (!every_weekday) return {by_weekdays()};
    return {every()};
  }
  if (every_day_of_month || every_weekday) return {every()};
  std::vector<DaySpec> specs;
  if (!days.empty()) specs.push_back(by_days(days));
  if (!weekdays.empty()) specs.push_back(by_weekdays());
  return specs;
}

// An ISO 8601 duration of whole minutes: PT15M, PT2H, PT8H50M.
std::string minutes_duration(int minutes) {
  std::string out = "PT";
  if (minutes >= 60) out += fmt::format("{}H", minutes / 60);
  if (minutes % 60 != 0 || minutes == 0) out += fmt::format("{}M", minutes % 60);
  return out;
}

constexpr std::array<const char*, 7> weekday_elements = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr std::array<const char*, 12> month_elements = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

std::string schedule_element(const DaySpec& spec) {
  auto months = [&] {
    std::string out = "        <Months>\n";
    for (int month : spec.months) {
      out += fmt::format("          <{}/>\n", month_elements[static_cast<std::size_t>(month - 1)]);
    }
    return out + "        </Months>\n";
  };
  auto weekdays = [&] {
    std::string out = "        <DaysOfWeek>\n";
    // Monday first, as Windows writes them; the order does not matter to the schema.
    for (int day : {1, 2, 3, 4, 5, 6, 0}) {
      if (std::find(spec.weekdays.begin(), spec.weekdays.end(), day) != spec.weekdays.end()) {
        out += fmt::format("          <{}/>\n", weekday_elements[static_cast<std::size_t>(day)]);
      }
    }
    return out + "        </DaysOfWeek>\n";
  };
  switch (spec.kind) {
    case DaySpec::Kind::every_day:
      return "      <ScheduleByDay>\n        <DaysInterval>1</DaysInterval>\n"
             "      </ScheduleByDay>\n";
    case DaySpec::Kind::days_of_month: {
      std::string out = "      <ScheduleByMonth>\n        <DaysOfMonth>\n";
      for (int day : spec.days) out += fmt::format("          <Day>{}</Day>\n", day);
      return out + "        </DaysOfMonth>\n" + months() + "      </ScheduleByMonth>\n";
    }
    case DaySpec::Kind::weekdays:
      return "      <ScheduleByWeek>\n        <WeeksInterval>1</WeeksInterval>\n" + weekdays() +
             "      </ScheduleByWeek>\n";
    case DaySpec::Kind::weekdays_of_months:
      // Weeks 1-4 and Last together cover every day of a month.
      return "      <ScheduleByMonthDayOfWeek>\n        <Weeks>\n"
             "          <Week>1</Week>\n          <Week>2</Week>\n"
             "          <Week>3</Week>\n          <Week>4</Week>\n"
             "          <Week>Last</Week>\n        </Weeks>\n" +
             weekdays() + months() + "      </ScheduleByMonthDayOfWeek>\n";
  }
  return {};
}

std::string calendar_trigger(const DaySpec& spec, const TimeRun& run, date::year_month_day start,
                             int second) {
  std::string out = "    <CalendarTrigger>\n";
  // No offset: the host's wall clock and its daylight-saving rules, as cron reads its fields.
  out += fmt::format("      <StartBoundary>{}T{:02}:{:02}:{:02}</StartBoundary>\n",
                     date::format("%F", start), run.first / 60, run.first % 60, second);
  if (run.count > 1) {
    // The end of the Duration is inclusive; one more minute (less than the interval) makes sure
    // the last start is inside it under load.
    const int duration = (run.count - 1) * run.interval + (run.interval > 1 ? 1 : 0);
    out += fmt::format(
        "      <Repetition>\n        <Interval>{}</Interval>\n        <Duration>{}</Duration>\n"
        "        <StopAtDurationEnd>false</StopAtDurationEnd>\n      </Repetition>\n",
        minutes_duration(run.interval), minutes_duration(duration));
  }
  return out + schedule_element(spec) + "    </CalendarTrigger>\n";
}

struct Action {
  std::string command;
  std::string arguments;
};

Action action_for(WindowsShell shell, const std::string& user, const JobEnvironment& environment,
                  const Command& command,
                  const std::vector<std::pair<std::string, std::string>>& variables,
                  EntryExport& out) {
  switch (shell) {
    case WindowsShell::wsl: {
      std::string arguments;
      if (!user.empty()) arguments += "-u " + windows_argument(user) + ' ';
      arguments += "--cd ~ --exec env";
      for (const auto& [name, value] : variables) {
        arguments += ' ' + windows_argument(fmt::format("{}={}", name, value));
      }
      arguments += fmt::format(" {} -c {}", windows_argument(environment.shell),
                               windows_argument(command.shell_command));
      out.notes.push_back(
          "wsl.exe runs the job in the default WSL distribution, which must be the Linux the "
          "crontab was written for; `env` adds the crontab's variables to the ones WSL sets");
      return {"C:\\Windows\\System32\\wsl.exe", arguments};
    }
    case WindowsShell::cmd:
    case WindowsShell::powershell: {
      const bool is_cmd = shell == WindowsShell::cmd;
      out.differences.push_back(fmt::format(
          "{} runs the command, not {}: quoting, variables, redirections and `;` or `&&` lists "
          "are read differently",
          is_cmd ? "cmd.exe" : "PowerShell", environment.shell));
      if (!variables.empty()) {
        std::string names;
        for (const auto& [name, value] : variables) names += (names.empty() ? "" : ", ") + name;
        out.differences.push_back(fmt::format(
            "the job's variables ({}) are not set: a task has no environment of its own", names));
      }
      if (is_cmd)
        return {"C:\\Windows\\System32\\cmd.exe",
                "/d /s /c \"" + std::string(command.shell_command) + '"'};
      return {"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
              "-NoProfile -NonInteractive -Command " + windows_argument(command.shell_command)};
    }
  }
  return {};
}

// cron's firings in the year whose wall time the zone skips or repeats: Microsoft documents
// nothing about what Task Scheduler does with them.
void add_daylight_saving_differences(const Schedule& schedule, const Crontab& crontab,
                                     const date::time_zone& zone, const date::time_zone* job_zone,
                                     date::sys_seconds from, EntryExport& out) {
  SimOptions options;
  options.zone = &zone;
  options.dialect = crontab.dialect;
  options.from = from;
  options.to = from + date::days(366);
  const SimJob job{schedule, job_zone};
  const date::time_zone& wall_zone = job_zone ? *job_zone : zone;
  std::size_t total = 0;
  constexpr std::size_t shown = 6;
  for (const Firing& firing : simulate(std::span<const SimJob>(&job, 1), options)) {
    const date::local_info info =
        wall_zone.get_info(date::local_seconds(firing.matched.time_since_epoch()));
    if (info.result == date::local_info::unique) continue;
    if (++total > shown) continue;
    out.differences.push_back(fmt::format(
        "{} {}: {} in {}; {} runs it at {}, and Microsoft does not document what Task "
        "Scheduler does then",
        date::format("%F %R", firing.matched),
        info.result == date::local_info::nonexistent ? "does not exist" : "occurs twice",
        info.result == date::local_info::nonexistent ? "the spring-forward gap"
                                                     : "the repeated hour",
        wall_zone.name(), dialect(crontab.dialect).daemon, local_time(firing.instant, wall_zone)));
  }
  if (total > shown) {
    out.differences.push_back(fmt::format("... {} more runs in changing hours in the year from {}",
                                          total - shown,
                                          date::format("%F", date::floor<date::days>(from))));
  }
}

}  // namespace

std::optional<WindowsShell> windows_shell_from_name(std::string_view name) {
  if (name == "wsl") return WindowsShell::wsl;
  if (name == "cmd") return WindowsShell::cmd;
  if (name == "powershell") return WindowsShell::powershell;
  return std::nullopt;
}

std::string windows_argument(std::string_view text) {
  std::string out = "\"";
  std::size_t backslashes = 0;
  for (char c : text) {
    if (c == '\\') {
      ++backslashes;
      continue;
    }
    if (c == '"') {
      out.append(backslashes * 2 + 1, '\\');
    } else {
      out.append(backslashes, '\\');
    }
    backslashes = 0;
    out += c;
  }
  out.append(backslashes * 2, '\\');  // before the closing quote
  return out + '"';
}

std::vector<EntryExport> export_windows(const Crontab& crontab,
                                        const WindowsExportOptions& options) {
  std::vector<EntryExport> out;
  // The day the triggers start: --from's day where cron runs.
  const date::local_seconds from_local =
      options.zone
          ? date::zoned_time<std::chrono::seconds>(options.zone, options.from).get_local_time()
          : date::local_seconds(options.from.time_since_epoch());
  const date::year_month_day start_day{date::floor<date::days>(from_local)};
  for (const Entry& entry : crontab.entries) {
    EntryExport result;
    result.line = entry.span.line;
    result.schedule = schedule_text(entry.special, entry.fields, entry.second_and_year);
    result.command = std::string(entry.command.raw);
    auto give_up = [&](std::string why) {
      result.impossible = std::move(why);
      out.push_back(std::move(result));
    };
    if (std::string why = why_not_exported(crontab, entry); !why.empty()) {
      give_up(std::move(why));
      continue;
    }
    const Schedule& schedule = entry.schedule;
    std::string error;
    const date::time_zone* job_zone = cron_tz_zone(crontab, entry, error);
    if (!error.empty()) {
      give_up(error);
      continue;
    }
    const std::vector<int> seconds = values_of(schedule.extras().seconds, 0, 59);
    if (seconds.size() > 1) {
      give_up("it runs several times a minute, and a trigger repeats at most once a minute");
      continue;
    }
    if (schedule.extras().years_limited &&
        !schedule.year_allowed(static_cast<int>(start_day.year()))) {
      give_up("its year field excludes the year the triggers would start in");
      continue;
    }

    std::string triggers;
    std::size_t trigger_count = 0;
    if (schedule.at_reboot) {
      triggers = "    <BootTrigger>\n      <Enabled>true</Enabled>\n    </BootTrigger>\n";
      trigger_count = 1;
      result.differences.push_back(fmt::format(
          "@reboot: {} runs it when the daemon starts; the task starts when Windows boots",
          dialect(crontab.dialect).daemon));
    } else {
      std::string why;
      const std::vector<DaySpec> specs = day_specs(schedule, why);
      if (!why.empty()) {
        give_up(why);
        continue;
      }
      const std::vector<TimeRun> runs = time_runs(schedule);
      trigger_count = specs.size() * runs.size();
      if (trigger_count > 48) {
        give_up(
            fmt::format("it needs {} triggers ({} day kinds x {} runs of times) and a task "
                        "holds at most 48",
                        trigger_count, specs.size(), runs.size()));
        continue;
      }
      for (const DaySpec& spec : specs) {
        for (const TimeRun& run : runs) {
          triggers += calendar_trigger(spec, run, start_day, seconds.empty() ? 0 : seconds[0]);
        }
      }
      if (specs.size() == 2) {
        result.differences.push_back(
            "on a day that is in both day fields, both triggers fire at the same time and the "
            "task may start twice; cron starts it once");
      }
      if (schedule.extras().years_limited) {
        result.notes.push_back("the year field is not exported: the task runs every year");
      }
      if (options.zone || job_zone) {
        add_daylight_saving_differences(schedule, crontab, options.zone ? *options.zone : *job_zone,
                                        job_zone, options.from, result);
        result.notes.push_back(fmt::format(
            "the task runs in the Windows host's time zone (a task names no zone): set the host "
            "to {}",
            (job_zone ? job_zone : options.zone)->name()));
      } else {
        result.notes.push_back(
            "the zone is not known (give --tz): runs in daylight-saving hours were not looked for");
      }
    }
    result.unit = export_name(crontab, entry, options.crontab_name);

    const std::string user = run_as(entry, options.owner);
    if (user.empty()) {
      result.differences.push_back(
          "whose crontab this is is not known (give --owner): the task names no user and runs "
          "as the account that registers it");
    }
    const JobSetup setup = job_setup(crontab, entry, user);
    const Action action =
        action_for(options.shell, user, setup.environment, entry.command, setup.variables, result);
    if (!entry.command.standard_input.empty()) {
      result.differences.push_back(
          "the text after `%` is not the job's standard input: a task gives a program none");
    }
    add_output_differences(crontab, entry, "Task Scheduler discards it", {}, result);

    const std::string description = fmt::format("cronkit: {} line {}: {}", options.crontab_name,
                                                entry.span.line, result.schedule);
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n";
    xml +=
        "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n";
    xml += fmt::format(
        "  <RegistrationInfo>\n    <Description>{}</Description>\n  </RegistrationInfo>\n",
        xml_text(description));
    xml += "  <Triggers>\n" + triggers + "  </Triggers>\n";
    xml += "  <Principals>\n    <Principal id=\"Author\">\n";
    if (!user.empty()) xml += fmt::format("      <UserId>{}</UserId>\n", xml_text(user));
    // S4U: runs whether the user is logged on or not, without a stored password, like cron.
    xml += "      <LogonType>S4U</LogonType>\n      <RunLevel>LeastPrivilege</RunLevel>\n";
    xml += "    </Principal>\n  </Principals>\n";
    xml +=
        "  <Settings>\n"
        "    <MultipleInstancesPolicy>Parallel</MultipleInstancesPolicy>\n"
        "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
        "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
        "    <StartWhenAvailable>false</StartWhenAvailable>\n"
        "    <IdleSettings>\n"
        "      <StopOnIdleEnd>false</StopOnIdleEnd>\n"
        "      <RestartOnIdle>false</RestartOnIdle>\n"
        "    </IdleSettings>\n"
        "    <Enabled>true</Enabled>\n"
        "    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>\n"
        "  </Settings>\n";
    xml += fmt::format(
        "  <Actions Context=\"Author\">\n    <Exec>\n      <Command>{}</Command>\n"
        "      <Arguments>{}</Arguments>\n    </Exec>\n  </Actions>\n</Task>\n",
        xml_text(action.command), xml_text(action.arguments));
    result.notes.push_back(
        "Task Scheduler's behaviour follows Microsoft's documentation; it was not run on Windows "
        "here");
    result.files.push_back({result.unit + ".xml", std::move(xml), ExportedFile::Encoding::utf16le});
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace cronkit::exporter
