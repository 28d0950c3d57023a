cronlint --frobnicate lint/mixed.crontab
