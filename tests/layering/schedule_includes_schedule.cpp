// The control for schedule_includes_lint.cpp: the same build, including a header the `schedule`
// module may see, succeeds. Without it, that test would also pass if every build failed.
#include "schedule/schedule.hpp"
