#include "target.hpp"

#include <unistd.h>

#include <charconv>
#include <optional>

#include "common/input.hpp"
#include "crontab_file/location.hpp"
#include "parse/parse.hpp"

namespace cronkit::cronrun {

std::string read_crontab(const std::string& path) {
  if (path == "-" && isatty(STDIN_FILENO)) {
    throw Failure{"standard input is a terminal: pipe a crontab in, or name a FILE:LINE"};
  }
  std::string error;
  std::optional<std::string> text = tool::read_input(path, error);
  if (!text) throw Failure{error};
  return std::move(*text);
}

std::pair<std::string, std::uint32_t> split_target(const std::string& target) {
  std::size_t colon = target.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    throw Failure{"expected FILE:LINE (\"-:N\" for standard input), got \"" + target + "\""};
  }
  std::string number = target.substr(colon + 1);
  std::uint32_t line = 0;
  auto [end, ec] = std::from_chars(number.data(), number.data() + number.size(), line);
  if (ec != std::errc() || end != number.data() + number.size() || line == 0) {
    throw Failure{"\"" + number + "\" in \"" + target + "\" is not a line number (1, 2, ...)"};
  }
  return {target.substr(0, colon), line};
}

std::string describe_non_entry(const Crontab& crontab, const Line& line) {
  switch (line.kind) {
    case Line::Kind::blank:
      return "a blank line";
    case Line::Kind::comment:
      return "a comment";
    case Line::Kind::environment:
      return "an environment assignment (" + crontab.environment[line.index].name + "=...)";
    case Line::Kind::rejected:
      for (const Diagnostic& d : crontab.diagnostics) {
        if (d.span.line == line.number && d.rejected_by_cron) {
          return "a line cron rejects: " + d.message;
        }
      }
      return "a line cron rejects";
    case Line::Kind::entry:
      break;
  }
  return "an entry";
}

Target file_target(const std::string& file_and_line, std::optional<CrontabFormat> chosen,
                   DialectId dialect) {
  auto [file, line] = split_target(file_and_line);
  const CrontabFormat format = chosen        ? *chosen
                               : file != "-" ? format_for_path(file)
                                             : CrontabFormat::user;
  Crontab crontab = parse_crontab(read_crontab(file), ParseOptions{format, dialect, file});
  std::string label = file + ":" + std::to_string(line);
  return Target{file, std::move(label), line, std::move(crontab)};
}

Target command_target(const std::string& command, DialectId dialect) {
  if (command.find('\n') != std::string::npos) {
    throw Failure{"-c: the command must be one line (cron commands end at the newline)"};
  }
  if (command.find_first_not_of(" \t") == std::string::npos) {
    throw Failure{"-c: the command is empty"};
  }
  Crontab crontab = parse_crontab("* * * * * " + command + "\n",
                                  ParseOptions{CrontabFormat::user, dialect, "-c"});
  return Target{"-c", "-c", 1, std::move(crontab)};
}

}  // namespace cronkit::cronrun
