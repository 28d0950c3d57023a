// path-not-set: cron's PATH is /usr/bin:/bin (Debian); node, uv, aws, certbot are elsewhere.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "lint/command_analysis.hpp"
#include "lint/rule.hpp"

namespace cronkit::rules {
namespace {

constexpr std::string_view doc = R"doc(## What it does
Finds jobs with no `PATH=` line above them whose command words include a bare program name that
is not a shell builtin or a program every system has in `/usr/bin` or `/bin` (coreutils, `find`,
`grep`, `sed`, `awk`, `tar`, `gzip`, `curl`, `rsync`, `flock`, `logger`, `perl`, `git`,
`docker`, `systemctl`, ...). `python`, `python3`, `pip`, `node`, `npm`, `npx`, `uv`, `poetry`,
`certbot`, `aws`, `gcloud`, `kubectl` are deliberately not on that list: they often live in
`/usr/local/bin`, `/snap/bin`, nvm or pyenv directories. With `--check-paths` the program is
looked up in the job's real PATH under `--root` instead.

## Why is this bad?
cron runs jobs with `PATH=/usr/bin:/bin` on Debian (`/usr/bin:/bin:/usr/sbin:/sbin` on cronie),
not with your login shell's PATH: nothing from `~/.profile`, nvm, pyenv, Homebrew,
`/usr/local/bin` or `/snap/bin`. The command works in your terminal and is "not found" under
cron: the most common cause of a cron job that never ran.

## Example
    0 7 * * * node /srv/digest/index.js

## Use instead
    0 7 * * * /home/deploy/.nvm/versions/node/v20.11.1/bin/node /srv/digest/index.js

or a `PATH=/usr/local/bin:/usr/bin:/bin` line at the top of the crontab.)doc";

constexpr auto base_programs = std::to_array<std::string_view>(
    {// shell builtins and keywords
     ".", ":", "[", "alias", "break", "cd", "command", "continue", "echo", "eval", "exec", "exit",
     "export", "false", "getopts", "hash", "kill", "local", "printf", "pwd", "read", "readonly",
     "return", "set", "shift", "test", "times", "trap", "true", "type", "ulimit", "umask",
     "unalias", "unset", "wait", "[[", "source", "declare", "typeset", "let", "shopt", "pushd",
     "popd", "builtin", "mapfile", "readarray", "disown", "jobs", "dirs", "enable",
     // coreutils
     "b2sum", "base32", "base64", "basename", "cat", "chgrp", "chmod", "chown", "cksum", "comm",
     "cp", "csplit", "cut", "date", "dd", "df", "dir", "dirname", "du", "env", "expand", "expr",
     "factor", "fmt", "fold", "head", "id", "install", "join", "link", "ln", "logname", "ls",
     "md5sum", "mkdir", "mkfifo", "mknod", "mktemp", "mv", "nice", "nl", "nohup", "nproc", "numfmt",
     "od", "paste", "pathchk", "pr", "printenv", "ptx", "readlink", "realpath", "rm", "rmdir",
     "seq", "sha1sum", "sha224sum", "sha256sum", "sha384sum", "sha512sum", "shred", "shuf", "sleep",
     "sort", "split", "stat", "stdbuf", "stty", "sum", "sync", "tac", "tail", "tee", "timeout",
     "touch", "tr", "truncate", "tsort", "tty", "uname", "unexpand", "uniq", "unlink", "users",
     "wc", "who", "whoami", "yes",
     // other essential packages
     "find", "xargs", "grep", "egrep", "fgrep", "zgrep", "sed", "awk", "mawk", "gawk", "tar",
     "gzip", "gunzip", "zcat", "bzip2", "bunzip2", "xz", "unxz", "curl", "wget", "rsync", "flock",
     "ionice", "logger", "setsid", "renice", "mail", "mailx", "perl", "docker", "git", "systemctl",
     "journalctl", "pg_dump", "pg_dumpall", "psql", "mysqldump", "mysql", "ssh", "scp", "sh",
     "bash", "dash", "run-parts", "which", "hostname", "ps", "pgrep", "pkill", "killall", "uptime",
     "free", "mount", "umount", "zip", "unzip", "openssl", "sqlite3", "crontab", "chronic",
     "run-one", "tempfile", "savelog", "lsof", "ping", "nc", "jq", "sudo", "su", "systemd-cat",
     "dig", "host", "php", "ruby", "make", "diff", "patch", "less", "more", "file", "xmllint",
     "gpg", "sftp", "ssh-keygen", "tput", "clear", "locale", "getent", "groups", "newgrp", "passwd",
     "chage", "last", "dmesg", "lsblk", "findmnt", "fuser", "watch", "top", "vmstat", "iostat",
     "sar", "nslookup", "iconv", "bc", "dc", "time"});

// Programs that live in /usr/sbin or /sbin: found on cronie's default PATH, not on Debian's.
constexpr auto sbin_programs = std::to_array<std::string_view>(
    {"service",   "reboot",   "shutdown",    "halt",       "poweroff",  "ip",       "iptables",
     "ip6tables", "nft",      "logrotate",   "ntpdate",    "sendmail",  "useradd",  "userdel",
     "usermod",   "groupadd", "fsck",        "modprobe",   "sysctl",    "ldconfig", "postqueue",
     "postfix",   "nginx",    "apachectl",   "apache2ctl", "cron",      "crond",    "ifconfig",
     "route",     "hwclock",  "blkid",       "swapon",     "swapoff",   "mkfs",     "e2fsck",
     "tune2fs",   "fstrim",   "update-grub", "a2ensite",   "a2dissite", "exim",     "exim4",
     "sshd",      "ufw",      "chroot",      "pvs",        "lvs",       "vgs",      "lvcreate",
     "zfs",       "zpool",    "smartctl",    "dmidecode",  "arp",       "ethtool",  "tcpdump",
     "rndc",      "named",    "ntpd",        "chronyd",    "haproxy",   "apt-get"});

bool contains(std::span<const std::string_view> list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

bool found_on_path(std::string_view root, std::string_view path, std::string_view name) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t colon = path.find(':', start);
    std::string_view directory =
        path.substr(start, colon == std::string_view::npos ? colon : colon - start);
    if (directory.starts_with("/")) {
      std::string candidate = lint::under_root(root, fmt::format("{}/{}", directory, name));
      std::error_code error;
      if (std::filesystem::is_regular_file(candidate, error)) return true;
    }
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  return false;
}

void check_job(lint::RuleContext& ctx, const Entry& entry) {
  const EnvAssignment* path_line = lint::assignment_in_force(ctx.crontab, entry, "PATH");
  if (path_line && !ctx.options.check_paths) return;
  std::string path = path_line ? path_line->value : std::string(ctx.dialect.default_path);
  const lint::CommandAnalysis& analysis = lint::job_analysis(ctx, entry);
  for (const lint::SimpleCommand& command : analysis.commands) {
    // A job that changes PATH or loads a file may find the program: stop there.
    bool sets_path = std::any_of(command.assignments.begin(), command.assignments.end(),
                                 [](const lint::Assignment& a) { return a.name == "PATH"; });
    if (command.command_name() == "export") {
      for (const lint::Word& w : command.arguments()) {
        if (w.text.starts_with("PATH=")) sets_path = true;
      }
    }
    if (sets_path || lint::sourced_file(command)) break;
    const lint::Word* word = command.command_word();
    if (!word || word->has_expansion || word->text.empty() || word->text[0] == '-' ||
        word->text.find('/') != std::string::npos) {
      continue;
    }
    const std::string& name = word->text;
    std::string message;
    if (ctx.options.check_paths) {
      if (found_on_path(ctx.options.root, path, name)) continue;
      message = fmt::format("`{}` is not found in the job's PATH ({}) under {}",
                            lint::excerpt(name), lint::excerpt(path), ctx.options.root);
    } else {
      if (contains(base_programs, name)) continue;
      if (contains(sbin_programs, name)) {
        if (path.find("sbin") != std::string::npos) continue;
        message = fmt::format(
            "`{}` lives in /usr/sbin or /sbin, which is not on cron's PATH "
            "({}); use its full path or set PATH at the top",
            lint::excerpt(name), lint::excerpt(path));
      } else {
        message = fmt::format(
            "cron runs jobs with PATH={}: `{}` is probably installed "
            "elsewhere (/usr/local/bin, nvm, pyenv, snap) and will not be "
            "found; use its full path or set PATH at the top of the "
            "crontab",
            lint::excerpt(path), lint::excerpt(name));
      }
    }
    ctx.report(word->span, std::move(message));
    break;
  }
}

}  // namespace

extern const lint::Rule path_not_set{
    {.id = "path-not-set",
     .severity = Severity::warning,
     .category = lint::Category::environment,
     .summary = "a program outside cron's PATH (/usr/bin:/bin) is called by its bare name",
     .doc = doc},
    lint::check_rejected_jobs<check_job>,
    lint::check_job_of<check_job>};

}  // namespace cronkit::rules
