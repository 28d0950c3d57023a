cronlint walk/scheduler-directive
