// unified_diff against what GNU `diff -u` prints for the same pair of files (headers aside).

#include "fs/diff.hpp"

#include <gtest/gtest.h>

namespace cronkit::fs {
namespace {

std::string numbered(int from, int to, std::string_view suffix = "") {
  std::string text;
  for (int i = from; i <= to; ++i) text += std::to_string(i) + std::string(suffix) + "\n";
  return text;
}

TEST(UnifiedDiff, EqualTextsGiveNothing) {
  EXPECT_EQ(unified_diff("f", "", ""), "");
  EXPECT_EQ(unified_diff("f", "a\nb\n", "a\nb\n"), "");
}

TEST(UnifiedDiff, OneChangedLineWithThreeLinesOfContext) {
  EXPECT_EQ(unified_diff("cron.d/backup", numbered(1, 9), "1\n2\n3\n4\n5x\n6\n7\n8\n9\n"),
            "--- a/cron.d/backup\n"
            "+++ b/cron.d/backup\n"
            "@@ -2,7 +2,7 @@\n"
            " 2\n 3\n 4\n-5\n+5x\n 6\n 7\n 8\n");
}

TEST(UnifiedDiff, ChangesCloseTogetherShareAHunk) {
  // Five unchanged lines between the changes: at most 2 * 3, so one hunk.
  EXPECT_EQ(unified_diff("f", numbered(1, 10), "1\n2\n3\n4x\n5\n6\n7\n8\n9\n10x\n"),
            "--- a/f\n+++ b/f\n"
            "@@ -1,10 +1,10 @@\n"
            " 1\n 2\n 3\n-4\n+4x\n 5\n 6\n 7\n 8\n 9\n-10\n+10x\n");
}

TEST(UnifiedDiff, ChangesFarApartGetTheirOwnHunks) {
  std::string before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\nn\n";
  std::string after = "a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\nm\nn";
  EXPECT_EQ(unified_diff("f", before, after),
            "--- a/f\n+++ b/f\n"
            "@@ -1,5 +1,5 @@\n"
            " a\n-b\n+B\n c\n d\n e\n"
            "@@ -9,6 +9,6 @@\n"
            " i\n j\n k\n-l\n+L\n m\n-n\n+n\n\\ No newline at end of file\n");
}

TEST(UnifiedDiff, AFinalNewlineAddedOrRemoved) {
  EXPECT_EQ(unified_diff("f", "x", "x\n"),
            "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-x\n\\ No newline at end of file\n+x\n");
  EXPECT_EQ(unified_diff("f", "x\n", "x"),
            "--- a/f\n+++ b/f\n@@ -1 +1 @@\n-x\n+x\n\\ No newline at end of file\n");
}

TEST(UnifiedDiff, EmptyRangesNameTheLineBefore) {
  EXPECT_EQ(unified_diff("f", "", "a\nb\n"), "--- a/f\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n");
  EXPECT_EQ(unified_diff("f", "a\nb\n", ""), "--- a/f\n+++ b/f\n@@ -1,2 +0,0 @@\n-a\n-b\n");
  EXPECT_EQ(unified_diff("f", "1\n2\n3\n4\n", "1\n2\n3\n4\n5\n"),
            "--- a/f\n+++ b/f\n@@ -2,3 +2,4 @@\n 2\n 3\n 4\n+5\n");
}

TEST(UnifiedDiff, InsertionsAndDeletionsFindTheCommonLines) {
  EXPECT_EQ(unified_diff("f", "a\nb\nc\nd\n", "a\nc\nd\ne\n", 0),
            "--- a/f\n+++ b/f\n@@ -2 +1,0 @@\n-b\n@@ -4,0 +4 @@\n+e\n");
  // A changed block prints what goes, then what comes.
  EXPECT_EQ(unified_diff("f", "k\na\nb\nk\n", "k\nA\nB\nk\n", 1),
            "--- a/f\n+++ b/f\n@@ -1,4 +1,4 @@\n k\n-a\n-b\n+A\n+B\n k\n");
}

TEST(UnifiedDiff, EveryLineChangedInALargeFileIsOneHunk) {
  // CRLF -> LF on every line: nothing in common, so one hunk of removals then additions.
  std::string before = numbered(1, 20000, "\r");
  std::string after = numbered(1, 20000);
  std::string diff = unified_diff("big", before, after);
  EXPECT_TRUE(diff.starts_with("--- a/big\n+++ b/big\n@@ -1,20000 +1,20000 @@\n-1\r\n-2\r\n"));
  EXPECT_TRUE(diff.ends_with("+19999\n+20000\n"));
  EXPECT_EQ(std::count(diff.begin(), diff.end(), '\n'), 2 + 1 + 40000);
}

TEST(UnifiedDiff, ScatteredChangesInALargeFileStayMinimal) {
  std::string before = numbered(1, 200000);
  std::string after = before;
  after.replace(after.find("\n1000\n") + 1, 4, "one thousand");
  after.replace(after.find("\n150000\n") + 1, 6, "x");
  EXPECT_EQ(unified_diff("big", before, after),
            "--- a/big\n+++ b/big\n"
            "@@ -997,7 +997,7 @@\n 997\n 998\n 999\n-1000\n+one thousand\n 1001\n 1002\n 1003\n"
            "@@ -149997,7 +149997,7 @@\n 149997\n 149998\n 149999\n-150000\n+x\n 150001\n"
            " 150002\n 150003\n");
}

}  // namespace
}  // namespace cronkit::fs
