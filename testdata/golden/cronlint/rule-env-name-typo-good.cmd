cronlint lint/env-name-typo.good.crontab --disable all --enable env-name-typo
