#pragma once
// A throw-away directory tree for the --check-paths rules: the test passes its path as --root
// (LintTestOptions::root) and creates the files, directories and passwd users the crontab names.
//
//   TempRoot root;
//   root.file("/usr/local/bin/backup.sh", "#!/bin/sh\n", 0644);
//   root.user("alice");
//   EXPECT_CATCHES("script-not-executable", "0 2 * * * /usr/local/bin/backup.sh\n",
//                  {.root = root.path()});

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace cronkit::testing {

class TempRoot {
 public:
  TempRoot() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("cronkit-root-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_ / "etc");
    write_passwd();
  }
  ~TempRoot() {
    std::error_code ignored;
    // Make read-only directories removable again before deleting the tree.
    for (auto it = std::filesystem::recursive_directory_iterator(path_, ignored);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ignored)) {
      if (it->is_directory(ignored) && !it->is_symlink(ignored)) {
        std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                     std::filesystem::perm_options::add, ignored);
      }
    }
    std::filesystem::remove_all(path_, ignored);
  }
  TempRoot(const TempRoot&) = delete;
  TempRoot& operator=(const TempRoot&) = delete;

  // The directory to pass as --root.
  std::string path() const { return path_.string(); }
  // Where an absolute crontab path lives on the host.
  std::filesystem::path host(std::string_view absolute) const {
    return path_ / std::filesystem::path(absolute).relative_path();
  }

  // A regular file with this content and mode (parent directories are created 0755).
  void file(std::string_view absolute, std::string_view content, unsigned mode = 0644) {
    std::filesystem::path target = host(absolute);
    std::filesystem::create_directories(target.parent_path());
    std::ofstream(target, std::ios::binary | std::ios::trunc) << content;
    ::chmod(target.c_str(), mode);
  }
  // A directory with this mode (its parents are created 0755).
  void dir(std::string_view absolute, unsigned mode = 0755) {
    std::filesystem::path target = host(absolute);
    std::filesystem::create_directories(target);
    ::chmod(target.c_str(), mode);
  }
  // A passwd (and group) entry: uid and gid 54321, 54322, ..., home /home/NAME (not created).
  // root (uid 0) is always there.
  void user(std::string_view name) {
    users_.emplace_back(name);
    write_passwd();
  }

 private:
  void write_passwd() {
    std::string passwd = "root:x:0:0:root:/root:/bin/bash\n";
    std::string group = "root:x:0:\n";
    unsigned id = 54321;
    for (const std::string& name : users_) {
      std::string number = std::to_string(id++);
      passwd += name + ":x:" + number + ":" + number + "::/home/" + name + ":/bin/sh\n";
      group += name + ":x:" + number + ":\n";
    }
    std::ofstream(path_ / "etc/passwd", std::ios::trunc) << passwd;
    std::ofstream(path_ / "etc/group", std::ios::trunc) << group;
  }

  std::filesystem::path path_;
  std::vector<std::string> users_;
};

}  // namespace cronkit::testing
