cronlint --disable all --enable range-reversed lint/range-reversed.crontab lint/range-reversed.good.crontab
