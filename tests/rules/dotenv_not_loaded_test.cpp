// dotenv-not-loaded: a .env file beside the job's script is never loaded (--check-paths)

#include <gtest/gtest.h>

#include "support/lint_assertions.hpp"
#include "support/temp_root.hpp"

namespace cronkit::testing {
namespace {

class DotenvNotLoaded : public ::testing::Test {
 protected:
  void SetUp() override {
    root_.file("/srv/llm/report.py", "import os\n", 0644);
    root_.file("/srv/llm/.env", "OPENAI_API_KEY=x\n", 0600);
    root_.file("/srv/llm/.venv/bin/python", "", 0755);
    root_.file("/srv/other/loads.py", "from dotenv import load_dotenv\nload_dotenv()\n", 0644);
    root_.file("/srv/other/.env", "A=1\n", 0600);
    root_.file("/srv/plain/job.py", "print(1)\n", 0644);
  }
  LintTestOptions options() const { return {.root = root_.path()}; }
  TempRoot root_;
};

TEST_F(DotenvNotLoaded, CatalogueExamples) {
  EXPECT_CATCHES("dotenv-not-loaded", "0 7 * * * /srv/llm/.venv/bin/python /srv/llm/report.py\n",
                 options());
  EXPECT_CATCHES_NOT("dotenv-not-loaded",
                     "0 7 * * * cd /srv/llm && set -a && . ./.env && set +a && "
                     "./.venv/bin/python report.py >> /var/log/llm/report.log 2>&1\n"
                     "0 7 * * * /usr/bin/python3 /srv/other/loads.py\n"
                     "0 7 * * * /usr/bin/python3 /srv/plain/job.py\n",
                     options());
}

TEST_F(DotenvNotLoaded, MessageNamesTheFileAndTheFix) {
  std::string message =
      only_message("dotenv-not-loaded", "0 7 * * * /srv/llm/report.py\n", options());
  EXPECT_NE(message.find("/srv/llm/.env exists but this job never loads it"), std::string::npos)
      << message;
  EXPECT_NE(message.find("set -a; . /srv/llm/.env; set +a"), std::string::npos) << message;
}

TEST_F(DotenvNotLoaded, TheCdTargetCounts) {
  EXPECT_CATCHES("dotenv-not-loaded", "0 7 * * * cd /srv/llm && ./run\n", options());
}

TEST_F(DotenvNotLoaded, Loaders) {
  EXPECT_CATCHES_NOT("dotenv-not-loaded",
                     "0 7 * * * cd /srv/llm && dotenv run -- ./run\n"
                     "0 7 * * * docker run --env-file /srv/llm/.env img\n"
                     "0 7 * * * . /srv/llm/.env && /srv/llm/report.py\n",
                     options());
}

TEST(DotenvNotLoadedInfo, IsBehindCheckPaths) {
  const lint::Rule* rule = lint::find_rule("dotenv-not-loaded");
  ASSERT_NE(rule, nullptr);
  EXPECT_TRUE(rule->info.needs_filesystem);
}

}  // namespace
}  // namespace cronkit::testing
