# Run at build time (cmake -P): writes OUTPUT, a header with the commit SOURCE_DIR is checked out
# at, or "" outside a git checkout (a release tarball). The file is rewritten only when the commit
# changes, so a build at the same commit recompiles nothing.
execute_process(COMMAND git -C "${SOURCE_DIR}" rev-parse --short=12 HEAD
                OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE status ERROR_QUIET)
if(NOT status EQUAL 0)
  set(commit "")
endif()
set(text "#pragma once\n\nnamespace cronkit {\ninline constexpr const char* git_commit = \"${commit}\";\n}  // namespace cronkit\n")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUTPUT}" "${text}")
endif()
