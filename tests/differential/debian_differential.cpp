// Differential test: cronkit's parser against Debian's own (see debian_parser_main.c). Thousands
// of generated crontabs, each read by both; they must agree on every environment assignment,
// every accepted entry (its expanded fields, star flags and command) and every rejected line.
// Built only when CMake is given -DCRONKIT_DEBIAN_PARSER=/path/to/oracle (.ci/run does that).

#include <gtest/gtest.h>
#include <pwd.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "parse/parse.hpp"

namespace cronkit {
namespace {

template <std::size_t N>
std::string set_bits(const std::bitset<N>& bits, int low, int high) {
  std::string out = " |";
  bool first = true;
  for (int value = low; value <= high; ++value) {
    if (bits[static_cast<std::size_t>(value)]) {
      out += (first ? " " : ",") + std::to_string(value);
      first = false;
    }
  }
  return out;
}

// Debian's cron also rejects a system-crontab entry whose user is not in the passwd database of
// the machine it runs on. cronkit's parser reads text only (cronlint's user-unknown rule checks
// users), so the comparison applies the passwd lookup here, on this machine, as the oracle does.
bool user_exists(const Entry& entry) {
  return !entry.user || getpwnam(std::string(*entry.user).c_str()) != nullptr;
}

// cronkit's reading, in the oracle's record format. Only records up to the first rejected line
// are comparable: after an error Debian's parser may re-read the rest of the line as a new one
// (the daemon ignores the whole file then anyway).
std::vector<std::string> cronkit_records(const std::string& text, CrontabFormat format) {
  Crontab tab = parse_crontab(text, {format, DialectId::debian, "generated"});
  std::vector<std::string> records;
  for (const Line& line : tab.lines) {
    if (!line.ends_with_newline && line.kind != Line::Kind::blank &&
        line.kind != Line::Kind::comment) {
      records.push_back("no-final-newline");
      break;
    }
    if (line.kind == Line::Kind::environment) {
      const EnvAssignment& env = tab.environment[line.index];
      records.push_back("env " + env.name + "=" + env.value);
    } else if (line.kind == Line::Kind::rejected ||
               (line.kind == Line::Kind::entry && !tab.entries[line.index].accepted) ||
               (line.kind == Line::Kind::entry && !user_exists(tab.entries[line.index]))) {
      records.push_back("rejected");
      break;
    } else if (line.kind == Line::Kind::entry) {
      const Entry& entry = tab.entries[line.index];
      const Schedule& s = entry.schedule;
      std::string record = "entry ";
      record += s.minute_star ? "m" : "-";
      record += s.hour_star ? "h" : "-";
      record += s.day_of_month_star ? "d" : "-";
      record += s.day_of_week_star ? "w" : "-";
      record += s.at_reboot ? "r" : "-";
      if (!s.at_reboot) {
        record += set_bits(s.minutes, 0, 59) + set_bits(s.hours, 0, 23) +
                  set_bits(s.days_of_month, 1, 31) + set_bits(s.months, 1, 12) +
                  set_bits(s.days_of_week, 0, 7);
      }
      record += " | " + std::string(entry.command.raw);
      records.push_back(record);
    }
  }
  return records;
}

std::vector<std::string> oracle_records(const std::string& text, CrontabFormat format) {
  char path[] = "/tmp/cronkit-differential-XXXXXX";
  int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  {
    std::ofstream out(path, std::ios::binary);
    out << text;
  }
  close(fd);
  std::string command = std::string(CRONKIT_DEBIAN_PARSER) +
                        (format == CrontabFormat::system ? " --system " : " ") + path;
  std::vector<std::string> records;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    std::string output;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) output.append(buffer.data(), n);
    pclose(pipe);
    std::istringstream lines(output);
    for (std::string line; std::getline(lines, line);) {
      records.push_back(line);
      if (line == "rejected" || line == "no-final-newline") break;
    }
  }
  unlink(path);
  return records;
}

// Pieces of crontab lines, weighted towards the places where crons disagree.
class CrontabGenerator {
 public:
  explicit CrontabGenerator(unsigned seed) : random_(seed) {}

  std::string crontab(CrontabFormat format) {
    std::string text;
    int lines = pick(1, 4);
    for (int i = 0; i < lines; ++i) text += line(format) + "\n";
    if (chance(8)) text.pop_back();  // no final newline
    return text;
  }

 private:
  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  bool chance(int one_in) { return pick(1, one_in) == 1; }
  template <typename T>
  const T& any_of(const std::vector<T>& items) {
    return items[static_cast<std::size_t>(pick(0, static_cast<int>(items.size()) - 1))];
  }

  std::string value(int field) {
    static const std::vector<std::string> months = {"jan", "FEB",     "Mar", "dec",
                                                    "jna", "January", "sep"};
    static const std::vector<std::string> days = {"sun", "MON",    "Fri", "sat",
                                                  "thu", "Monday", "xyz"};
    if (field == 3 && chance(3)) return any_of(months);
    if (field == 4 && chance(3)) return any_of(days);
    if (chance(20)) return any_of(std::vector<std::string>{"L", "W", "5L", "0x5", "?", "H", "a"});
    static const std::array<int, 5> highs = {61, 25, 33, 14, 9};
    std::string number = std::to_string(pick(0, highs[static_cast<std::size_t>(field)]));
    if (chance(10)) number = "0" + number;
    return number;
  }

  std::string item(int field) {
    std::string text;
    switch (pick(0, 5)) {
      case 0:
        text = "*";
        break;
      case 1:
      case 2:
        text = value(field);
        break;
      default:
        text = value(field) + "-" + value(field);
        break;
    }
    if (chance(4)) text += "/" + std::to_string(pick(0, 40));
    if (chance(25))
      text += any_of(std::vector<std::string>{"#3", ";x", "~5", "-", "*", "/", "L", ","});
    return text;
  }

  std::string field(int index) {
    std::string text = item(index);
    while (chance(4)) text += "," + item(index);
    if (chance(40)) text = any_of(std::vector<std::string>{",5", "0,,5", "*5", "**", "-5", "~"});
    return text;
  }

  std::string blanks() { return chance(5) ? "\t" : chance(5) ? "   " : " "; }

  std::string command() {
    static const std::vector<std::string> commands = {
        "cmd",   "echo 100% done",          "date +\\%Y", "* cmd",
        "",      "  spaced  cmd",           "a#b",        "x\\\\%y",
        "cmd\r", "/usr/bin/backup.sh --now"};
    return any_of(commands);
  }

  std::string line(CrontabFormat format) {
    int kind = pick(0, 9);
    if (kind == 0) {
      static const std::vector<std::string> envs = {"A=b",
                                                    "A = b c  ",
                                                    "MAILTO=",
                                                    "MAILTO=\"\"",
                                                    "A=\"  x  \"",
                                                    "A=\"'b'\"",
                                                    "A=\"b\"c",
                                                    "\"A B\"=c",
                                                    "A B=c",
                                                    "=b",
                                                    "A==b",
                                                    "A='unterminated",
                                                    "PATH=$HOME/bin:$PATH",
                                                    "export A=b",
                                                    " \tA=b",
                                                    "A=b\r",
                                                    "A=\"b\"\r",
                                                    "'A'=\"b\" ",
                                                    "A\t=\tb"};
      return any_of(envs);
    }
    if (kind == 1) return any_of(std::vector<std::string>{"", "# comment", "   # x", "\t", "\r"});
    std::string text = chance(8) ? " " : "";
    if (kind == 2) {
      text += any_of(std::vector<std::string>{"@daily", "@reboot", "@hourly", "@weekly", "@yearly",
                                              "@annually", "@monthly", "@midnight", "@HOURLY",
                                              "@5m", "@"});
    } else {
      int fields = chance(15) ? pick(3, 6) : 5;
      for (int i = 0; i < fields; ++i) text += (i ? blanks() : "") + field(std::min(i, 4));
    }
    if (format == CrontabFormat::system && !chance(15)) text += blanks() + "root";
    if (!chance(10)) text += blanks() + command();
    return text;
  }

  std::mt19937 random_;
};

void compare_many(CrontabFormat format, unsigned seed, int count) {
  CrontabGenerator generator(seed);
  int differences = 0;
  for (int i = 0; i < count && differences < 10; ++i) {
    std::string text = generator.crontab(format);
    std::vector<std::string> expected = oracle_records(text, format);
    std::vector<std::string> actual = cronkit_records(text, format);
    if (expected != actual) {
      ++differences;
      std::string shown;
      for (const auto& r : expected) shown += "  debian:  " + r + "\n";
      for (const auto& r : actual) shown += "  cronkit: " + r + "\n";
      ADD_FAILURE() << "seed " << seed << " case " << i << " differs for input:\n"
                    << text << "\n---\n"
                    << shown;
    }
  }
}

TEST(DebianDifferential, UserCrontabsReadExactlyAsDebianReadsThem) {
  compare_many(CrontabFormat::user, 20261127, 3000);
}

TEST(DebianDifferential, SystemCrontabsReadExactlyAsDebianReadsThem) {
  compare_many(CrontabFormat::system, 1127, 1500);
}

}  // namespace
}  // namespace cronkit
