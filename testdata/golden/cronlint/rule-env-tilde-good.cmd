cronlint lint/env-tilde.good.crontab --disable all --enable env-tilde
