// The quick checks the rules make before reading a command in full (lint/prefilters.hpp), and the
// per-job answers the run cache keeps for them (ByteSet, command_contains, job_of): each must say
// "maybe" whenever the full reading could find something.

#include "lint/prefilters.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "lint/jobs.hpp"
#include "lint/run_cache.hpp"
#include "parse/parse.hpp"

namespace cronkit::lint {
namespace {

bool is_sbin_name(std::string_view word) {
  return word == "iptables" || word == "reboot";
}

TEST(Prefilters, BareWordsAreSplitAtOperatorsAndUnquoted) {
  EXPECT_FALSE(
      may_have_bare_word("/opt/jobs/run.sh --job 2 >> /var/log/jobs.log 2>&1", is_sbin_name));
  EXPECT_TRUE(may_have_bare_word("iptables -L", is_sbin_name));
  EXPECT_TRUE(may_have_bare_word("cd /x;reboot", is_sbin_name));
  EXPECT_TRUE(may_have_bare_word("true&&(reboot)", is_sbin_name));
  EXPECT_TRUE(may_have_bare_word("\"ipt\"ables -L", is_sbin_name));  // the shell removes quotes
  EXPECT_TRUE(may_have_bare_word("ip\\tables -L", is_sbin_name));
  EXPECT_TRUE(may_have_bare_word("x `reboot`", is_sbin_name));
  // A word with a slash is a path, not a name looked up on PATH.
  EXPECT_FALSE(may_have_bare_word("/usr/sbin/iptables -L", is_sbin_name));
  EXPECT_FALSE(may_have_bare_word("./reboot", is_sbin_name));
  EXPECT_FALSE(may_have_bare_word("rebooted iptables2", is_sbin_name));
  EXPECT_FALSE(may_have_bare_word("", is_sbin_name));
}

TEST(Prefilters, ByteSetAnswersForEveryByteValue) {
  std::string every_byte;
  for (int c = 0; c < 256; c += 2) every_byte += static_cast<char>(c);
  const ByteSet bytes(every_byte);
  for (int c = 0; c < 256; ++c) {
    EXPECT_EQ(bytes.has(static_cast<char>(c)), c % 2 == 0) << c;
  }
  EXPECT_TRUE(bytes.has_all(std::string("\0\x02\xfe", 3)));
  EXPECT_FALSE(bytes.has_all("\x02\x03"));
  EXPECT_TRUE(bytes.has_all(""));
  EXPECT_TRUE(bytes.has_any("\x01\x02"));
  EXPECT_FALSE(bytes.has_any("\x01\x03"));
  EXPECT_FALSE(bytes.has_any(""));
  ByteSet reused(std::string_view("sudo"));
  reused.assign("cd");
  EXPECT_TRUE(reused.has('c'));
  EXPECT_FALSE(reused.has('s'));  // assign() forgets what was there
}

TEST(Prefilters, SixthScheduleWordOfAnEntry) {
  const Crontab user = parse_crontab(
      "0 3 * * * /usr/bin/job\n"
      "0 3 * * * 5\n"
      "0 3 * * * */5 /x\n"
      "0 3 * * * -n /x\n"
      "@daily /x\n",
      ParseOptions{});
  ASSERT_EQ(user.entries.size(), 5u);
  EXPECT_FALSE(may_have_sixth_schedule_word(user.entries[0]));
  EXPECT_TRUE(may_have_sixth_schedule_word(user.entries[1]));
  EXPECT_TRUE(may_have_sixth_schedule_word(user.entries[2]));
  EXPECT_FALSE(may_have_sixth_schedule_word(user.entries[3]));  // `-n` is no schedule word
  EXPECT_TRUE(may_have_sixth_schedule_word(user.entries[4]));   // an @-word: read the line
  const Crontab system = parse_crontab("0 3 * * * root 5 /x\n0 3 * * * 1000 /x\n",
                                       ParseOptions{.format = CrontabFormat::system});
  ASSERT_EQ(system.entries.size(), 2u);
  EXPECT_FALSE(may_have_sixth_schedule_word(system.entries[0]));  // the user is the sixth word
  EXPECT_TRUE(may_have_sixth_schedule_word(system.entries[1]));
}

// The words two rules read a line's extra seconds or year field from.
TEST(Prefilters, LeadingWordsEndAtTheFirstThatIsNotAScheduleWord) {
  const std::string line = "\t*/10  * *\t* * * 2027 /usr/bin/poll --every 5";
  const LeadingWords leading = leading_words(line);
  ASSERT_EQ(leading.count, 8u) << "seven fields and the command's first word";
  EXPECT_EQ(leading.schedule_words(), 7u);
  EXPECT_EQ(leading.words[0].begin, 1u);
  EXPECT_EQ(leading.words[0].text, "*/10");
  EXPECT_EQ(leading.words[6].text, "2027");
  EXPECT_EQ(line.substr(leading.words[7].begin), "/usr/bin/poll --every 5");
  EXPECT_EQ(leading.words[0].end(), line.find("  ")) << "`*/10` ends before the blanks";
  EXPECT_EQ(leading.words[1].begin, line.find("  ") + 2);

  const LeadingWords special = leading_words("@every 5 10 /bin/true");
  ASSERT_EQ(special.count, 4u) << "an @-word first does not end the words";
  EXPECT_EQ(special.schedule_words(), 0u);
  EXPECT_EQ(special.words[3].text, "/bin/true");

  const LeadingWords many = leading_words("1 2 3 4 5 6 7 8 9 10");
  EXPECT_EQ(many.count, 8u) << "at most 8 words";
  EXPECT_EQ(many.words[7].text, "8");
  EXPECT_EQ(leading_words("   ").count, 0u);
  EXPECT_EQ(leading_words("0 5 * * 1-5 /usr/bin/backup nightly").schedule_words(), 5u);
}

TEST(RunCache, CommandBytesAndJobsBelongToOneJobUntilTheNext) {
  const Crontab crontab =
      parse_crontab("0 3 * * * sudo -u www /x\n0 4 * * * /y || true\n", ParseOptions{});
  ASSERT_EQ(crontab.entries.size(), 2u);
  std::vector<Finding> sink;
  const std::vector<bool> no_errors(4, false);
  const RuleInfo info{.id = "test-rule"};
  RuleContext ctx(crontab, LintOptions{}, info, no_errors, sink);
  RunCache& cache = ctx.run_cache();
  const Entry& first = crontab.entries[0];
  const Entry& second = crontab.entries[1];
  EXPECT_TRUE(command_contains(ctx, first, "sudo"));
  EXPECT_TRUE(command_contains(ctx, first, "-u"));
  EXPECT_FALSE(command_contains(ctx, first, "||"));
  EXPECT_FALSE(command_contains(ctx, first, "su -"));  // every byte occurs, the text does not
  EXPECT_TRUE(command_contains(ctx, second, "||"));    // another job: its own bytes
  EXPECT_FALSE(command_contains(ctx, second, "sudo"));
  cache.next_job();
  EXPECT_TRUE(command_contains(ctx, first, "sudo"));
  EXPECT_EQ(cache.job_of(crontab, first, ctx.dialect), &first);
  EXPECT_EQ(cache.job_of(crontab, second, ctx.dialect), &second);
}

// A command that starts with a sixth time field is read from its first real word: the job is a
// made-up entry, kept until the next job.
TEST(RunCache, JobAfterAScheduleToken) {
  const Crontab crontab = parse_crontab("0 3 * * * */5 /x --y\n", ParseOptions{});
  ASSERT_EQ(crontab.entries.size(), 1u);
  const Entry& entry = crontab.entries[0];
  ASSERT_FALSE(entry.accepted);
  RunCache cache;
  const Entry* job = cache.job_of(crontab, entry, dialect(DialectId::debian));
  ASSERT_NE(job, nullptr);
  EXPECT_NE(job, &entry);
  EXPECT_EQ(job->command.raw, "/x --y");
  EXPECT_EQ(cache.job_of(crontab, entry, dialect(DialectId::debian)), job);  // asked again
}

}  // namespace
}  // namespace cronkit::lint
