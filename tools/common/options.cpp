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

CLI::Option* add_dialect_option(CLI::App& app, DialectOption& dialect) {
  return app.add_option("--dialect", dialect.name, dialect_option_help())
      ->type_name("NAME")
      ->check(CLI::IsMember(dialect_names()));
}

std::optional<std::string> crontab_files_refusal(DialectId id) {
  const Dialect& rules = dialect(id);
  if (rules.reads_crontab_files) return std::nullopt;
  const std::string name(rules.name);
  return std::string(rules.daemon) +
         " reads no crontab file: it is handed one expression at a time. Explain one with "
         "`cronexplain --dialect " +
         name + " 'EXPR'`, list its firings with `cronsim --dialect " + name +
         " -e 'EXPR'` or lint it with `cronlint --dialect " + name + " --expr 'EXPR'`";
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
