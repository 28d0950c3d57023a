cronlint lint/env-var-expansion.good.crontab --disable all --enable env-var-expansion
