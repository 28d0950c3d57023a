#include "fs/file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>

#include <fmt/format.h>

namespace cronkit::fs {

namespace {

std::string errno_text(int error) {
  return std::strerror(error);
}

// Closes a descriptor on every path out of a function.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() { close(); }
  int get() const { return fd_; }
  // close() can report a write error that write() did not (e.g. on NFS), so its result counts.
  int close() {
    int result = 0;
    if (fd_ >= 0) result = ::close(fd_);
    fd_ = -1;
    return result;
  }

 private:
  int fd_;
};

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// A name that no other writer (another cronkit, an editor) is likely to pick, hidden from `ls`
// and from cron, which skips dot files in /etc/cron.d.
std::string temporary_name(const std::string& base_name, int attempt) {
  static std::atomic<unsigned> counter{0};
  auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
  return fmt::format(".{}.cronkit-{}-{}-{:x}", base_name, ::getpid(), counter++,
                     static_cast<unsigned long long>(ticks) ^ static_cast<unsigned>(attempt));
}

}  // namespace

ReadResult read_file(const std::filesystem::path& path) {
  ReadResult result;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    result.error = fmt::format("cannot read {}: {}", path.string(), errno_text(errno));
    return result;
  }
  Descriptor descriptor(fd);
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    result.error = fmt::format("cannot read {}: {}", path.string(), errno_text(errno));
    return result;
  }
  if (S_ISDIR(info.st_mode)) {
    result.error = fmt::format("cannot read {}: it is a directory", path.string());
    return result;
  }
  std::string content;
  char buffer[65536];
  for (;;) {
    ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      result.error = fmt::format("cannot read {}: {}", path.string(), errno_text(errno));
      return result;
    }
    if (got == 0) break;
    content.append(buffer, static_cast<std::size_t>(got));
  }
  result.content = std::move(content);
  return result;
}

std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::string_view content) {
  std::filesystem::path target = path;
  std::error_code ec;
  struct stat link_info {};
  if (::lstat(path.c_str(), &link_info) == 0 && S_ISLNK(link_info.st_mode)) {
    // Replace the file the link names, not the link; a rename over the link would turn it into
    // a separate copy.
    std::filesystem::path resolved = std::filesystem::canonical(path, ec);
    if (ec) return fmt::format("cannot write {}: {}", path.string(), ec.message());
    struct stat link_directory {};
    struct stat resolved_directory {};
    std::filesystem::path link_parent = path.parent_path().empty() ? "." : path.parent_path();
    if (::stat(link_parent.c_str(), &link_directory) != 0 ||
        ::stat(resolved.parent_path().c_str(), &resolved_directory) != 0) {
      return fmt::format("cannot write {}: {}", path.string(), errno_text(errno));
    }
    if (link_directory.st_dev != resolved_directory.st_dev) {
      return fmt::format(
          "not writing {}: it is a symbolic link to {}, on another file system, which cannot be "
          "replaced atomically from here",
          path.string(), resolved.string());
    }
    target = resolved;
  }

  struct stat original {};
  bool exists = ::stat(target.c_str(), &original) == 0;
  if (!exists && errno != ENOENT) {
    return fmt::format("cannot write {}: {}", path.string(), errno_text(errno));
  }
  if (exists && !S_ISREG(original.st_mode)) {
    return fmt::format("not writing {}: it is not a regular file", path.string());
  }

  std::filesystem::path directory = target.parent_path().empty() ? "." : target.parent_path();
  std::string base_name = target.filename().string();
  std::filesystem::path temporary;
  int fd = -1;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temporary = directory / temporary_name(base_name, attempt);
    // 0666 and the umask decide a new file's mode, as for any editor; an existing file's mode is
    // copied below.
    fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    return fmt::format("cannot create a temporary file in {}: {}", directory.string(),
                       errno_text(errno));
  }
  Descriptor descriptor(fd);
  auto fail = [&](std::string what) {
    int saved = errno;
    descriptor.close();
    ::unlink(temporary.c_str());
    return fmt::format("cannot write {}: {}: {}", path.string(), what, errno_text(saved));
  };
  if (exists) {
    // The owner first: changing it clears set-id bits, which the mode then restores. cron skips
    // a system crontab that is not owned by root, so a file that cannot keep its owner is not
    // replaced at all.
    if ((original.st_uid != ::geteuid() || original.st_gid != ::getegid()) &&
        ::fchown(fd, original.st_uid, original.st_gid) != 0) {
      return fail(fmt::format("cannot give the new file the owner {}:{}", original.st_uid,
                              original.st_gid));
    }
    if (::fchmod(fd, original.st_mode & 07777) != 0) {
      return fail("cannot give the new file the original's mode");
    }
  }
  if (!write_all(fd, content)) return fail("writing the temporary file");
  if (::fsync(fd) != 0) return fail("flushing the temporary file");
  if (descriptor.close() != 0) return fail("closing the temporary file");
  if (::rename(temporary.c_str(), target.c_str()) != 0) {
    return fail(fmt::format("renaming {} over it", temporary.filename().string()));
  }
  // The rename is durable only once the directory is on disk; the new content already is, so a
  // failure here is not worth reporting as a failed write.
  int directory_fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (directory_fd >= 0) {
    ::fsync(directory_fd);
    ::close(directory_fd);
  }
  return std::nullopt;
}

}  // namespace cronkit::fs
