cronlint lint/no-timeout.crontab --disable all --enable no-timeout
