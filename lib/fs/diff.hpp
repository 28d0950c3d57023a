#pragma once
// A change to a whole file shown as `diff -u` shows it, for `--diff` (show what --fix would
// write, write nothing) and for any tool that rewrites files.

#include <string>
#include <string_view>

namespace cronkit::fs {

// `--- a/PATH` / `+++ b/PATH` and `@@ -l,n +l,n @@` hunks with `context` unchanged lines around
// each change, as GNU `diff -u` prints them (hunks closer than 2 * context lines are joined; a
// last line without a newline is followed by `\ No newline at end of file`). Empty when the texts
// are equal. The diff is minimal up to a work limit; past it (a huge file changed in many
// places) the changed middle of the file is shown as one replacement, which is still a correct
// diff, only a longer one.
std::string unified_diff(std::string_view path, std::string_view before, std::string_view after,
                         int context = 3);

}  // namespace cronkit::fs
