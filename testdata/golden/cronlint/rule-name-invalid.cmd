cronlint --disable all --enable name-invalid lint/name-invalid.crontab lint/name-invalid.good.crontab
