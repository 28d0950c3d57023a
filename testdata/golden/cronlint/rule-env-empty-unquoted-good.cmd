cronlint lint/env-empty-unquoted.good.crontab --disable all --enable env-empty-unquoted
