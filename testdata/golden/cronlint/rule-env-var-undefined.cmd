cronlint lint/env-var-undefined.crontab --disable all --enable env-var-undefined
