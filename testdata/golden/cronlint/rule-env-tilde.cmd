cronlint lint/env-tilde.crontab --disable all --enable env-tilde
