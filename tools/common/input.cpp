#include "common/input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>

namespace cronkit::tool {
namespace {

// strerror's text in the tools' style: messages start in lower case ("no such file or
// directory"), like the rest of what they print.
std::string reason(int error_number) {
  std::string text = std::strerror(error_number);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

}  // namespace

std::string input_name(const std::string& path) {
  return path == "-" ? "standard input" : path;
}

std::optional<std::string> read_input(const std::string& path, std::string& error) {
  const bool from_stdin = path == "-";
  // Plain read(2) rather than a stream: the same code for files, pipes and FIFOs, and errno
  // says what went wrong.
  int fd = from_stdin ? STDIN_FILENO : open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = input_name(path) + ": " + reason(errno);
    return std::nullopt;
  }
  auto done = [&] {
    if (!from_stdin) close(fd);
  };
  struct stat info {};
  if (fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    done();
    error = input_name(path) + ": " + reason(EISDIR);
    return std::nullopt;
  }
  std::string text;
  if (S_ISREG(info.st_mode) && info.st_size > 0)
    text.reserve(static_cast<std::size_t>(info.st_size));
  char buffer[1 << 16];
  while (true) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n > 0) {
      text.append(buffer, static_cast<std::size_t>(n));
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      error = input_name(path) + ": " + reason(errno);
      done();
      return std::nullopt;
    }
  }
  done();
  return text;
}

}  // namespace cronkit::tool
