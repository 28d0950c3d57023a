cronlint --disable all --enable too-frequent lint/too-frequent.crontab lint/too-frequent.good.crontab
