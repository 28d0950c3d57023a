cronlint lint/output-not-redirected.good.crontab --disable all --enable output-not-redirected
