#include "discover/discover.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "discover/gitignore.hpp"

namespace cronkit::discover {
namespace {

// git's test for a binary file: a NUL byte among the first 8000 bytes.
constexpr std::size_t binary_probe = 8000;

std::string reason(int error_number) {
  std::string text = std::strerror(error_number);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

enum class ReadStatus { ok, not_regular, failed };

// The file's first `limit` bytes (all of it: npos). The link itself is never followed.
ReadStatus read_file(const std::string& path, std::size_t limit, std::string& text, int& error) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if (fd < 0) {
    error = errno;
    return errno == ELOOP ? ReadStatus::not_regular : ReadStatus::failed;
  }
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    close(fd);
    return ReadStatus::not_regular;
  }
  const std::size_t size = static_cast<std::size_t>(info.st_size);
  text.resize(std::min(size, limit));
  std::size_t done = 0;
  while (true) {
    if (done == text.size()) {
      // The file grew since fstat(): read on, in steps, unless only a prefix was asked for.
      if (text.size() >= limit) break;
      text.resize(std::min(limit, text.size() + 65536));
    }
    const ssize_t n = read(fd, text.data() + done, text.size() - done);
    if (n > 0) {
      done += static_cast<std::size_t>(n);
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      error = errno;
      close(fd);
      return ReadStatus::failed;
    }
  }
  text.resize(done);
  close(fd);
  return ReadStatus::ok;
}

bool binary(std::string_view text) {
  return text.substr(0, binary_probe).find('\0') != std::string_view::npos;
}

// The directory holding `.git` at or above `directory` (the repository's top), and the git
// directory itself (`.git`, or where a worktree's `.git` file points).
struct Repository {
  std::filesystem::path top;
  std::filesystem::path git_directory;
};

std::optional<Repository> find_repository(const std::filesystem::path& directory) {
  std::error_code ec;
  for (std::filesystem::path at = directory;; at = at.parent_path()) {
    const std::filesystem::path dot_git = at / ".git";
    const auto status = std::filesystem::symlink_status(dot_git, ec);
    if (!ec && std::filesystem::is_directory(status)) return Repository{at, dot_git};
    if (!ec && std::filesystem::is_regular_file(status)) {
      // A worktree or submodule: `gitdir: PATH`; its shared files are under `commondir`.
      std::string text;
      int error = 0;
      Repository repository{at, {}};
      if (read_file(dot_git.string(), 4096, text, error) == ReadStatus::ok &&
          text.starts_with("gitdir: ")) {
        std::string target = text.substr(8);
        while (!target.empty() && std::isspace(static_cast<unsigned char>(target.back())))
          target.pop_back();
        std::filesystem::path git_directory = at / target;
        std::string common;
        if (read_file((git_directory / "commondir").string(), 4096, common, error) ==
            ReadStatus::ok) {
          while (!common.empty() && std::isspace(static_cast<unsigned char>(common.back())))
            common.pop_back();
          git_directory = git_directory / common;
        }
        repository.git_directory = git_directory.lexically_normal();
      }
      return repository;
    }
    if (at == at.parent_path() || at.empty()) return std::nullopt;
  }
}

std::vector<IgnorePattern> ignore_file_patterns(const std::filesystem::path& file) {
  std::string text;
  int error = 0;
  if (read_file(file.string(), std::string_view::npos, text, error) != ReadStatus::ok) return {};
  return parse_ignore_file(text);
}

class Walker {
 public:
  Walker(const WalkOptions& options, WalkResult& result) : options_(options), result_(result) {}

  void run(const std::string& directory) {
    std::error_code ec;
    const std::filesystem::path absolute =
        std::filesystem::absolute(directory, ec).lexically_normal();
    std::filesystem::path start = absolute;
    if (start.has_filename() == false && start.has_parent_path()) start = start.parent_path();
    // Paths are matched relative to the repository's top; the ignore files of the directories
    // from the top down to the walked one apply too.
    std::string prefix;
    if (std::optional<Repository> repository = find_repository(start)) {
      if (!repository->git_directory.empty())
        ignores_.push("", ignore_file_patterns(repository->git_directory / "info" / "exclude"));
      const std::filesystem::path below = start.lexically_relative(repository->top);
      std::filesystem::path at = repository->top;
      std::string base;
      for (const std::filesystem::path& part : below) {
        if (part == ".") break;
        ignores_.push(base, ignore_file_patterns(at / ".gitignore"));
        at /= part;
        base += part.string() + "/";
      }
      prefix = base;
    }
    display_root_ = directory;
    if (display_root_ == "." || display_root_ == "./") {
      display_root_.clear();
    } else if (!display_root_.ends_with('/')) {
      display_root_ += '/';
    }
    walk_directory(directory.empty() ? std::string(".") : directory, prefix, "");
  }

 private:
  // `disk`: the directory as opened; `top_relative`: its path from the repository's top (empty
  // or ending in '/'); `relative`: from the walked directory.
  void walk_directory(const std::string& disk, const std::string& top_relative,
                      const std::string& relative) {
    DIR* stream = opendir(disk.c_str());
    if (!stream) {
      std::string shown = relative.empty() ? disk : display_root_ + relative;
      if (shown.size() > 1 && shown.ends_with('/')) shown.pop_back();
      result_.errors.push_back(shown + ": " + reason(errno));
      return;
    }
    struct Entry {
      std::string name;
      unsigned char type;
    };
    std::vector<Entry> entries;
    bool has_ignore_file = false;
    while (dirent* entry = readdir(stream)) {
      const std::string_view name = entry->d_name;
      if (name == "." || name == ".." || name == ".git") continue;
      if (name == ".gitignore") has_ignore_file = true;
      entries.push_back({std::string(name), entry->d_type});
    }
    closedir(stream);
    // readdir's order is the file system's; errors are reported in a stable one.
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });
    const std::string separator = disk.ends_with('/') ? "" : "/";
    if (has_ignore_file)
      ignores_.push(top_relative, ignore_file_patterns(disk + separator + ".gitignore"));
    for (Entry& entry : entries) {
      const std::string disk_path = disk + separator + entry.name;
      unsigned char type = entry.type;
      if (type == DT_UNKNOWN) {
        struct stat info {};
        if (lstat(disk_path.c_str(), &info) != 0) continue;
        type = S_ISDIR(info.st_mode)   ? DT_DIR
               : S_ISREG(info.st_mode) ? DT_REG
               : S_ISLNK(info.st_mode) ? DT_LNK
                                       : DT_UNKNOWN;
      }
      if (type != DT_DIR && type != DT_REG) continue;  // links, devices, sockets, FIFOs
      const bool directory = type == DT_DIR;
      const std::string in_top = top_relative + entry.name;
      if (ignores_.ignored(in_top, directory)) continue;
      const std::string in_walk = relative + entry.name;
      if (directory) {
        walk_directory(disk_path, in_top + "/", in_walk + "/");
      } else {
        consider_file(disk_path, display_root_ + in_walk);
      }
    }
    if (has_ignore_file) ignores_.pop();
  }

  void consider_file(const std::string& disk_path, std::string path) {
    if (options_.excluded && options_.excluded(path)) return;
    // The same decision as linting the file on its own (lint_text): a kind by path, else by
    // content where the name allows it, else a crontab when the name says so.
    std::optional<embedded::FileKind> kind;
    for (const embedded::FileKindInfo* info : embedded::all_file_kinds()) {
      if (info->path_matches(path)) {
        kind = info->id;
        break;
      }
    }
    const bool by_content = !kind && embedded::content_may_tell_kind(path);
    const bool crontab = !kind && crontab_by_name(path);
    if (!kind && !by_content && !crontab) return;
    std::string text;
    int error = 0;
    const std::size_t limit =
        options_.read_text || by_content ? std::string_view::npos : binary_probe;
    switch (read_file(disk_path, limit, text, error)) {
      case ReadStatus::not_regular:
        return;
      case ReadStatus::failed:
        result_.errors.push_back(path + ": " + reason(error));
        return;
      case ReadStatus::ok:
        break;
    }
    if (binary(text)) return;
    if (by_content) {
      kind = embedded::recognise_file_kind(path, text);
      if (!kind && !crontab) return;
    }
    FoundFile found{std::move(path), kind, {}};
    if (options_.read_text) found.text = std::move(text);
    result_.files.push_back(std::move(found));
  }

  const WalkOptions& options_;
  WalkResult& result_;
  IgnoreStack ignores_;
  std::string display_root_;
};

}  // namespace

bool crontab_by_name(std::string_view path) {
  const std::size_t slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.empty()) return false;
  if (name == "crontab") return true;
  if (name.size() > 8 && name.ends_with(".crontab")) return true;
  if (name.size() > 5 && name.ends_with(".cron")) return true;
  if (slash == std::string_view::npos) return false;
  const std::string_view directory = path.substr(0, slash);
  const std::size_t parent_slash = directory.rfind('/');
  const std::string_view parent =
      parent_slash == std::string_view::npos ? directory : directory.substr(parent_slash + 1);
  return parent == "cron.d" || parent == "crontabs";
}

std::string_view kind_name(const FoundFile& file) {
  return file.kind ? embedded::file_kind(*file.kind).name : std::string_view("crontab");
}

WalkResult walk(const std::string& directory, const WalkOptions& options) {
  WalkResult result;
  Walker(options, result).run(directory);
  std::sort(result.files.begin(), result.files.end(),
            [](const FoundFile& a, const FoundFile& b) { return a.path < b.path; });
  return result;
}

}  // namespace cronkit::discover
