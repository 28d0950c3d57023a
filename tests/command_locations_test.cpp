#include "lint/data/command_locations.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace cronkit::lint::data {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const CommandLocations& debian_table() {
  static const CommandLocations table = [] {
    std::string error;
    std::optional<CommandLocations> parsed =
        CommandLocations::parse(read_file(std::string(CRONKIT_TESTDATA_DIR) +
                                          "/../lib/lint/data/debian_command_locations.tsv"),
                                &error);
    EXPECT_TRUE(parsed.has_value()) << error;
    return parsed.value_or(CommandLocations{});
  }();
  return table;
}

CommandDir dir_of(std::string_view name) {
  const CommandLocation* entry = debian_table().find(name);
  EXPECT_NE(entry, nullptr) << name;
  return entry == nullptr ? CommandDir::games : entry->dir;
}

TEST(CommandLocations, TheCommittedTableParses) {
  EXPECT_GT(debian_table().size(), 40000u);
}

TEST(CommandLocations, SbinCommandsAreNotOnCronsPath) {
  for (const char* name : {"logrotate", "iptables", "ntpdate", "service", "nginx", "zpool"}) {
    EXPECT_EQ(dir_of(name), CommandDir::sbin) << name;
  }
}

TEST(CommandLocations, CommandsInUsrBinAreFound) {
  for (const char* name :
       {"python3", "ts", "nocache", "ikisite", "duplicity", "apt-get", "flock"}) {
    EXPECT_EQ(dir_of(name), CommandDir::bin) << name;
  }
}

TEST(CommandLocations, AlternativesAndGamesAreListed) {
  EXPECT_EQ(dir_of("awk"), CommandDir::bin);
  EXPECT_EQ(dir_of("mail"), CommandDir::bin);
  EXPECT_EQ(dir_of("fortune"), CommandDir::games);
  const CommandLocation* ts = debian_table().find("ts");
  ASSERT_NE(ts, nullptr);
  EXPECT_EQ(ts->packages, std::vector<std::string>{"moreutils"});
}

TEST(CommandLocations, UnknownNamesAreNotFound) {
  EXPECT_EQ(debian_table().find("my-own-script"), nullptr);
  EXPECT_EQ(debian_table().find(""), nullptr);
}

TEST(CommandLocations, MalformedTablesAreRejectedWithTheLine) {
  std::string error;
  EXPECT_FALSE(CommandLocations::parse("# c\nb\tbin\tp\na\tbin\tp\n", &error));
  EXPECT_EQ(error, "line 3: `a` is out of order or repeated");
  EXPECT_FALSE(CommandLocations::parse("a\tusr\tp\n", &error));
  EXPECT_EQ(error, "line 1: unknown location `usr`");
  EXPECT_FALSE(CommandLocations::parse("a\tbin\n", &error));
  EXPECT_EQ(error, "line 1: expected 3 tab-separated fields, found 2");
  EXPECT_FALSE(CommandLocations::parse("a\tbin\tp,,q\n", &error));
  EXPECT_EQ(error, "line 1: empty package name");
}

TEST(CommandLocations, FindUsesTheWholeName) {
  std::optional<CommandLocations> table =
      CommandLocations::parse("node\tbin\tnodejs\nnodejs\tbin\tnodejs\n", nullptr);
  ASSERT_TRUE(table);
  EXPECT_EQ(table->size(), 2u);
  EXPECT_NE(table->find("node"), nullptr);
  EXPECT_EQ(table->find("nod"), nullptr);
  EXPECT_EQ(table->find("nodejs2"), nullptr);
}

// The table compiled into the binary is the committed file, so an installed cronlint needs no
// data file beside it.
TEST(CommandLocations, TheEmbeddedTableIsTheCommittedOne) {
  const CommandLocations& embedded = debian_command_locations();
  EXPECT_EQ(embedded.size(), debian_table().size());
  ASSERT_NE(embedded.find("apt-get"), nullptr);
  EXPECT_EQ(embedded.find("apt-get")->dir, CommandDir::bin);
  ASSERT_NE(embedded.find("logrotate"), nullptr);
  EXPECT_EQ(embedded.find("logrotate")->dir, CommandDir::sbin);
}

TEST(UserInstalledCommands, TheEmbeddedTableParsesAndIsFound) {
  std::string error;
  std::optional<std::vector<UserInstalledCommand>> parsed =
      parse_user_installed(read_file(std::string(CRONKIT_TESTDATA_DIR) +
                                     "/../lib/lint/data/user_installed_command_locations.tsv"),
                           &error);
  ASSERT_TRUE(parsed.has_value()) << error;
  EXPECT_GT(parsed->size(), 20u);
  const UserInstalledCommand* uv = find_user_installed("uv");
  ASSERT_NE(uv, nullptr);
  EXPECT_EQ(uv->locations.front(), "~/.local/bin");
  EXPECT_EQ(find_user_installed("grep"), nullptr);
  EXPECT_FALSE(parse_user_installed("uv\tuv installer\n", &error));
  EXPECT_EQ(error, "line 1: expected name, installer, locations and source, tab-separated");
}

TEST(UserInstalledCommands, PathDirectoriesMatchTheLocations) {
  EXPECT_TRUE(path_directory_matches("/home/deploy/.local/bin", "~/.local/bin"));
  EXPECT_TRUE(path_directory_matches("/root/.local/bin/", "~/.local/bin"));
  EXPECT_FALSE(path_directory_matches("/.local/bin", "~/.local/bin"));
  EXPECT_FALSE(path_directory_matches("~/.local/bin", "~/.local/bin"));  // cron keeps the `~`
  EXPECT_TRUE(path_directory_matches("/home/a/.nvm/versions/node/v20.1.0/bin",
                                     "~/.nvm/versions/node/<version>/bin"));
  EXPECT_TRUE(path_directory_matches("/usr/local/go/bin", "/usr/local/go/bin"));
  EXPECT_FALSE(path_directory_matches("/opt/usr/local/go/bin", "/usr/local/go/bin"));
}

}  // namespace
}  // namespace cronkit::lint::data
