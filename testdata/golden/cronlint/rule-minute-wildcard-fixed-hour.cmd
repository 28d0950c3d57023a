cronlint --disable all --enable minute-wildcard-fixed-hour lint/minute-wildcard-fixed-hour.crontab lint/minute-wildcard-fixed-hour.good.crontab
