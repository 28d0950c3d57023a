cronlint --disable all --enable field-count lint/field-count.crontab lint/field-count.good.crontab
