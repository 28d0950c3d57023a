cronlint lint/no-overlap-lock.good.crontab --disable all --enable no-overlap-lock
