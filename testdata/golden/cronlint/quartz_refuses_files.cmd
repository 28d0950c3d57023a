cronlint --dialect quartz lint/dialects.crontab
