cronlint lint/relative-path.crontab --disable all --enable relative-path
