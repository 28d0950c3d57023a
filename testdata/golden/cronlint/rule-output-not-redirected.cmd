cronlint lint/output-not-redirected.crontab --disable all --enable output-not-redirected
