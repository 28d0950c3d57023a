cronlint --dialect kubernetes lint/mixed.crontab
