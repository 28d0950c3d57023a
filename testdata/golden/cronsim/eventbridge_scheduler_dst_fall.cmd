cronsim --dialect eventbridge-scheduler --tz America/New_York -e 'cron(0/30 * * * ? *)' --from 2026-11-01T00:30 --count 5
