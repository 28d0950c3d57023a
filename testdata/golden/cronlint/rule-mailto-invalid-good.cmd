cronlint lint/mailto-invalid.good.crontab --disable all --enable mailto-invalid
