#pragma once
// The files of a directory tree that cronkit reads: what `cronlint DIR`, `cronsim DIR` and
// `cronexplain -f DIR` check, found the way a repository's own tools see the tree.
//
// A file is picked when its name says it is a crontab (the names the pre-commit hook `cronlint`
// takes: `crontab`, `*.crontab`, `*.cron`, `cron.d/*`, `crontabs/*`) or it is of a file kind of
// lib/embedded (by path, or by content for the names whose content may tell). Skipped: `.git`
// directories; what the repository's .gitignore files (at every level, and those of the
// directories between the repository's top and the walked directory) and `.git/info/exclude`
// ignore; symbolic links (never followed: what one points to inside the tree is walked at its
// own path, and what it points to outside is not part of the tree); files that are not regular;
// binary files (a NUL byte in the first 8000 bytes, git's own test). A file whose path no kind
// can take is never opened, so that walking a large repository costs little more than listing
// it; a candidate is read once, and its text is handed back for the caller to use.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "embedded/embedded.hpp"

namespace cronkit::discover {

// Whether `path` ('/'-separated) names a crontab, as the pre-commit hook `cronlint` selects
// them: `(^|/)(crontab|[^/]+\.crontab|[^/]+\.cron|cron\.d/[^/]+|crontabs/[^/]+)$`.
bool crontab_by_name(std::string_view path);

struct FoundFile {
  std::string path;  // the walked directory as given, joined with the path below it
  std::optional<embedded::FileKind> kind;  // nothing: a crontab
  std::string text;                        // the whole file, when WalkOptions::read_text
};

// "crontab" or the kind's name (`--kind`'s words).
std::string_view kind_name(const FoundFile& file);

struct WalkOptions {
  // Hand back every picked file's text (for linting); otherwise a file recognised by its path is
  // only opened to see that it is not binary.
  bool read_text = true;
  // Paths (as FoundFile::path would be) to leave out before anything is read; may be empty.
  std::function<bool(std::string_view path)> excluded;
};

struct WalkResult {
  std::vector<FoundFile> files;  // sorted by path (bytes)
  // Directories and files that could not be read, as "PATH: reason" (lower case).
  std::vector<std::string> errors;
};

// The files of the tree at `directory`.
WalkResult walk(const std::string& directory, const WalkOptions& options = {});

}  // namespace cronkit::discover
