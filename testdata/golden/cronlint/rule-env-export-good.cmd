cronlint lint/env-export.good.crontab --disable all --enable env-export
