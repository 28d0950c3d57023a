#pragma once

#include <string>

namespace cronkit::cronsim {

// Writes `content` to `path` through a temporary file in the same directory and a rename, so a
// reader never sees half an image. False with `error` set ("PATH: reason") when it cannot.
bool write_atomically(const std::string& path, const std::string& content, std::string& error);

}  // namespace cronkit::cronsim
