cronlint lint/no-timeout.good.crontab --disable all --enable no-timeout
