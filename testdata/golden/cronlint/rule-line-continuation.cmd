cronlint --disable all --enable line-continuation lint/line-continuation.crontab lint/line-continuation.good.crontab
