cronlint lint/env-trailing-whitespace.good.crontab --disable all --enable env-trailing-whitespace
