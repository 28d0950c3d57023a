cronlint --disable all --enable hour-out-of-range lint/hour-out-of-range.crontab lint/hour-out-of-range.good.crontab
