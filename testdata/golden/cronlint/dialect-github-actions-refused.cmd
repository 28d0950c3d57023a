cronlint --dialect github-actions lint/mixed.crontab
