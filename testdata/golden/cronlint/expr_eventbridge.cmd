cronlint --no-config --dialect eventbridge --expr '0 9 * * 1-5' --expr 'cron(0 9 * * 1-5 *)' --expr 'cron(0 9 ? * MON-FRI *)' --expr 'rate(5 hour)'
