cronlint --dialect eventbridge-scheduler lint/mixed.crontab
