cronlint --dialect debian --enable all lint/dialect-directive.crontab
