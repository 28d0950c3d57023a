#include "common/options.hpp"

#include <chrono>

#include "timezone/timezone.hpp"

namespace cronkit::tool {

DialectId DialectOption::id() const {
  // The option's check admits only known names.
  return dialect_from_name(name).value_or(DialectId::debian);
}

CLI::Option* add_dialect_option(CLI::App& app, DialectOption& dialect) {
  return app
      .add_option("--dialect", dialect.name, "which cron to reproduce: debian (default) or cronie")
      ->type_name("NAME")
      ->check(CLI::IsMember({"debian", "cronie"}));
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
