// Running jobs for real: the environment is exactly the one given, stdin carries the `%` text,
// the working directory is HOME, statuses pass through, a timeout kills the process group.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "environment/environment.hpp"
#include "parse/parse.hpp"
#include "run/plan.hpp"
#include "run/run.hpp"
#include "support/golden.hpp"

namespace cronkit {
namespace {

namespace fs = std::filesystem;

struct Captured {
  RunResult result;
  std::string out;
  std::string err;
};

Captured run(RunRequest request) {
  Captured captured;
  request.on_stdout = [&](std::string_view chunk) { captured.out += chunk; };
  request.on_stderr = [&](std::string_view chunk) { captured.err += chunk; };
  captured.result = run_job(request);
  return captured;
}

RunRequest shell(std::string command,
                 std::vector<std::string> environment = {"PATH=/usr/bin:/bin", "HOME=/"}) {
  RunRequest request;
  request.argv = {"/bin/sh", "-c", std::move(command)};
  request.environment = std::move(environment);
  return request;
}

class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "cronkit-run-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

TEST(Run, JobSeesExactlyTheGivenEnvironment) {
  setenv("CRONKIT_TEST_LEAK", "leaked", 1);
  Captured c = run(shell("echo \"PATH=$PATH\"; env | sort", {"PATH=/usr/bin:/bin", "A=b"}));
  unsetenv("CRONKIT_TEST_LEAK");
  ASSERT_TRUE(c.result.started) << c.result.error;
  EXPECT_EQ(c.result.status, 0);
  EXPECT_EQ(c.out.substr(0, c.out.find('\n')), "PATH=/usr/bin:/bin");
  EXPECT_NE(c.out.find("\nA=b\n"), std::string::npos);
  EXPECT_EQ(c.out.find("CRONKIT_TEST_LEAK"), std::string::npos);
  EXPECT_EQ(c.result.stdout_bytes, c.out.size());
}

TEST(Run, StandardInputCarriesThePercentText) {
  RunRequest request = shell("cat; echo end");
  request.standard_input = "line 1\nline 2\n";
  Captured c = run(request);
  EXPECT_EQ(c.out, "line 1\nline 2\nend\n");
}

TEST(Run, EmptyStandardInputIsImmediateEndOfFile) {
  Captured c = run(shell("if read line; then echo got; else echo eof; fi"));
  EXPECT_EQ(c.out, "eof\n");
}

TEST(Run, LargeInputToAJobThatDoesNotReadIt) {
  RunRequest request = shell("exit 3");
  request.standard_input = std::string(1 << 20, 'x');
  Captured c = run(request);
  EXPECT_TRUE(c.result.started);
  EXPECT_EQ(c.result.status, 3);
}

TEST(Run, TimeoutWorksWhileTheJobIgnoresALargeInput) {
  RunRequest request = shell("sleep 30");
  request.standard_input = std::string(1 << 20, 'x');
  request.timeout = std::chrono::milliseconds(200);
  Captured c = run(request);
  EXPECT_TRUE(c.result.timed_out);
  EXPECT_EQ(c.result.status, 124);
}

TEST(Run, FailingJobPassesItsStatusAndStderr) {
  Captured c = run(shell("echo oops >&2; exit 7"));
  EXPECT_EQ(c.result.exit_code, 7);
  EXPECT_EQ(c.result.status, 7);
  EXPECT_EQ(c.err, "oops\n");
  EXPECT_EQ(c.out, "");
}

TEST(Run, SignalGivesOneHundredTwentyEightPlusN) {
  Captured c = run(shell("kill -KILL $$"));
  EXPECT_EQ(c.result.signal, 9);
  EXPECT_EQ(c.result.status, 137);
}

TEST(Run, TimeoutKillsTheWholeProcessGroup) {
  TempDir dir;
  fs::path marker = dir.path() / "survived";
  // The background sleeper is in the job's process group: it must die with the shell.
  RunRequest request = shell("(sleep 1; touch " + marker.string() + ") & sleep 30; echo never");
  request.timeout = std::chrono::milliseconds(300);
  auto start = std::chrono::steady_clock::now();
  Captured c = run(request);
  auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_TRUE(c.result.timed_out);
  EXPECT_EQ(c.result.status, 124);
  EXPECT_EQ(c.out, "");
  EXPECT_LT(elapsed, std::chrono::seconds(5));
  usleep(1500 * 1000);
  EXPECT_FALSE(fs::exists(marker)) << "a process of the job outlived the timeout";
}

TEST(Run, PassesSignalsItGetsOnToTheJob) {
  // cronrun puts the job in its own session (as cron does), so a Ctrl-C at the terminal only
  // reaches cronrun: it must pass it on.
  std::thread sender([] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    kill(getpid(), SIGINT);
  });
  Captured c = run(shell("sleep 30"));
  sender.join();
  EXPECT_EQ(c.result.forwarded_signal, SIGINT);
  EXPECT_EQ(c.result.signal, SIGINT);
  EXPECT_EQ(c.result.status, 130);
}

TEST(Run, StartsInTheWorkingDirectory) {
  TempDir dir;
  RunRequest request = shell("pwd");
  request.working_directory = fs::canonical(dir.path()).string();
  Captured c = run(request);
  EXPECT_EQ(c.out, fs::canonical(dir.path()).string() + "\n");
  EXPECT_EQ(c.result.directory, fs::canonical(dir.path()).string());
  EXPECT_FALSE(c.result.used_fallback_directory);
}

TEST(Run, MissingHomeFallsBackLikeDebianOrIsRefusedLikeCronie) {
  RunRequest request = shell("pwd");
  request.working_directory = "/nonexistent/cronkit";
  request.fallback_directory = "/";
  Captured debian = run(request);
  EXPECT_TRUE(debian.result.started);
  EXPECT_TRUE(debian.result.used_fallback_directory);
  EXPECT_EQ(debian.out, "/\n");
  EXPECT_NE(debian.result.chdir_error.find("No such file"), std::string::npos);

  request.fallback_directory.reset();
  Captured cronie = run(request);
  EXPECT_FALSE(cronie.result.started);
  EXPECT_EQ(cronie.result.error, "chdir(/nonexistent/cronkit): No such file or directory");
  EXPECT_EQ(cronie.out, "");
}

TEST(Run, MissingShellFailsLikeCronsChild) {
  RunRequest request = shell("true");
  request.argv[0] = "/nonexistent/zsh";
  Captured c = run(request);
  EXPECT_TRUE(c.result.started);
  EXPECT_EQ(c.result.status, 1);
  EXPECT_EQ(c.err, "/nonexistent/zsh: execle: No such file or directory\n");
}

TEST(Run, ShellIsNotSearchedInPath) {
  RunRequest request = shell("true");
  request.argv[0] = "sh";  // SHELL=sh: cron's execle does not search PATH
  Captured c = run(request);
  EXPECT_EQ(c.result.status, 1);
  EXPECT_EQ(c.err, "sh: execle: No such file or directory\n");
}

TEST(Run, JobHasNoControllingTerminalAndItsOwnSession) {
  Captured c =
      run(shell("if (exec </dev/tty) 2>/dev/null; then echo tty; else echo no tty; fi; "
                "set -- $(cat /proc/$$/stat); echo $6; echo $$"));
  std::istringstream lines(c.out);
  std::string tty, sid, pid;
  std::getline(lines, tty);
  std::getline(lines, sid);
  std::getline(lines, pid);
  EXPECT_EQ(tty, "no tty");
  EXPECT_EQ(sid, pid) << "the job leads its own session (setsid)";
}

TEST(Run, DurationIsMeasured) {
  Captured c = run(shell("sleep 0.2"));
  EXPECT_GE(c.result.duration, std::chrono::milliseconds(150));
  EXPECT_LT(c.result.duration, std::chrono::seconds(5));
}

TEST(Run, SwitchesUserLikeCronWhenRootAndFailsClearlyOtherwise) {
  // As root, become nobody; as anyone else, try to become root.
  PasswdLookup lookup = system_passwd();
  std::optional<PasswdEntry> nobody = lookup.by_name(geteuid() == 0 ? "nobody" : "root");
  ASSERT_TRUE(nobody);
  RunRequest request = shell("id -u; id -g");
  request.switch_to_user = nobody;
  Captured c = run(request);
  if (geteuid() == 0) {
    ASSERT_TRUE(c.result.started) << c.result.error;
    EXPECT_EQ(c.out, std::to_string(nobody->uid) + "\n" + std::to_string(nobody->gid) + "\n");
  } else {
    EXPECT_FALSE(c.result.started);
    EXPECT_EQ(c.result.error, "setgid: Operation not permitted");
    EXPECT_EQ(c.out, "");
  }
}

TEST(Plan, CommandsTheJobsPathDoesNotFind) {
  auto exists = [](const std::string& path) {
    return path == "/usr/bin/tr" || path == "/home/a/.nvm/bin/node" || path == "/usr/local/bin/jq";
  };
  std::vector<CommandLookup> missing = commands_missing_from_path(
      "cd out && FOO=1 node run.js | jq .x; if true; then tr a b; fi; ./local.sh; $TOOL x; "
      "echo node ok; nosuch -v",
      "/usr/bin:/bin", "/home/a/.nvm/bin:/usr/local/bin:/usr/bin:/bin", exists);
  ASSERT_EQ(missing.size(), 3u);
  EXPECT_EQ(missing[0].name, "node");
  EXPECT_EQ(missing[0].found_in_current_path, "/home/a/.nvm/bin");
  EXPECT_EQ(missing[1].name, "jq");
  EXPECT_EQ(missing[1].found_in_current_path, "/usr/local/bin");
  EXPECT_EQ(missing[2].name, "nosuch");
  EXPECT_FALSE(missing[2].found_in_current_path);
}

TEST(Plan, ShellQuoting) {
  EXPECT_EQ(shell_quote("/bin/sh"), "/bin/sh");
  EXPECT_EQ(shell_quote("echo hi"), "'echo hi'");
  EXPECT_EQ(shell_quote("it's"), "'it'\\''s'");
  EXPECT_EQ(shell_quote(""), "''");
  EXPECT_EQ(shell_quote("a\rb"), "'a\\rb'");
}

Host test_host() {
  Host host;
  host.passwd = passwd_from_entries(
      {{"root", 0, 0, "/root", "/bin/bash"}, {"alice", 1000, 1000, "/home/alice", "/bin/sh"}});
  host.current_user = host.passwd.by_name("alice");
  host.real_uid = 1000;
  host.sendmail_installed = true;
  return host;
}

TEST(Plan, WhyCronWouldNotRunAnEntry) {
  auto exists = [](std::string_view name) { return name == "root"; };
  ParseOptions system{CrontabFormat::system, DialectId::debian, "/etc/cron.d/backup.sh"};
  Crontab named = parse_crontab("0 1 * * * root true\n", system);
  EXPECT_NE(why_cron_would_not_run(named, named.entries[0], "/etc/cron.d/backup.sh", exists)
                ->find("does not read a file named \"backup.sh\" in cron.d"),
            std::string::npos);
  EXPECT_FALSE(why_cron_would_not_run(named, named.entries[0], "/etc/cron.d/backup", exists));
  system.dialect = DialectId::cronie;
  Crontab cronie = parse_crontab("0 1 * * * root true\n", system);
  EXPECT_FALSE(why_cron_would_not_run(cronie, cronie.entries[0], "/etc/cron.d/backup.sh", exists));
  EXPECT_TRUE(why_cron_would_not_run(cronie, cronie.entries[0], "/etc/cron.d/backup~", exists));

  system.dialect = DialectId::debian;
  Crontab unknown = parse_crontab("0 1 * * * root true\n0 2 * * * ghost true\n", system);
  EXPECT_NE(why_cron_would_not_run(unknown, unknown.entries[0], "/etc/crontab", exists)
                ->find("line 2 names the unknown user \"ghost\""),
            std::string::npos);
}

TEST(Plan, EntryPlanFollowsTheCrontab) {
  Crontab tab = parse_crontab("MAILTO=\"\"\nSHELL=/bin/bash\n5 4 * * * cat > out.txt%hello\n",
                              ParseOptions{});
  PlanOutcome outcome = plan_entry(tab, tab.entries[0], "t:3", test_host());
  ASSERT_TRUE(outcome.plan) << outcome.error;
  const JobPlan& plan = *outcome.plan;
  EXPECT_EQ(plan.user.name, "alice");
  EXPECT_EQ(plan.command.argv, (std::vector<std::string>{"/bin/bash", "-c", "cat > out.txt"}));
  EXPECT_EQ(plan.command.standard_input, "hello\n");
  EXPECT_EQ(plan.environment.output.kind, OutputRoute::Kind::discarded);
  EXPECT_EQ(plan.start_directory(), "/home/alice");
  EXPECT_EQ(plan.fallback_directory, "/var/spool/cron");
  std::string text = render_dry_run(plan);
  EXPECT_NE(text.find("argv:      /bin/bash -c 'cat > out.txt'\n"), std::string::npos) << text;
  EXPECT_NE(text.find("stdin:     \"hello\\n\""), std::string::npos) << text;
}

TEST(Plan, UnknownUserIsAnError) {
  Crontab tab = parse_crontab("0 1 * * * ghost true\n",
                              ParseOptions{CrontabFormat::system, DialectId::cronie, "x"});
  PlanOutcome outcome = plan_entry(tab, tab.entries[0], "x:1", test_host());
  EXPECT_FALSE(outcome.plan);
  EXPECT_EQ(outcome.error,
            "unknown user \"ghost\" on line 1 (cronie accepts the line and the job fails when it "
            "is due)");
}

TEST(Plan, CronieDashNIsAnOptionNotPartOfTheCommand) {
  Crontab tab = parse_crontab("0 1 * * * -n backup --all\n",
                              ParseOptions{CrontabFormat::user, DialectId::cronie, "x"});
  PlanOutcome outcome = plan_entry(tab, tab.entries[0], "x:1", test_host());
  ASSERT_TRUE(outcome.plan);
  EXPECT_EQ(outcome.plan->command.argv.back(), "backup --all");
  EXPECT_TRUE(outcome.plan->environment.output.only_when_failing);
  Crontab debian = parse_crontab("0 1 * * * -n backup --all\n", ParseOptions{});
  EXPECT_EQ(plan_entry(debian, debian.entries[0], "x:1", test_host()).plan->command.argv.back(),
            "-n backup --all");
}

// The cronrun binary on real jobs. The user database comes from a test root whose passwd gives
// the current uid a home directory of our choosing (CRONKIT_SYSTEM_ROOT, see run/host.hpp).
class CronrunTool : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = dir_.path() / "root";
    home_ = fs::canonical(dir_.path()) / "home";
    fs::create_directories(root_ / "etc");
    fs::create_directories(home_);
    std::ofstream(root_ / "etc" / "passwd")
        << "me:x:" << getuid() << ":" << getgid() << "::" << home_.string() << ":/bin/sh\n"
        << "other:x:" << (getuid() == 0 ? 65534 : 0) << ":" << (getuid() == 0 ? 65534 : 0)
        << "::/:/bin/sh\n";
    std::ofstream(root_ / "etc" / "environment") << "FROM_PAM=yes\n";
  }

  struct Outcome {
    std::string out;
    std::string err;
    int status = -1;
  };

  // Runs `cronrun ARGS` on a crontab with these lines; `environment` adds NAME=value lines.
  Outcome cronrun(const std::string& crontab, const std::string& args,
                  const std::vector<std::string>& environment = {}) {
    fs::path file = dir_.path() / "jobs.crontab";
    std::ofstream(file) << crontab;
    fs::path command = dir_.path() / "case.cmd";
    std::ofstream cmd(command);
    cmd << "CRONKIT_SYSTEM_ROOT=" << root_.string() << "\n";
    for (const std::string& line : environment) cmd << line << "\n";
    cmd << "cronrun " << args << " " << file.string() << ":" << count_lines(crontab) << "\n";
    cmd.close();
    std::string result = cronkit::testing::run_golden_case({command, "cronrun"});
    Outcome outcome;
    std::size_t err_at = result.find("--- stderr ---\n");
    std::size_t status_at = result.rfind("--- exit status: ");
    outcome.out = result.substr(0, err_at);
    outcome.err = result.substr(err_at + 15, status_at - err_at - 15);
    outcome.status = std::stoi(result.substr(status_at + 17));
    return outcome;
  }

  static std::size_t count_lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  }

  TempDir dir_;
  fs::path root_;
  fs::path home_;
};

TEST_F(CronrunTool, PrintsPathAndWorkingDirectoryOfTheJob) {
  Outcome o = cronrun("* * * * * echo \"$PATH\"; pwd; echo \"$LOGNAME $FROM_PAM\"\n", "");
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "/usr/bin:/bin\n" + home_.string() + "\nme yes\n");
  EXPECT_NE(o.err.find("cronrun: exit status 0 after"), std::string::npos) << o.err;
  // The test root has no /usr/sbin/sendmail.
  EXPECT_TRUE(std::regex_search(
      o.err, std::regex("cron would have discarded these [0-9]+ bytes: there is no "
                        "/usr/sbin/sendmail, so instead of mailing me cron logs \"No MTA")))
      << o.err;
}

TEST_F(CronrunTool, CallersEnvironmentDoesNotReachTheJob) {
  Outcome o = cronrun("* * * * * echo \"${OPENAI_API_KEY-unset}\"\n", "",
                      {"OPENAI_API_KEY=sk-should-not-leak"});
  EXPECT_EQ(o.out, "unset\n");
  EXPECT_EQ(o.err.find("sk-should-not-leak"), std::string::npos);
}

TEST_F(CronrunTool, FeedsThePercentTextOnStandardInput) {
  Outcome o = cronrun("MAILTO=\"\"\n* * * * * tr a-z A-Z; echo \"100\\% done\"%hello%world\n", "");
  EXPECT_EQ(o.status, 0) << o.err;
  EXPECT_EQ(o.out, "HELLO\nWORLD\n100% done\n");
  EXPECT_NE(o.err.find("cron would have discarded these 22 bytes: MAILTO is empty (line 1)"),
            std::string::npos)
      << o.err;
}

TEST_F(CronrunTool, PercentAndBackslashesAsTheJobSeesThem) {
  // `\\` in the command part: Debian turns it into `\`, cronie keeps both (docs/semantics.md §7).
  std::string crontab = "* * * * * expr 'a\\\\b' : '.*'; cat%one\\%two%%three\\x\n";
  Outcome debian = cronrun(crontab, "");
  EXPECT_EQ(debian.out, "3\none%two\n\nthree\\x\n");
  Outcome cronie = cronrun(crontab, "--dialect cronie");
  EXPECT_EQ(cronie.out, "4\none%two\n\nthree\\x\n");
}

TEST_F(CronrunTool, RelativeHomeIsResolvedAgainstTheDaemonsDirectory) {
  Outcome cronie = cronrun("HOME=tmp\n* * * * * pwd; echo \"$HOME\"\n", "--dialect cronie");
  EXPECT_EQ(cronie.status, 0) << cronie.err;
  EXPECT_EQ(cronie.out, "/tmp\ntmp\n");
}

TEST_F(CronrunTool, JobGetsTheServiceUmaskNotOurs) {
  mode_t ours = umask(077);
  Outcome o = cronrun("* * * * * umask\n", "");
  umask(ours);
  EXPECT_EQ(o.out, "0022\n");
}

TEST_F(CronrunTool, SaysWhenPamEnvConfHasSettingsItDoesNotModel) {
  fs::create_directories(root_ / "etc" / "security");
  std::ofstream(root_ / "etc" / "security" / "pam_env.conf") << "# comment\n\n";
  EXPECT_EQ(cronrun("* * * * * true\n", "--dry-run").out.find("pam_env.conf"), std::string::npos);
  std::ofstream(root_ / "etc" / "security" / "pam_env.conf") << "EDITOR DEFAULT=vi\n";
  EXPECT_NE(cronrun("* * * * * true\n", "--dry-run").out.find("pam_env.conf has settings"),
            std::string::npos);
}

TEST_F(CronrunTool, PassesTheJobsFailureStatus) {
  fs::create_directories(root_ / "usr" / "sbin");
  std::ofstream(root_ / "usr" / "sbin" / "sendmail") << "";
  Outcome o = cronrun("* * * * * echo broken >&2; exit 3\n", "");
  EXPECT_EQ(o.status, 3);
  EXPECT_EQ(o.out, "");
  EXPECT_NE(o.err.find("broken\n"), std::string::npos);
  EXPECT_NE(o.err.find("cronrun: exit status 3 after"), std::string::npos) << o.err;
  EXPECT_NE(o.err.find("cron would have mailed these 7 bytes to me"), std::string::npos) << o.err;
}

TEST_F(CronrunTool, SignalStatusIsOneHundredTwentyEightPlusN) {
  Outcome o = cronrun("* * * * * kill -TERM $$\n", "");
  EXPECT_EQ(o.status, 143);
  EXPECT_NE(o.err.find("killed by SIGTERM"), std::string::npos) << o.err;
}

TEST_F(CronrunTool, TimeoutExitsWithOneHundredTwentyFour) {
  Outcome o = cronrun("* * * * * echo started; sleep 30\n", "--timeout 0.3");
  EXPECT_EQ(o.status, 124);
  EXPECT_EQ(o.out, "started\n");
  EXPECT_TRUE(std::regex_search(o.err, std::regex("timed out after 0\\.[0-9]{3} s"))) << o.err;
}

TEST_F(CronrunTool, RunsWithoutAHomeDirectoryLikeDebianAndRefusesLikeCronie) {
  fs::remove(home_);
  Outcome debian = cronrun("* * * * * pwd\n", "");
  EXPECT_EQ(debian.status, 0) << debian.err;
  EXPECT_NE(debian.err.find("failed: the job ran in"), std::string::npos) << debian.err;
  Outcome cronie = cronrun("* * * * * pwd\n", "--dialect cronie");
  EXPECT_EQ(cronie.status, 125);
  EXPECT_EQ(cronie.out, "");
  EXPECT_NE(cronie.err.find("cronie logs \"chdir failed\" and does not run the job"),
            std::string::npos)
      << cronie.err;
}

TEST_F(CronrunTool, AnotherUsersJobRunsOnlyForRoot) {
  Outcome o = cronrun("* * * * * other id -u\n", "--system");
  if (getuid() == 0) {
    EXPECT_EQ(o.status, 0) << o.err;
    EXPECT_EQ(o.out, "65534\n");
    EXPECT_NE(o.err.find("as user other"), std::string::npos) << o.err;
  } else {
    EXPECT_EQ(o.status, 125);
    EXPECT_EQ(o.out, "");
    EXPECT_NE(o.err.find("only root can run a job as another user"), std::string::npos) << o.err;
  }
}

TEST_F(CronrunTool, EntryCronWouldNotRunNeedsIgnoreErrors) {
  std::string crontab = "0 0 * * * echo ok\n61 0 * * * echo bad minute\n";
  Outcome refused = cronrun(crontab + "* * * * * echo ran\n", "");
  EXPECT_EQ(refused.status, 125);
  EXPECT_EQ(refused.out, "");
  EXPECT_NE(refused.err.find("Debian's cron ignores this whole file: line 2"), std::string::npos)
      << refused.err;
  Outcome forced = cronrun(crontab + "* * * * * echo ran\n", "--ignore-errors");
  EXPECT_EQ(forced.status, 0) << forced.err;
  EXPECT_EQ(forced.out, "ran\n");
  EXPECT_NE(forced.err.find("warning: cron would not run this entry"), std::string::npos);
  Outcome cronie = cronrun(crontab + "* * * * * echo ran\n", "--dialect cronie");
  EXPECT_EQ(cronie.status, 0) << "cronie drops only the bad line: " << cronie.err;
}

}  // namespace
}  // namespace cronkit
