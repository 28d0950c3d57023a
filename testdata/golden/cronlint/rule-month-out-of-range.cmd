cronlint --disable all --enable month-out-of-range lint/month-out-of-range.crontab lint/month-out-of-range.good.crontab
