cronexplain --compare eventbridge,eventbridge-scheduler --tz America/New_York --from 2026-03-07 'cron(30 2 * * ? *)'
