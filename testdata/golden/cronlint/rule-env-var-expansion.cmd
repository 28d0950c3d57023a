cronlint lint/env-var-expansion.crontab --disable all --enable env-var-expansion
