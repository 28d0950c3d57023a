cronlint --no-config --dialect eventbridge-scheduler --tz Europe/Berlin --expr 'cron(30 2 * * ? *)' --expr 'cron(0 9 ? * 1-5 *)'
