#include "explain/entry.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "environment/mail.hpp"
#include "explain/output.hpp"

namespace cronkit {
namespace {

// Values of other variables may be secrets (tokens, passwords): only these are shown.
bool value_is_shown(std::string_view name) {
  return name == "SHELL" || name == "PATH" || name == "MAILTO" || name == "CRON_TZ";
}

std::string_view basename(std::string_view path) {
  const auto slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

EntryFacts describe_entry(const Crontab& crontab, const Entry& entry) {
  const Dialect& cron = dialect(crontab.dialect);
  EntryFacts facts;
  facts.file = crontab.path;
  facts.line = entry.span.line;
  facts.schedule_text = schedule_text(entry.special, entry.fields, entry.second_and_year);
  if (entry.user) facts.user = std::string(*entry.user);
  facts.command = entry.command.shell_command;
  facts.standard_input = entry.command.standard_input;

  // The last assignment of each name wins; keep the order of first appearance.
  std::vector<const EnvAssignment*> in_force;
  for (const EnvAssignment& assignment : crontab.environment_for(entry)) {
    auto same = std::find_if(in_force.begin(), in_force.end(),
                             [&](const EnvAssignment* a) { return a->name == assignment.name; });
    if (same != in_force.end()) {
      *same = &assignment;
    } else {
      in_force.push_back(&assignment);
    }
  }
  const auto find = [&](std::string_view name) -> const EnvAssignment* {
    for (const EnvAssignment* a : in_force) {
      if (a->name == name) return a;
    }
    return nullptr;
  };

  const EnvAssignment* shell = find("SHELL");
  const EnvAssignment* path = find("PATH");
  if (!shell) {
    if (cron.default_shell_is_daemons) {
      facts.environment.push_back({"SHELL", std::nullopt, false,
                                   fmt::format("the shell {} was started with", cron.daemon),
                                   true});
    } else {
      facts.environment.push_back({"SHELL", "/bin/sh", true, {}});
    }
  }
  if (!path) {
    if (cron.inherits_daemon_environment) {
      facts.environment.push_back({"PATH", std::nullopt, false,
                                   fmt::format("inherited from {}'s environment", cron.daemon),
                                   true});
    } else {
      facts.environment.push_back({"PATH", std::string(cron.default_path), true, {}});
    }
  }
  for (const EnvAssignment* a : in_force) {
    EnvironmentLine line{a->name, std::nullopt, false, {}};
    if (value_is_shown(a->name)) line.value = a->value;
    if (a->name == "CRON_TZ") {
      if (cron.honours_cron_tz && !a->value.empty()) {
        line.note = fmt::format("cronie reads this entry's times in {}", a->value);
        facts.schedule_zone = a->value;
      } else if (cron.honours_cron_tz) {
        line.note = "empty: the system zone";
      } else {
        line.note = fmt::format("{} ignores CRON_TZ for scheduling{}", cron.daemon,
                                cron.exports_crontab_variables ? " and only exports it" : "");
      }
    }
    if (a->name == "TZ") line.note = "the command's zone only; cron schedules in its own zone";
    if (a->name == "RANDOM_DELAY") {
      line.note = cron.honours_random_delay
                      ? "cronie delays each run by up to this many minutes, by an amount chosen "
                        "when the daemon starts"
                      : fmt::format("{} ignores it{}", cron.daemon,
                                    cron.exports_crontab_variables ? " and only exports it" : "");
    }
    facts.environment.push_back(std::move(line));
  }

  MailTarget mail;
  mail.daemon = cron.daemon;
  const EnvAssignment* mailto_line = find("MAILTO");
  if (!cron.mails_output_to_mailto || (cron.output_without_mailto == JobOutput::logged_by_daemon &&
                                       (!mailto_line || mailto_line->value.empty()))) {
    mail.kind = cron.output_without_mailto == JobOutput::systemd_journal ? MailTarget::Kind::journal
                                                                         : MailTarget::Kind::logged;
  } else if (const EnvAssignment* mailto = mailto_line) {
    mail.who = mailto->value;
    if (mail_value_is_expanded(mailto->value, cron.id)) {
      // cronie mails whatever crond's environment makes of it, which a crontab does not show.
      mail.kind = MailTarget::Kind::address;
    } else {
      switch (mailto_effect(mailto->value, cron.id)) {
        case MailtoEffect::owner:
        case MailtoEffect::address:
          mail.kind = MailTarget::Kind::address;
          break;
        case MailtoEffect::none:
          mail.kind = MailTarget::Kind::disabled;
          break;
        case MailtoEffect::refused:
          mail.kind = MailTarget::Kind::unsafe;
          break;
      }
    }
  } else if (entry.user) {
    mail.who = std::string(*entry.user);
  }
  const std::string_view shell_path = shell ? std::string_view(shell->value) : "/bin/sh";
  facts.output = describe_output(route_output(facts.command, basename(shell_path) == "bash"), mail);
  return facts;
}

}  // namespace cronkit
