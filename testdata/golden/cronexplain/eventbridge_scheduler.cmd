cronexplain --dialect eventbridge-scheduler --tz America/New_York --next 3 --from 2026-03-07 'cron(30 2 * * ? *)' 'at(2026-03-10T09:30:00)' 'rate(1 day)'
