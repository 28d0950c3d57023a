cronlint lint/no-such-file.crontab
