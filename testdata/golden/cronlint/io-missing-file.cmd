cronlint tools/no-such.crontab
