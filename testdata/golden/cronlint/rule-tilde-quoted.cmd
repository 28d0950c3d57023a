cronlint lint/tilde-quoted.crontab --disable all --enable tilde-quoted
