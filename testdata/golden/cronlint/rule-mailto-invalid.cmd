cronlint lint/mailto-invalid.crontab --disable all --enable mailto-invalid
