cronlint --no-config --dialect eventbridge-scheduler --expr 'cron(0 9 ? * MON-FRI *)' --expr 'at(2026-13-01T00:00:00)'
