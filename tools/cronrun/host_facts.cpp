#include "host_facts.hpp"

#include "environment/diff.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <string_view>

extern char** environ;

namespace cronkit::cronrun {

std::vector<EnvVar> current_environment() {
  std::vector<EnvVar> variables;
  for (char** env = environ; env && *env; ++env) {
    std::string_view entry(*env);
    std::size_t eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    variables.push_back({std::string(entry.substr(0, eq)), std::string(entry.substr(eq + 1))});
  }
  return variables;
}

bool is_executable_file(const std::string& path) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) && access(path.c_str(), X_OK) == 0;
}

std::optional<uid_t> spool_uid(const Host& host, const InstalledCrontab& installed) {
  if (installed.kind != InstalledCrontab::Kind::spool) return std::nullopt;
  std::optional<PasswdEntry> user = host.passwd.by_name(installed.spool_user);
  return user ? std::optional<uid_t>(user->uid) : std::nullopt;
}

std::optional<std::string> why_cron_skips(const std::string& path, DialectId dialect,
                                          const Host& host, InstalledCrontab& installed) {
  std::error_code ec;
  std::string absolute = std::filesystem::absolute(path, ec).lexically_normal().string();
  installed = installed_location(absolute, dialect);
  if (installed.kind == InstalledCrontab::Kind::elsewhere) return std::nullopt;
  std::optional<FileFacts> facts = read_file_facts(path);
  if (!facts) return std::nullopt;
  return why_cron_skips_file(installed, *facts, spool_uid(host, installed), dialect);
}

std::string environment_diff_text(const JobPlan& plan, const Host& host) {
  std::vector<EnvVar> current = current_environment();
  EnvironmentDiff diff = diff_environment(plan.environment, current);
  std::string current_path;
  for (const EnvVar& v : current) {
    if (v.name == "PATH") current_path = v.value;
  }
  const JobVariable* job_path = plan.environment.find("PATH");
  std::vector<CommandLookup> missing = commands_missing_from_path(
      plan.command.argv.back(), job_path ? job_path->value : "", current_path,
      [&](const std::string& file) { return is_executable_file(host.root + file); });
  return render_environment_diff(plan, diff, missing);
}

RunRequest run_request(const JobPlan& plan, const Host& host,
                       std::optional<double> timeout_seconds) {
  RunRequest request;
  request.argv = plan.command.argv;
  request.environment = plan.environment.envp();
  request.working_directory = plan.start_directory();
  request.umask = plan.umask;
  request.fallback_directory = plan.fallback_directory;
  request.standard_input = plan.command.standard_input;
  if (host.is_root) request.switch_to_user = plan.user;  // cron always sets gid, groups, uid
  if (timeout_seconds) {
    request.timeout =
        std::chrono::milliseconds(static_cast<long long>(std::llround(*timeout_seconds * 1000)));
  }
  request.on_stdout = [](std::string_view chunk) {
    std::cout.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    std::cout.flush();
  };
  request.on_stderr = [](std::string_view chunk) {
    std::cerr.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    std::cerr.flush();
  };
  return request;
}

}  // namespace cronkit::cronrun
