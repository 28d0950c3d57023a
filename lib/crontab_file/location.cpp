#include "crontab_file/location.hpp"

namespace cronkit {
namespace {

struct PathParts {
  std::string_view directory;  // empty when the path has no slash
  std::string_view name;
  std::string_view parent;  // the last component of `directory`
};

PathParts split(std::string_view path) {
  PathParts parts;
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos) {
    parts.name = path;
    return parts;
  }
  parts.directory = path.substr(0, slash);
  parts.name = path.substr(slash + 1);
  std::size_t parent_slash = parts.directory.rfind('/');
  parts.parent = parent_slash == std::string_view::npos ? parts.directory
                                                        : parts.directory.substr(parent_slash + 1);
  return parts;
}

}  // namespace

std::optional<std::string_view> cron_d_file_name(std::string_view path) {
  PathParts parts = split(path);
  // A path ending in `/` names the directory itself, not a file in it.
  if (parts.parent != "cron.d" || parts.name.empty()) return std::nullopt;
  return parts.name;
}

CrontabFormat format_for_path(std::string_view path) {
  if (cron_d_file_name(path)) return CrontabFormat::system;
  PathParts parts = split(path);
  if (parts.name == "crontab" && parts.parent == "etc") return CrontabFormat::system;
  return CrontabFormat::user;
}

bool cron_skips_file_name(std::string_view path, DialectId dialect) {
  std::optional<std::string_view> name = cron_d_file_name(path);
  return name && !cronkit::dialect(dialect).reads_cron_d_file(*name);
}

std::optional<std::string> why_cron_skips_file_name(std::string_view path, DialectId dialect) {
  if (!cron_skips_file_name(path, dialect)) return std::nullopt;
  std::string name(*cron_d_file_name(path));
  // What the dialect's directory scan reads, so that the reader knows what to rename it to.
  const Dialect& cron = cronkit::dialect(dialect);
  return std::string(cron.daemon) + " does not read a file named \"" + name + "\" in cron.d (" +
         std::string(cron.cron_d_file_names) + "), so none of its entries run";
}

InstalledCrontab installed_location(std::string_view path, DialectId dialect) {
  PathParts parts = split(path);
  if (path == "/etc/crontab" || (parts.directory == "/etc/cron.d" && !parts.name.empty())) {
    return {InstalledCrontab::Kind::system, {}};
  }
  if (parts.directory == cronkit::dialect(dialect).spool_directory && !parts.name.empty()) {
    return {InstalledCrontab::Kind::spool, std::string(parts.name)};
  }
  return {};
}

}  // namespace cronkit
