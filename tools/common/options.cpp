#include "common/options.hpp"

#include <chrono>
#include <iterator>
#include <string>
#include <vector>

#include "timezone/timezone.hpp"

namespace cronkit::tool {

DialectId DialectOption::id() const {
  // The option's check admits only known names.
  return dialect_from_name(name).value_or(DialectId::debian);
}

namespace {

std::vector<std::string> dialect_names() {
  std::vector<std::string> names;
  for (DialectId id : all_dialects) names.emplace_back(dialect(id).name);
  return names;
}

std::string dialect_option_help() {
  std::string help = "which cron to reproduce: ";
  for (DialectId id : all_dialects) {
    if (id != all_dialects[0])
      help += id == all_dialects[std::size(all_dialects) - 1] ? " or " : ", ";
    help += dialect(id).name;
    if (id == DialectId::debian) help += " (default)";
  }
  return help;
}

}  // namespace

std::optional<std::string> no_crontab_files(DialectId id) {
  const Dialect& chosen = dialect(id);
  if (chosen.reads_crontab_files) return std::nullopt;
  return std::string(chosen.name) + " has no crontab files (" + std::string(chosen.daemon) +
         " reads one schedule expression); give the expression itself: cronexplain --dialect " +
         std::string(chosen.name) + " 'EXPR', cronsim --dialect " + std::string(chosen.name) +
         " -e 'EXPR'";
}

CLI::Option* add_dialect_option(CLI::App& app, DialectOption& dialect) {
  return app.add_option("--dialect", dialect.name, dialect_option_help())
      ->type_name("NAME")
      ->check(CLI::IsMember(dialect_names()));
}

CLI::Option* add_tz_option(CLI::App& app, std::string& tz, const std::string& tz_help) {
  return app.add_option("--tz", tz, tz_help)->type_name("ZONE");
}

CLI::Option* add_from_option(CLI::App& app, std::string& from, const std::string& from_help) {
  return app.add_option("--from", from, from_help)->type_name("TIME");
}

const date::time_zone* resolve_zone(const std::string& tz, std::string& error) {
  if (tz.empty()) return default_zone(error);
  const date::time_zone* zone = find_zone(tz, error);
  if (!zone) error = "--tz: " + error;
  return zone;
}

std::optional<date::sys_seconds> resolve_from(const std::string& from, const date::time_zone& zone,
                                              std::string& error) {
  if (from.empty()) return date::ceil<std::chrono::minutes>(std::chrono::system_clock::now());
  std::optional<date::sys_seconds> instant = parse_time(from, zone, error);
  if (!instant) error = "--from: " + error;
  return instant;
}

}  // namespace cronkit::tool
