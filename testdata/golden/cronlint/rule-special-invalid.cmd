cronlint --disable all --enable special-invalid lint/special-invalid.crontab lint/special-invalid.good.crontab
