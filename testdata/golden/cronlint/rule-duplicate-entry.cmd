cronlint --disable all --enable duplicate-entry lint/duplicate-entry.crontab lint/duplicate-entry.good.crontab
