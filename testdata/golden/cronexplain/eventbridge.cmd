cronexplain --dialect eventbridge --next 3 --from 2026-01-01 'cron(0 9 ? * 2-6 *)' 'cron(0 9 ? * 1-5 *)' 'cron(0/5 8-17 ? * MON-FRI *)' 'cron(15 10 ? * 6L 2019-2030)' 'rate(5 minutes)'
