// Compiled as part of the `schedule` module, which sits below `lint` in the layering: this include
// must not be found. tests/layering/CMakeLists.txt expects the build of this file to fail with
// exactly that error.
#include "lint/lint.hpp"
