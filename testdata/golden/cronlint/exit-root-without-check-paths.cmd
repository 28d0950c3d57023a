cronlint --root /tmp lint/mixed.crontab
