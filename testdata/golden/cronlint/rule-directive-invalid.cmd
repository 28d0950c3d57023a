cronlint --disable all --enable directive-invalid lint/directive-invalid.crontab lint/directive-invalid.good.crontab
