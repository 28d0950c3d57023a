cronlint lint/tilde-quoted.good.crontab --disable all --enable tilde-quoted
