#include "lint/shellcheck.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>
#include <optional>
#include <variant>

#include <fmt/format.h>

extern char** environ;

namespace cronkit::lint {
namespace {

// ---- just enough JSON to read ShellCheck's json1 output
// ------------------------------------------

struct Json;
using JsonObject = std::map<std::string, Json, std::less<>>;
using JsonArray = std::vector<Json>;
struct Json {
  std::variant<std::nullptr_t, bool, double, std::string, JsonArray, JsonObject> value;
  const Json* get(std::string_view key) const {
    const auto* object = std::get_if<JsonObject>(&value);
    if (!object) return nullptr;
    auto it = object->find(key);
    return it == object->end() ? nullptr : &it->second;
  }
  double number(double fallback = 0) const {
    const auto* n = std::get_if<double>(&value);
    return n ? *n : fallback;
  }
  std::string string() const {
    const auto* s = std::get_if<std::string>(&value);
    return s ? *s : std::string();
  }
};

class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : text_(text) {}
  std::optional<Json> read() {
    std::optional<Json> json = value(0);
    skip_blanks();
    if (position_ != text_.size()) return std::nullopt;
    return json;
  }

 private:
  void skip_blanks() {
    while (position_ < text_.size() && std::strchr(" \t\r\n", text_[position_]) &&
           text_[position_] != '\0') {
      ++position_;
    }
  }
  bool consume(char c) {
    skip_blanks();
    if (position_ < text_.size() && text_[position_] == c) {
      ++position_;
      return true;
    }
    return false;
  }
  std::optional<Json> value(int depth) {
    if (depth > 64) return std::nullopt;
    skip_blanks();
    if (position_ >= text_.size()) return std::nullopt;
    char c = text_[position_];
    if (c == '{') {
      ++position_;
      JsonObject object;
      if (consume('}')) return Json{std::move(object)};
      do {
        skip_blanks();
        std::optional<std::string> key = string();
        if (!key || !consume(':')) return std::nullopt;
        std::optional<Json> member = value(depth + 1);
        if (!member) return std::nullopt;
        object.emplace(std::move(*key), std::move(*member));
      } while (consume(','));
      if (!consume('}')) return std::nullopt;
      return Json{std::move(object)};
    }
    if (c == '[') {
      ++position_;
      JsonArray array;
      if (consume(']')) return Json{std::move(array)};
      do {
        std::optional<Json> element = value(depth + 1);
        if (!element) return std::nullopt;
        array.push_back(std::move(*element));
      } while (consume(','));
      if (!consume(']')) return std::nullopt;
      return Json{std::move(array)};
    }
    if (c == '"') {
      std::optional<std::string> s = string();
      if (!s) return std::nullopt;
      return Json{std::move(*s)};
    }
    for (auto [word, json] : {std::pair{"null", Json{nullptr}}, std::pair{"true", Json{true}},
                              std::pair{"false", Json{false}}}) {
      if (text_.substr(position_).starts_with(word)) {
        position_ += std::strlen(word);
        return json;
      }
    }
    std::size_t end = position_;
    while (end < text_.size() && std::strchr("+-0123456789.eE", text_[end]) && text_[end]) ++end;
    if (end == position_) return std::nullopt;
    std::string number(text_.substr(position_, end - position_));
    position_ = end;
    return Json{std::strtod(number.c_str(), nullptr)};
  }
  std::optional<std::string> string() {
    if (position_ >= text_.size() || text_[position_] != '"') return std::nullopt;
    ++position_;
    std::string out;
    while (position_ < text_.size()) {
      char c = text_[position_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (position_ >= text_.size()) return std::nullopt;
      char escape = text_[position_++];
      switch (escape) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          if (position_ + 4 > text_.size()) return std::nullopt;
          unsigned code = std::stoul(std::string(text_.substr(position_, 4)), nullptr, 16);
          position_ += 4;
          // Messages are ASCII in practice; anything else is kept as UTF-8 of the BMP code point.
          if (code < 0x80) {
            out += static_cast<char>(code);
          } else if (code < 0x800) {
            out += static_cast<char>(0xC0 | (code >> 6));
            out += static_cast<char>(0x80 | (code & 0x3F));
          } else {
            out += static_cast<char>(0xE0 | (code >> 12));
            out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (code & 0x3F));
          }
          break;
        }
        default:
          out += escape;
      }
    }
    return std::nullopt;
  }

  std::string_view text_;
  std::size_t position_ = 0;
};

// ---- running ShellCheck
// ----------------------------------------------------------------------------

struct ProcessResult {
  std::string output;
  std::string error;  // why it could not be run
};

ProcessResult run_with_input(const std::string& program, const std::string& input) {
  ProcessResult result;
  int to_child[2], from_child[2];
  if (pipe2(to_child, O_CLOEXEC) != 0) return {"", std::strerror(errno)};
  if (pipe2(from_child, O_CLOEXEC) != 0) {
    close(to_child[0]);
    close(to_child[1]);
    return {"", std::strerror(errno)};
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, to_child[0], 0);
  posix_spawn_file_actions_adddup2(&actions, from_child[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<std::string> args = {program, "--shell=sh", "--format=json1", "--norc", "-"};
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(to_child[0]);
  close(from_child[1]);
  if (spawned != 0) {
    close(to_child[1]);
    close(from_child[0]);
    return {"", fmt::format("cannot run {}: {}", program, std::strerror(spawned))};
  }
  // Write the script and read the answer at the same time, so neither side blocks on a full pipe.
  std::size_t written = 0;
  bool writing = true;
  if (input.empty()) {
    close(to_child[1]);
    writing = false;
  }
  char buffer[65536];
  while (true) {
    pollfd fds[2] = {{from_child[0], POLLIN, 0}, {writing ? to_child[1] : -1, POLLOUT, 0}};
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (writing && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t n = write(to_child[1], input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 || written == input.size()) {
        close(to_child[1]);
        writing = false;
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      ssize_t n = read(from_child[0], buffer, sizeof buffer);
      if (n > 0) {
        result.output.append(buffer, static_cast<std::size_t>(n));
      } else if (n == 0 || errno != EINTR) {
        break;
      }
    }
  }
  if (writing) close(to_child[1]);
  close(from_child[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  // ShellCheck exits 1 when it has findings; 2 and above mean it failed.
  if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) {
    result.error = fmt::format("{} failed (exit status {})", program,
                               WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  }
  return result;
}

Severity severity_of(const std::string& level) {
  if (level == "error") return Severity::error;
  if (level == "warning") return Severity::warning;
  return Severity::info;  // info, style
}

// The byte offset in `text` of ShellCheck's 1-based column, which counts characters.
std::size_t byte_of_column(std::string_view text, long column) {
  std::size_t byte = 0;
  for (long c = 1; c < column && byte < text.size(); ++c) {
    ++byte;
    while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
  }
  return byte;
}

}  // namespace

ShellCheckResult run_shellcheck(const Crontab& crontab, const std::string& program) {
  ShellCheckResult result;
  const Dialect& rules = dialect(crontab.dialect);
  for (const Entry& entry : crontab.entries) {
    if (!entry.accepted) continue;
    std::string_view raw = entry.command.raw;
    std::size_t cut = entry.command.first_unescaped_percent().value_or(raw.size());
    // The command as the shell gets it (`\%` read as `%`), and where each of its bytes came from.
    std::string command;
    std::vector<std::size_t> origin;
    for (std::size_t i = 0; i < cut; ++i) {
      if (raw[i] == '\\' && i + 1 < cut &&
          (raw[i + 1] == '%' || (raw[i + 1] == '\\' && rules.unescapes_double_backslash))) {
        ++i;
      }
      command += raw[i];
      origin.push_back(i);
    }
    origin.push_back(cut);
    if (command.find_first_not_of(" \t") == std::string::npos) continue;
    // The crontab's variables are known to the job: declare them on lines before the command so
    // that ShellCheck does not call them unassigned; findings on those lines are dropped.
    std::string script;
    std::uint32_t prefix_lines = 0;
    for (const EnvAssignment& assignment : crontab.environment_for(entry)) {
      bool plain = !assignment.name.empty() &&
                   assignment.name.find_first_not_of(
                       "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") ==
                       std::string::npos;
      if (!plain) continue;
      script += "export " + assignment.name + "=x\n";
      ++prefix_lines;
    }
    script += command;
    script += '\n';
    ProcessResult run = run_with_input(program, script);
    if (!run.error.empty()) {
      result.error = run.error;
      return result;
    }
    std::optional<Json> json = JsonReader(run.output).read();
    const Json* comments = json ? json->get("comments") : nullptr;
    const auto* list = comments ? std::get_if<JsonArray>(&comments->value) : nullptr;
    if (!list) {
      result.error = "cannot read ShellCheck's output";
      return result;
    }
    for (const Json& comment : *list) {
      long line = static_cast<long>(comment.get("line") ? comment.get("line")->number() : 0);
      if (line != static_cast<long>(prefix_lines) + 1) continue;
      long column = static_cast<long>(comment.get("column") ? comment.get("column")->number() : 1);
      long end_column =
          static_cast<long>(comment.get("endColumn") ? comment.get("endColumn")->number() : column);
      long end_line =
          static_cast<long>(comment.get("endLine") ? comment.get("endLine")->number() : line);
      std::size_t begin = std::min(byte_of_column(command, column), command.size());
      std::size_t end = end_line == line
                            ? std::min(byte_of_column(command, end_column), command.size())
                            : command.size();
      if (end < begin) end = begin;
      std::size_t raw_begin = origin[begin];
      std::size_t raw_end = origin[end];
      Span span;
      span.line = entry.command.span.line;
      span.begin = entry.command.span.begin + raw_begin;
      span.end = entry.command.span.begin + raw_end;
      span.column = static_cast<std::uint32_t>(entry.command.span.column + raw_begin);
      span.end_column = static_cast<std::uint32_t>(entry.command.span.column + raw_end);
      int code = static_cast<int>(comment.get("code") ? comment.get("code")->number() : 0);
      std::string message = comment.get("message") ? comment.get("message")->string() : "";
      // ShellCheck's messages are sentences; cronkit's are lower-case without a final period.
      if (!message.empty() && message.back() == '.') message.pop_back();
      result.findings.push_back(
          Finding{fmt::format("shellcheck/SC{}", code),
                  severity_of(comment.get("level") ? comment.get("level")->string() : "info"), span,
                  span.line, message, std::nullopt});
    }
  }
  return result;
}

}  // namespace cronkit::lint
