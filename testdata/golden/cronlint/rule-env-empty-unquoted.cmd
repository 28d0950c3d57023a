cronlint lint/env-empty-unquoted.crontab --disable all --enable env-empty-unquoted
