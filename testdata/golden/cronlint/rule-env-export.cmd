cronlint lint/env-export.crontab --disable all --enable env-export
