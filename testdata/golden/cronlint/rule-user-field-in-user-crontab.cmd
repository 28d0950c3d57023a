cronlint --user lint/user-field-in-user-crontab.crontab --disable all --enable user-field-in-user-crontab
