cronlint --disable all --enable field-syntax lint/field-syntax.crontab lint/field-syntax.good.crontab
