cronlint lint/user-invalid.crontab --disable all --enable user-invalid
