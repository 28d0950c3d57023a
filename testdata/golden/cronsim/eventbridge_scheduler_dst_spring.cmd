cronsim --dialect eventbridge-scheduler --tz America/New_York -e 'cron(30 2 * * ? *)' --from 2026-03-07 --count 2
