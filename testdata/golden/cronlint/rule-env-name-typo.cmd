cronlint lint/env-name-typo.crontab --disable all --enable env-name-typo
