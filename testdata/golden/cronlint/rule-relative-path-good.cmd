cronlint lint/relative-path.good.crontab --disable all --enable relative-path
