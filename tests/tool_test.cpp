// The tools' shared layer: the colour decision, reading inputs and the diagnostic printer.

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "common/color.hpp"
#include "common/diagnostics.hpp"
#include "common/input.hpp"
#include "parse/parse.hpp"

namespace cronkit::tool {
namespace {

namespace fs = std::filesystem;

TEST(ToolColor, AutoColoursATerminalOnly) {
  EXPECT_TRUE(color_wanted(ColorMode::automatic, true, nullptr, "xterm-256color"));
  EXPECT_FALSE(color_wanted(ColorMode::automatic, false, nullptr, "xterm-256color"));
}

TEST(ToolColor, NoColorWithAnyNonEmptyValueTurnsAutoOff) {
  EXPECT_FALSE(color_wanted(ColorMode::automatic, true, "1", "xterm"));
  EXPECT_FALSE(color_wanted(ColorMode::automatic, true, "0", "xterm"));
  EXPECT_FALSE(color_wanted(ColorMode::automatic, true, "false", "xterm"));
  // Present but empty does not count (no-color.org).
  EXPECT_TRUE(color_wanted(ColorMode::automatic, true, "", "xterm"));
}

TEST(ToolColor, DumbTerminalGetsNoColour) {
  EXPECT_FALSE(color_wanted(ColorMode::automatic, true, nullptr, "dumb"));
}

TEST(ToolColor, ExplicitModesWinOverTheEnvironment) {
  EXPECT_TRUE(color_wanted(ColorMode::always, false, "1", "dumb"));
  EXPECT_FALSE(color_wanted(ColorMode::never, true, nullptr, "xterm"));
}

TEST(ToolColor, ModeNames) {
  EXPECT_EQ(color_mode_from_name("auto"), ColorMode::automatic);
  EXPECT_EQ(color_mode_from_name("always"), ColorMode::always);
  EXPECT_EQ(color_mode_from_name("never"), ColorMode::never);
  EXPECT_EQ(color_mode_from_name("yes"), std::nullopt);
}

class ToolInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("cronkit-tool-test-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(ToolInput, ReadsAFileByteForByte) {
  const std::string bytes("0 * * * * a\0b\xff\r\n", 16);
  std::ofstream(dir_ / "tab", std::ios::binary) << bytes;
  std::string error;
  std::optional<std::string> text = read_input((dir_ / "tab").string(), error);
  ASSERT_TRUE(text) << error;
  EXPECT_EQ(*text, bytes);
}

TEST_F(ToolInput, ReadsAnEmptyFile) {
  std::ofstream(dir_ / "empty");
  std::string error;
  EXPECT_EQ(read_input((dir_ / "empty").string(), error), std::string());
}

TEST_F(ToolInput, ReadsAFifoLikeAFile) {
  const std::string path = (dir_ / "fifo").string();
  ASSERT_EQ(mkfifo(path.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(path, std::ios::binary) << "@daily true\n"; });
  std::string error;
  std::optional<std::string> text = read_input(path, error);
  writer.join();
  ASSERT_TRUE(text) << error;
  EXPECT_EQ(*text, "@daily true\n");
}

TEST_F(ToolInput, ADirectoryIsAnErrorNamingThePath) {
  std::string error;
  EXPECT_EQ(read_input(dir_.string(), error), std::nullopt);
  EXPECT_EQ(error, dir_.string() + ": is a directory");
}

TEST_F(ToolInput, AMissingFileIsAnErrorInLowerCase) {
  const std::string path = (dir_ / "missing").string();
  std::string error;
  EXPECT_EQ(read_input(path, error), std::nullopt);
  EXPECT_EQ(error, path + ": no such file or directory");
}

TEST(ToolInputName, StandardInputHasAName) {
  EXPECT_EQ(input_name("-"), "standard input");
  EXPECT_EQ(input_name("a/b.crontab"), "a/b.crontab");
}

TEST(ToolDiagnostics, ShowsTheLineAndACaretUnderTheSpan) {
  Crontab crontab = parse_crontab("0 3 * * * ok\n0 24 * * * bad\n", ParseOptions{});
  EXPECT_EQ(render_errors("tab", crontab.source(), crontab.diagnostics, false, false),
            "tab:2:3: error: hour 24 is out of range 0-23 [hour-out-of-range]\n"
            " 2 | 0 24 * * * bad\n"
            "   |   ^~\n");
}

TEST(ToolDiagnostics, OnlyTheLineAskedFor) {
  Crontab crontab = parse_crontab("61 * * * * a\n0 24 * * * b\n", ParseOptions{});
  std::string shown = render_errors("tab", crontab.source(), crontab.diagnostics, false, false, 2);
  EXPECT_EQ(shown.find("tab:1:"), std::string::npos);
  EXPECT_NE(shown.find("tab:2:3: error:"), std::string::npos);
  EXPECT_EQ(render_errors("tab", crontab.source(), crontab.diagnostics, false, false, 3), "");
}

TEST(ToolDiagnostics, NothingForAValidInputAndColourOnRequest) {
  ParsedSchedule good = parse_schedule("*/5 * * * *", DialectId::debian);
  EXPECT_EQ(render_errors("'*/5 * * * *'", good.text(), good.diagnostics, false, false), "");
  ParsedSchedule bad = parse_schedule("*/0 * * * *", DialectId::debian);
  std::string shown = render_errors("'*/0 * * * *'", bad.text(), bad.diagnostics, true, false);
  EXPECT_NE(shown.find("\x1b[1;31merror:"), std::string::npos);
  EXPECT_NE(shown.find("*/0 * * * *"), std::string::npos);
}

}  // namespace
}  // namespace cronkit::tool
