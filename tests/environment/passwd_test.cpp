// Reading passwd(5) and group(5) files of another system (environment/passwd.hpp).

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "environment/passwd.hpp"

namespace cronkit {
namespace {

const PasswdEntry alice{"alice", 1000, 1000, "/home/alice", "/bin/sh"};

TEST(GroupMemberships, PrimaryGroupFirstThenListedGroups) {
  std::string_view group =
      "root:x:0:\n"
      "# adm:x:4:alice\n"
      "adm:x:4:syslog,alice\n"
      "alice:x:1000:\n"
      "docker:x:999:bob,alice\n"
      "alicia:x:998:alicia\n"
      "broken:x:nan:alice\n"
      "short:x:5\n";
  EXPECT_EQ(parse_group_memberships(group, alice), (std::vector<gid_t>{1000, 4, 999}));
  EXPECT_EQ(parse_group_memberships("", alice), (std::vector<gid_t>{1000}));
  // Listed in its own primary group: counted once.
  EXPECT_EQ(parse_group_memberships("alice:x:1000:alice\n", alice), (std::vector<gid_t>{1000}));
}

TEST(PasswdFile, AMalformedLineIsNoUserNotRoot) {
  // A uid that is not a number must not read as 0: that would make the user root.
  std::vector<PasswdEntry> entries = parse_passwd_file("eve:x:abc:0::/:/bin/sh\n");
  EXPECT_TRUE(entries.empty());
}

struct TempDir {
  std::filesystem::path path =
      std::filesystem::temp_directory_path() / ("cronkit-passwd-" + std::to_string(getpid()));
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() { std::filesystem::remove_all(path); }
};

TEST(PasswdFile, FindsUsersAndGroupsInFilesAndSeesChanges) {
  TempDir dir;
  std::string passwd = (dir.path / "passwd").string();
  std::string group = (dir.path / "group").string();
  std::ofstream(passwd) << "root:x:0:0:root:/root:/bin/bash\n"
                           "alice:x:1000:1000:Alice:/home/alice:/bin/zsh\n";
  std::ofstream(group) << "adm:x:4:alice\n";
  std::optional<PasswdEntry> found = find_user_in_file(passwd, "alice");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->uid, 1000u);
  EXPECT_EQ(found->home, "/home/alice");
  EXPECT_EQ(found->shell, "/bin/zsh");
  EXPECT_FALSE(find_user_in_file(passwd, "bob"));
  EXPECT_EQ(groups_in_file(group, *found), (std::vector<gid_t>{1000, 4}));

  // A rewritten file is read again (the size changes, so the cache notices).
  std::ofstream(passwd) << "root:x:0:0:root:/root:/bin/bash\n"
                           "alice:x:1000:1000:Alice:/home/alice:/bin/zsh\n"
                           "bob:x:1001:1001:Bob:/home/bob:/bin/sh\n";
  EXPECT_EQ(find_user_in_file(passwd, "bob")->uid, 1001u);

  std::filesystem::remove(passwd);
  EXPECT_FALSE(find_user_in_file(passwd, "alice")) << "no file, no users";
  EXPECT_EQ(groups_in_file((dir.path / "none").string(), alice), (std::vector<gid_t>{1000}));
}

}  // namespace
}  // namespace cronkit
