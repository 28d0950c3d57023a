#pragma once
// Where a job's output goes. cron captures the job's standard output and standard error and mails
// them (if any) to MAILTO or the owner; redirections in the command send either elsewhere. This
// reads the redirections of a shell command the way sh would apply them, without running it.

#include <string>
#include <string_view>
#include <vector>

namespace cronkit {

enum class StreamSink {
  captured,       // left to cron, which mails it
  discarded,      // /dev/null or a closed descriptor
  file_appended,  // >> FILE
  file_replaced,  // > FILE (emptied at each run)
};

struct StreamRoute {
  StreamSink sink = StreamSink::captured;
  std::string file;  // for file_appended and file_replaced
  friend bool operator==(const StreamRoute&, const StreamRoute&) = default;
};

struct OutputRouting {
  // Every distinct place the command's standard output (resp. error) can end up, in order of
  // appearance: a command list (`a > f; b`) can send different commands' output to different
  // places.
  std::vector<StreamRoute> standard_output;
  std::vector<StreamRoute> standard_error;
  std::vector<std::string> notes;  // things that do not do what they seem to
};

// `shell_is_bash`: whether SHELL is bash, which reads `&>FILE` as "both streams to FILE"; sh
// (dash) reads it as `&` (run in the background) followed by `>FILE` (only empties FILE).
OutputRouting route_output(std::string_view shell_command, bool shell_is_bash);

// Who cron mails captured output to.
struct MailTarget {
  enum class Kind { owner, address, disabled, unsafe, logged, journal };
  Kind kind = Kind::owner;
  std::string who;                   // the owner's name if known, or the MAILTO value
  std::string_view daemon = "cron";  // "busybox crond": who logs it, for Kind::logged
};

// "appended to /var/log/x.log, stderr too", "discarded", "stdout discarded; stderr mailed to ...".
std::string describe_output(const OutputRouting& routing, const MailTarget& mail);

}  // namespace cronkit
