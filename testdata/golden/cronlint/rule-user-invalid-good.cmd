cronlint lint/user-invalid.good.crontab --disable all --enable user-invalid
