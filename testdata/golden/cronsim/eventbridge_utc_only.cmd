cronsim --dialect eventbridge -e 'cron(0 9 ? * MON-FRI *)' --tz America/New_York --from 2026-03-06 --count 4
