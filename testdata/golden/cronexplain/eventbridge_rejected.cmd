cronexplain --dialect eventbridge '0 9 * * 1-5' 'cron(0 9 * * 1-5 *)' 'cron(0 9 ? * 0 *)' 'cron(0 0 ? * 3#1,6#3 *)' 'rate(1 hours)' 'at(2026-03-08T09:30:00)'
