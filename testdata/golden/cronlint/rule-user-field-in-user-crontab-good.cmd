cronlint lint/user-field-in-user-crontab.good.crontab --disable all --enable user-field-in-user-crontab
