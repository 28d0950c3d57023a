#pragma once
// Reading and replacing whole files, with errors as values: the tools turn them into messages and
// exit statuses, and nothing here throws.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace cronkit::fs {

struct ReadResult {
  std::optional<std::string> content;  // nothing on error
  std::string error;                   // e.g. "cannot read cronkit.toml: Permission denied"
};

// The bytes of a regular file (or of what a symbolic link points to). A directory, a missing or
// unreadable file is an error naming the path.
ReadResult read_file(const std::filesystem::path& path);

// Replaces `path` with `content` so that a reader (cron itself, which rereads changed crontabs)
// sees either the old file or the new one, never a half-written one, and a crash leaves the old
// file in place: the bytes go to a temporary file in the same directory, which is flushed to disk
// (fsync), given the original's permission bits and owner, renamed over the original, and the
// directory is flushed too. A path that does not exist yet is created (mode 0666 minus the
// umask). A symbolic link is followed to the file it names, but never to another file system
// (rename cannot be atomic across file systems, and a copy would not be): that is an error.
// Nothing: success. Otherwise what went wrong; the original is then unchanged and no temporary
// file is left behind.
std::optional<std::string> write_file_atomically(const std::filesystem::path& path,
                                                 std::string_view content);

}  // namespace cronkit::fs
