#include "output_file.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

namespace cronkit::cronsim {

bool write_atomically(const std::string& path, const std::string& content, std::string& error) {
  std::filesystem::path target(path);
  std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
  std::string pattern = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  auto fail = [&] {
    error = path + ": " + std::strerror(errno);
    return false;
  };
  int fd = mkstemp(name.data());
  if (fd < 0) return fail();
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail();
      ::close(fd);
      std::remove(name.data());
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  // mkstemp creates 0600; an image is for sharing.
  fchmod(fd, 0644);
  if (::close(fd) != 0 || std::rename(name.data(), path.c_str()) != 0) {
    fail();
    std::remove(name.data());
    return false;
  }
  return true;
}

}  // namespace cronkit::cronsim
