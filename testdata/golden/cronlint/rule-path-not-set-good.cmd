cronlint lint/path-not-set.good.crontab --disable all --enable path-not-set
