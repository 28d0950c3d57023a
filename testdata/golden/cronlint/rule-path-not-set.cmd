cronlint lint/path-not-set.crontab --disable all --enable path-not-set
