#include "dialect/dialect.hpp"

#include <gtest/gtest.h>

namespace cronkit {
namespace {

TEST(Dialect, NamesRoundTrip) {
  EXPECT_EQ(dialect_from_name("debian"), DialectId::debian);
  EXPECT_EQ(dialect_from_name("cronie"), DialectId::cronie);
  EXPECT_FALSE(dialect_from_name("Debian").has_value());
  EXPECT_EQ(dialect(DialectId::cronie).name, "cronie");
}

TEST(Dialect, DebianIgnoresCronDFilesWithDots) {
  const Dialect& debian = dialect(DialectId::debian);
  EXPECT_TRUE(debian.reads_cron_d_file("llm-reports"));
  EXPECT_TRUE(debian.reads_cron_d_file("Backup_2"));
  EXPECT_FALSE(debian.reads_cron_d_file("backup.sh"));
  EXPECT_FALSE(debian.reads_cron_d_file("foo~"));
  EXPECT_FALSE(debian.reads_cron_d_file(".hidden"));
  EXPECT_FALSE(debian.reads_cron_d_file(""));
}

TEST(Dialect, CronieReadsDottedNamesButNotBackups) {
  const Dialect& cronie = dialect(DialectId::cronie);
  EXPECT_TRUE(cronie.reads_cron_d_file("backup.sh"));
  EXPECT_FALSE(cronie.reads_cron_d_file("foo~"));
  EXPECT_FALSE(cronie.reads_cron_d_file("foo.rpmnew"));
  EXPECT_FALSE(cronie.reads_cron_d_file("#foo"));
  EXPECT_FALSE(cronie.reads_cron_d_file(".foo"));
}

TEST(Dialect, DefaultPaths) {
  EXPECT_EQ(dialect(DialectId::debian).default_path, "/usr/bin:/bin");
  EXPECT_EQ(dialect(DialectId::cronie).default_path, "/usr/bin:/bin:/usr/sbin:/sbin");
}

}  // namespace
}  // namespace cronkit
