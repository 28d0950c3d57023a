cronlint --enable all lint/dialect-directive.crontab
