cronlint --dialect gitlab lint/mixed.crontab
