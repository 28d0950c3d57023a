cronlint lint/env-trailing-whitespace.crontab --disable all --enable env-trailing-whitespace
