cronlint --disable all --enable dow-out-of-range lint/dow-out-of-range.crontab lint/dow-out-of-range.good.crontab
