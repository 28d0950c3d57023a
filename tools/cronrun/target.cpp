#include "target.hpp"

#include <unistd.h>

#include <charconv>
#include <optional>

#include "common/input.hpp"

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

}  // namespace cronkit::cronrun
