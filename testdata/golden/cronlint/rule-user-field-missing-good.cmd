cronlint lint/user-field-missing.good.crontab --disable all --enable user-field-missing
