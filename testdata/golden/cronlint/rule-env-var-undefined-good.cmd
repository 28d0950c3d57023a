cronlint lint/env-var-undefined.good.crontab --disable all --enable env-var-undefined
