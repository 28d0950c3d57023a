// The --check-paths rules: script-not-executable, script-no-shebang, log-path-unwritable,
// dotenv-not-loaded, python-outside-venv; all paths under a temporary --root.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/lint_assertions.hpp"

namespace cronkit {
namespace {

namespace fs = std::filesystem;
using testing::findings_of;

class FilesystemRules : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / ("cronkit-fs-rules-" + std::to_string(::getpid()));
    fs::create_directories(root_ / "etc");
    std::ofstream(root_ / "etc/passwd") << "root:x:0:0:root:/root:/bin/bash\n"
                                           "alice:x:54321:54321::/home/alice:/bin/bash\n";
    std::ofstream(root_ / "etc/group") << "root:x:0:\nalice:x:54321:\n";
    write("usr/local/bin/backup.sh", "#!/bin/sh\necho ok\n", fs::perms(0644));
    write("bin/sh",
          "\x7f"
          "ELF",
          fs::perms(0755));
    write("usr/local/bin/run.sh", "#!/bin/sh\necho ok\n", fs::perms(0755));
    write("srv/llm/run.py", "import os\nprint(os.environ['OPENAI_API_KEY'])\n", fs::perms(0755));
    write("srv/llm/report.py", "import os\n", fs::perms(0644));
    write("srv/llm/.env", "OPENAI_API_KEY=x\n", fs::perms(0600));
    write("srv/llm/.venv/bin/python", "", fs::perms(0755));
    write("srv/other/loads.py", "from dotenv import load_dotenv\nload_dotenv()\n", fs::perms(0644));
    write("srv/other/.env", "A=1\n", fs::perms(0600));
    write("srv/plain/job.py", "print(1)\n", fs::perms(0644));
    fs::create_directories(root_ / "var/log");
    fs::permissions(root_ / "var/log", fs::perms(0755));
    fs::create_directories(root_ / "home/alice/logs");
    // The test runs as some user other than alice (uid 54321): alice's log
    // directory is writable by everyone, /var/log only by its owner.
    fs::permissions(root_ / "home/alice/logs", fs::perms(0777));
  }
  void TearDown() override { fs::remove_all(root_); }
  void write(const std::string& path, const std::string& content, fs::perms perms) {
    fs::create_directories((root_ / path).parent_path());
    std::ofstream(root_ / path) << content;
    fs::permissions(root_ / path, perms);
  }
  testing::LintTestOptions options(CrontabFormat format = CrontabFormat::user) const {
    testing::LintTestOptions result;
    result.format = format;
    result.root = root_.string();
    return result;
  }
  fs::path root_;
};

TEST_F(FilesystemRules, ScriptNotExecutable) {
  EXPECT_CATCHES_AT("script-not-executable", "0 2 * * * /usr/local/bin/backup.sh\n", 1, 11,
                    options());
  EXPECT_CATCHES("script-not-executable", "0 2 * * * /usr/local/bin/missing.sh\n", options());
  EXPECT_CATCHES_NOT(
      "script-not-executable",
      "0 2 * * * /usr/local/bin/run.sh\n0 2 * * * /bin/sh /usr/local/bin/backup.sh\n", options());
}

TEST_F(FilesystemRules, ScriptNoShebang) {
  EXPECT_CATCHES("script-no-shebang", "0 6 * * * /srv/llm/run.py\n", options());
  EXPECT_CATCHES_NOT("script-no-shebang",
                     "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py\n"
                     "0 6 * * * /usr/local/bin/run.sh\n",
                     options());
}

TEST_F(FilesystemRules, LogPathUnwritable) {
  testing::LintTestOptions alice = options();
  alice.path = "/var/spool/cron/crontabs/alice";
  EXPECT_CATCHES("log-path-unwritable",
                 "0 6 * * * /home/alice/bin/digest.sh >> /var/log/digest.log 2>&1\n", alice);
  EXPECT_CATCHES("log-path-unwritable", "0 6 * * * /x >> /var/nolog/x.log 2>&1\n", options());
  EXPECT_CATCHES_NOT("log-path-unwritable",
                     "0 6 * * * /x >> /home/alice/logs/digest.log 2>&1\n"
                     "0 6 * * * /x >> ~/logs/digest.log 2>&1\n0 6 * * * /x > /dev/null 2>&1\n",
                     alice);
  EXPECT_CATCHES_NOT("log-path-unwritable", "0 6 * * * root /x >> /var/log/digest.log 2>&1\n",
                     options(CrontabFormat::system));
}

TEST_F(FilesystemRules, DotenvNotLoaded) {
  EXPECT_CATCHES("dotenv-not-loaded", "0 7 * * * /srv/llm/.venv/bin/python /srv/llm/report.py\n",
                 options());
  EXPECT_CATCHES_NOT("dotenv-not-loaded",
                     "0 7 * * * cd /srv/llm && set -a && . ./.env && set +a && "
                     "./.venv/bin/python report.py >> /var/log/llm/report.log 2>&1\n"
                     "0 7 * * * /usr/bin/python3 /srv/other/loads.py\n"
                     "0 7 * * * /usr/bin/python3 /srv/plain/job.py\n",
                     options());
}

TEST_F(FilesystemRules, PythonOutsideVenv) {
  std::vector<lint::Finding> findings =
      findings_of("python-outside-venv", "0 6 * * * /usr/bin/python3 /srv/llm/run.py\n", options());
  ASSERT_EQ(findings.size(), 1u);
  ASSERT_TRUE(findings[0].fix.has_value());
  EXPECT_EQ(findings[0].fix->replacement, "/srv/llm/.venv/bin/python");
  EXPECT_CATCHES("python-outside-venv", "0 6 * * * cd /srv/llm && python3 report.py\n", options());
  EXPECT_CATCHES_NOT("python-outside-venv",
                     "0 6 * * * /srv/llm/.venv/bin/python /srv/llm/run.py\n"
                     "0 6 * * * /usr/bin/python3 /srv/plain/job.py\n",
                     options());
}

TEST(FilesystemRuleInfo, AreBehindCheckPaths) {
  for (std::string_view id : {"script-not-executable", "script-no-shebang", "log-path-unwritable",
                              "dotenv-not-loaded", "python-outside-venv", "user-unknown"}) {
    const lint::Rule* rule = lint::find_rule(id);
    ASSERT_NE(rule, nullptr) << id;
    EXPECT_TRUE(rule->info.needs_filesystem) << id;
  }
}

}  // namespace
}  // namespace cronkit
