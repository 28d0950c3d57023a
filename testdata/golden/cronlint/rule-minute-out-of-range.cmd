cronlint --disable all --enable minute-out-of-range lint/minute-out-of-range.crontab lint/minute-out-of-range.good.crontab
