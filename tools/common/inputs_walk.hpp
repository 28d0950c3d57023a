#pragma once
// Directory arguments: `cronlint DIR`, `cronsim DIR`, `cronexplain -f DIR` read the files of the
// tree that cronkit understands (lib/discover), as if each had been named on the command line.

#include <optional>
#include <string>
#include <vector>

#include "common/tool.hpp"
#include "embedded/embedded.hpp"

namespace cronkit::tool {

struct InputFile {
  std::string path;                 // as given, or as found below a directory argument
  std::optional<std::string> text;  // read already (found in a directory, with read_text)
  bool found_in_directory = false;
  std::optional<embedded::FileKind> kind;  // found_in_directory: its kind (nothing: a crontab)
};

// Whether `path` names a directory (following a link the user named).
bool is_directory(const std::string& path);

// The arguments with every directory replaced by the files found in it (sorted by path), other
// arguments as they are. A directory or file in a tree that cannot be read is reported (the
// tool's I/O error wording) and sets `io_error`; the others are still returned.
std::vector<InputFile> expand_directories(const Tool& cli,
                                          const std::vector<std::string>& arguments, bool read_text,
                                          bool& io_error);

}  // namespace cronkit::tool
