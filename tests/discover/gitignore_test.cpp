// .gitignore patterns, each case as `git check-ignore` answers it (gitignore(5)).

#include "discover/gitignore.hpp"

#include <gtest/gtest.h>

namespace cronkit::discover {
namespace {

// Whether the ignore file `text` at the top ignores `path`.
bool ignores(std::string_view text, std::string_view path, bool is_directory = false) {
  IgnoreStack stack;
  stack.push("", parse_ignore_file(text));
  return stack.ignored(path, is_directory);
}

TEST(Gitignore, NameWithoutSlashMatchesAtAnyDepth) {
  EXPECT_TRUE(ignores("secret.yml\n", "secret.yml"));
  EXPECT_TRUE(ignores("secret.yml\n", "a/b/secret.yml"));
  EXPECT_FALSE(ignores("secret.yml\n", "a/b/secret.yml.bak"));
  EXPECT_TRUE(ignores("build\n", "sub/build", true));
}

TEST(Gitignore, LeadingOrMiddleSlashAnchorsToTheFilesDirectory) {
  EXPECT_TRUE(ignores("/build\n", "build", true));
  EXPECT_FALSE(ignores("/build\n", "sub/build", true));
  EXPECT_TRUE(ignores("doc/frotz\n", "doc/frotz"));
  EXPECT_FALSE(ignores("doc/frotz\n", "a/doc/frotz"));
}

TEST(Gitignore, TrailingSlashMatchesOnlyDirectories) {
  EXPECT_TRUE(ignores("cache/\n", "x/cache", true));
  EXPECT_FALSE(ignores("cache/\n", "x/cache", false));
}

TEST(Gitignore, StarAndQuestionMarkStayInsideASegment) {
  EXPECT_TRUE(ignores("*.log\n", "a/b/c.log"));
  EXPECT_FALSE(ignores("a/*.log\n", "a/b/c.log"));
  EXPECT_TRUE(ignores("a/*.log\n", "a/c.log"));
  EXPECT_TRUE(ignores("job?.cron\n", "job1.cron"));
  EXPECT_FALSE(ignores("job?.cron\n", "job12.cron"));
  EXPECT_FALSE(ignores("a?b\n", "a/b"));
}

TEST(Gitignore, DoubleStarMatchesAnyNumberOfDirectories) {
  EXPECT_TRUE(ignores("**/foo\n", "foo"));
  EXPECT_TRUE(ignores("**/foo\n", "a/b/foo"));
  EXPECT_TRUE(ignores("**/foo/bar\n", "x/foo/bar"));
  EXPECT_TRUE(ignores("abc/**\n", "abc/x"));
  EXPECT_TRUE(ignores("abc/**\n", "abc/x/y"));
  EXPECT_FALSE(ignores("abc/**\n", "abc", true));
  EXPECT_TRUE(ignores("a/**/b\n", "a/b"));
  EXPECT_TRUE(ignores("a/**/b\n", "a/x/y/b"));
  EXPECT_FALSE(ignores("a/**/b\n", "ab/x/b"));
  // `**` not alone in its segment is an ordinary star.
  EXPECT_TRUE(ignores("a**z\n", "abcz"));
  EXPECT_FALSE(ignores("x/a**z\n", "x/ab/cz"));
}

TEST(Gitignore, BracketClasses) {
  EXPECT_TRUE(ignores("job[0-9].yml\n", "job7.yml"));
  EXPECT_FALSE(ignores("job[0-9].yml\n", "jobx.yml"));
  EXPECT_TRUE(ignores("job[!0-9].yml\n", "jobx.yml"));
  EXPECT_TRUE(ignores("job[^0-9].yml\n", "jobx.yml"));
  EXPECT_FALSE(ignores("job[!0-9].yml\n", "job1.yml"));
  EXPECT_TRUE(ignores("[]]\n", "]"));
  // An unclosed `[` is the character itself.
  EXPECT_TRUE(ignores("a[b\n", "a[b"));
}

TEST(Gitignore, NegationReincludesAndTheLastMatchWins) {
  EXPECT_TRUE(ignores("*.yml\n!keep.yml\n", "drop.yml"));
  EXPECT_FALSE(ignores("*.yml\n!keep.yml\n", "keep.yml"));
  EXPECT_TRUE(ignores("!keep.yml\n*.yml\n", "keep.yml"));
}

TEST(Gitignore, CommentsBlanksAndEscapes) {
  EXPECT_FALSE(ignores("# comment\n\n   \n", "# comment"));
  EXPECT_TRUE(ignores("\\#hash\n", "#hash"));
  EXPECT_TRUE(ignores("\\!bang\n", "!bang"));
  EXPECT_TRUE(ignores("trailing   \n", "trailing"));
  EXPECT_TRUE(ignores("space\\ \n", "space "));
  EXPECT_FALSE(ignores("space\\ \n", "space"));
  EXPECT_TRUE(ignores("a\\*b\n", "a*b"));
  EXPECT_FALSE(ignores("a\\*b\n", "axb"));
  EXPECT_TRUE(ignores("crlf.yml\r\n", "crlf.yml"));
}

TEST(Gitignore, DeeperFilesWinOverOuterOnes) {
  IgnoreStack stack;
  stack.push("", parse_ignore_file("*.yml\n"));
  stack.push("sub/", parse_ignore_file("!keep.yml\n"));
  EXPECT_FALSE(stack.ignored("sub/keep.yml", false));
  EXPECT_TRUE(stack.ignored("keep.yml", false));
  EXPECT_TRUE(stack.ignored("sub/other.yml", false));
  // A deeper file's anchored pattern is relative to its own directory.
  stack.pop();
  stack.push("sub/", parse_ignore_file("/only-here\n"));
  EXPECT_TRUE(stack.ignored("sub/only-here", false));
  EXPECT_FALSE(stack.ignored("sub/x/only-here", false));
}

}  // namespace
}  // namespace cronkit::discover
