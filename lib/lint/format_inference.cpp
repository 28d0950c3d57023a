#include "lint/format_inference.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "crontab_file/location.hpp"
#include "lint/data/command_locations.hpp"
#include "lint/env_lines.hpp"
#include "lint/programs.hpp"

namespace cronkit::lint {
namespace {

// Accounts that Debian's packages or the usual images create, which are not also command names.
constexpr auto accounts = std::to_array<std::string_view>(
    {"root",          "www-data",      "nobody",   "daemon",  "postgres",  "mysql",  "nginx",
     "apache",        "ubuntu",        "ec2-user", "backup",  "list",      "proxy",  "irc",
     "_apt",          "redis",         "odoo",     "jenkins", "admin",     "deploy", "app",
     "web",           "debian",        "pi",       "nagios",  "zabbix",    "munin",  "postfix",
     "bind",          "Debian-exim",   "mailman",  "barman",  "smokeping", "cacti",  "nextcloud",
     "gitlab-runner", "elasticsearch", "tomcat"});

bool is_account(std::string_view word) {
  return std::find(accounts.begin(), accounts.end(), word) != accounts.end();
}

// Spelled like a user name: lower-case letters, digits, `_`, `-` (and a final `$` for machine
// accounts), starting with a letter or `_`.
bool spelled_like_user(std::string_view word) {
  if (word.empty() || !(std::islower(static_cast<unsigned char>(word[0])) || word[0] == '_'))
    return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    bool ok = std::islower(static_cast<unsigned char>(c)) ||
              std::isdigit(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
              (c == '$' && i + 1 == word.size());
    if (!ok) return false;
  }
  return true;
}

bool is_debian_command(std::string_view word) {
  return data::debian_command_locations().find(word) != nullptr;
}

// A word that starts a command: a path, a variable, a quoted word, or a program Debian installs.
bool reads_as_command(std::string_view word) {
  return looks_like_command_token(word) || is_debian_command(word) ||
         data::find_user_installed(word) != nullptr || word.find('=') != std::string_view::npos;
}

std::vector<std::string_view> words_of(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::size_t begin = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > begin) words.push_back(line.substr(begin, i - begin));
  }
  return words;
}

}  // namespace

FormatVotes vote_format(std::string_view text) {
  FormatVotes votes;
  std::size_t lineno = 0;
  std::size_t start = 0;
  // A thousand entries that tell are evidence enough; a million-line file is not read twice.
  constexpr std::size_t enough_votes = 1000;
  while (start < text.size() && votes.system + votes.user < enough_votes) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    std::vector<std::string_view> words = words_of(line);
    if (words.empty() || words[0].front() == '#') continue;
    if (read_env_line(line).outcome != EnvLineCandidate::Outcome::not_an_assignment) continue;
    std::size_t position = words[0].front() == '@' ? 1 : 5;
    if (words.size() <= position) continue;
    std::string_view word = words[position];
    bool more = words.size() > position + 1;
    bool system = false, user = false;
    if (is_account(word) && !is_debian_command(word)) {
      system = more;
    } else if (reads_as_command(word)) {
      user = true;
    } else if (spelled_like_user(word) && more && reads_as_command(words[position + 1])) {
      system = true;
    }
    if (system) {
      ++votes.system;
      if (votes.first_system_line == 0) votes.first_system_line = lineno;
    } else if (user) {
      ++votes.user;
      if (votes.first_user_line == 0) votes.first_user_line = lineno;
    }
  }
  return votes;
}

bool busybox_layout(std::string_view path, DialectId dialect) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string_view::npos || slash + 1 == path.size()) return false;
  std::string_view directory = path.substr(0, slash);
  if (directory == cronkit::dialect(dialect).spool_directory) return false;
  return directory == "crontabs" || directory.ends_with("/crontabs");
}

InferredFormat infer_format(std::string_view path, std::string_view text, DialectId dialect) {
  // cron's own places declare the format: it reads them that way whatever they hold.
  switch (installed_location(path, dialect).kind) {
    case InstalledCrontab::Kind::system:
      return {CrontabFormat::system, FormatBasis::declared, {}};
    case InstalledCrontab::Kind::spool:
      return {CrontabFormat::user, FormatBasis::declared, {}};
    case InstalledCrontab::Kind::elsewhere:
      break;
  }
  FormatVotes votes = vote_format(text);
  // A file in a directory named cron.d (a repository's copy of /etc/cron.d) is meant to be
  // installed there: its format is the path's, and content that contradicts it is worth a
  // warning. Other names (`crontab`, `etc/crontab` in a repository) are installed either way.
  if (cron_d_file_name(path)) {
    if (votes.user > 0) {
      return {CrontabFormat::system, FormatBasis::path,
              fmt::format("the file is in a cron.d directory, where cron reads a user field, but "
                          "{} of its entries {} a command there (line {})",
                          votes.user, votes.user == 1 ? "has" : "have", votes.first_user_line)};
    }
    return {CrontabFormat::system, FormatBasis::path, {}};
  }
  if (votes.system > 0 && votes.user == 0) return {CrontabFormat::system, FormatBasis::content, {}};
  if (votes.user > 0 && votes.system == 0) return {CrontabFormat::user, FormatBasis::content, {}};
  CrontabFormat format = votes.system > votes.user   ? CrontabFormat::system
                         : votes.user > votes.system ? CrontabFormat::user
                                                     : format_for_path(path);
  if (votes.system == 0 && votes.user == 0) return {format, FormatBasis::guessed, {}};
  return {format, FormatBasis::guessed,
          fmt::format("the format is a guess: {} entr{} a user name after the schedule (line "
                      "{}), {} a command (line {})",
                      votes.system, votes.system == 1 ? "y has" : "ies have",
                      votes.first_system_line, votes.user, votes.first_user_line)};
}

}  // namespace cronkit::lint
