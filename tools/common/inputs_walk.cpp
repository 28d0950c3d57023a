#include "common/inputs_walk.hpp"

#include <sys/stat.h>

#include "discover/discover.hpp"

namespace cronkit::tool {

bool is_directory(const std::string& path) {
  struct stat info {};
  return path != "-" && stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

std::vector<InputFile> expand_directories(const Tool& cli,
                                          const std::vector<std::string>& arguments, bool read_text,
                                          bool& io_error) {
  std::vector<InputFile> inputs;
  for (const std::string& argument : arguments) {
    if (!is_directory(argument)) {
      inputs.push_back({argument, std::nullopt, false, std::nullopt});
      continue;
    }
    discover::WalkResult walked = discover::walk(argument, {.read_text = read_text});
    for (const std::string& error : walked.errors) {
      cli.fail(error);
      io_error = true;
    }
    for (discover::FoundFile& file : walked.files) {
      inputs.push_back({std::move(file.path),
                        read_text ? std::optional(std::move(file.text)) : std::nullopt, true,
                        file.kind});
    }
  }
  return inputs;
}

}  // namespace cronkit::tool
