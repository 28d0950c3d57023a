cronlint lint/user-field-missing.crontab --disable all --enable user-field-missing
