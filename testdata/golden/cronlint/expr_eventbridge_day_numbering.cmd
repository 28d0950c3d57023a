cronlint --no-config --dialect eventbridge --expr 'cron(0 9 ? * 1-5 *)' --expr 'cron(0 9 ? * 2-6 *)' --expr 'cron(0 9 ? * MON-FRI *)' --expr 'cron(0 0 30 2 ? *)'
