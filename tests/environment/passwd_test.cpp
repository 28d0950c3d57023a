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

TEST(PasswdFile, GroupMembershipsStartWithThePrimaryGroupAndAreNotRepeated) {
  std::vector<PasswdEntry> users = parse_passwd_file(
      "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000:Alice:/home/alice:/bin/zsh\n");
  ASSERT_EQ(users.size(), 2u);
  const PasswdEntry& alice = users[1];
  EXPECT_EQ(alice.home, "/home/alice");
  EXPECT_EQ(alice.shell, "/bin/zsh");
  EXPECT_EQ(
      parse_group_memberships("adm:x:4:alice\nusers:x:100:bob,alice\nalice:x:1000:alice\n", alice),
      (std::vector<gid_t>{1000, 4, 100}));
  EXPECT_EQ(parse_group_memberships("", alice), (std::vector<gid_t>{1000}))
      << "no file, only the primary group";
}

}  // namespace
}  // namespace cronkit
